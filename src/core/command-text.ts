import type { Command, CommandOption } from './command';
import type { Language } from './languages';

/**
 * The texts of a command's definition in the language a user sees them in (help, Discord's
 * modals, Slack's forms). A definition without Dutch falls back to English; a test
 * (tests/language/catalogues.test.ts) sees that none lacks it.
 */
export function commandDescription(command: Command, language: Language): string {
  return language === 'nl' && command.dutch ? command.dutch.description : command.description;
}

/** A command's usage line in each language (Command.usage and its dutch.usage). */
export type UsageLines = Readonly<Record<Language, string>>;

/** The usage line help and bad-usage errors show; the Dutch one is typeable as shown (tests/commands/dutch-usage.test.ts). */
export function commandUsage(command: Command, language: Language): string {
  return language === 'nl' && command.dutch?.usage ? command.dutch.usage : command.usage;
}

export function optionDescription(option: CommandOption, language: Language): string {
  return language === 'nl' && option.dutch ? option.dutch.description : option.description;
}

/**
 * An option as a reply names it: in English by its name; in Dutch as the usage line shows it,
 * a bare word by its Dutch placeholder (`<vraag>`) and a flag as it is typed (`--answer`).
 */
export function optionReference(option: CommandOption, language: Language): string {
  if (language !== 'nl') return option.name;
  return option.positional ? `<${optionLabel(option, language).toLowerCase()}>` : `--${option.name}`;
}

/** How a picker shows one of an option's values: in Dutch by its Dutch name where it has one, else as typed. */
export function choiceName(option: CommandOption, choice: string, language: Language): string {
  return (language === 'nl' ? option.dutch?.choices?.[choice] : undefined) ?? choice;
}

/** How a form labels an option's input: in English its label, else its name in words ("review_by" is "Review by"). */
export function optionLabel(option: CommandOption, language: Language): string {
  if (language === 'nl' && option.dutch) return option.dutch.label;
  if (option.label) return option.label;
  const words = option.name.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** The title of a command's form (CommandForm), without the fact it names. */
export function formTitle(command: Command, language: Language): string {
  const form = command.form;
  if (!form) return command.name;
  return language === 'nl' && form.dutch ? form.dutch.title : form.title;
}
