import type { Command, CommandOption } from '../src/core/command';
import { commandDescription, commandUsage, optionDescription, optionLabel, type UsageLines } from '../src/core/command-text';
import { UserError } from '../src/core/errors';
import { dutchCommandName } from '../src/core/registry';
import type { Language } from '../src/core/languages';
import { answerMessages } from './answer-messages-nl';

const USAGE: UsageLines = {
  en: 'help [command]',
  nl: 'hulp [commando]',
};

export const helpCommand = {
  name: 'help',
  description: 'Show how to ask questions and which commands there are',
  dutch: { name: 'hulp', description: "Laat zien hoe je vragen stelt en welke commando's er zijn", usage: USAGE.nl },
  usage: USAGE.en,
  moderatorOnly: false,
  options: [{ name: 'command', description: 'A command to explain', dutch: { label: 'Commando', description: 'Een commando om uit te leggen' }, required: false, kind: 'string', positional: true, rest: true }],
  run(request, context) {
    // No question to read the language from: the dispatcher went by the command's Dutch name ("hulp") or the client's locale.
    const { language } = request;
    const messages = answerMessages(language);
    const line = (command: Command) => messages.helpLine(commandUsage(command, language), commandDescription(command, language));
    const commands = context.registry.commands.filter((command) => !command.buttonsOnly);
    const asked = request.options.command?.trim().toLowerCase();
    if (asked) {
      // "hulp fact bewerk" asks about a command by its Dutch name.
      const named = context.registry.resolve(asked);
      const command = context.registry.get(asked) ?? (named && named.rest === '' ? named.command : undefined);
      if (!command) {
        const group = commands.filter((candidate) => candidate.name.startsWith(`${asked} `));
        if (group.length === 0) throw new UserError('unknown_command', `${messages.helpUnknownCommand(asked)} ${messages.helpUsage(USAGE[language])}`);
        return helpReply(asked, group.map((each) => line(each)).join('\n'), language);
      }
      const options = command.options.map((option) => `• \`${optionAsTyped(option, language)}\`${option.required ? '' : messages.helpOptional}: ${optionDescription(option, language)}`);
      return helpReply(typedName(command, language), [commandDescription(command, language), messages.helpUsage(commandUsage(command, language)), ...options].join('\n'), language);
    }

    const everyone = commands.filter((command) => !command.moderatorOnly).map(line);
    const moderation = commands.filter((command) => command.moderatorOnly).map(line);
    const sections = [messages.helpIntro, ...everyone];
    if (request.isModerator && moderation.length > 0) sections.push('', `**${messages.helpModeratorHeading}**`, ...moderation);
    return helpReply(messages.helpTitle, sections.join('\n'), language);
  },
} satisfies Command;

/** How a command is typed in a language: in Dutch by its Dutch name ("fact toon") where it has one. */
function typedName(command: Command, language: Language): string {
  return (language === 'nl' ? dutchCommandName(command) : undefined) ?? command.name;
}

/**
 * An option as the usage line shows it: a flag by its name, typed as is in either language
 * (`review_by`); a bare word by what it stands for, as the Dutch usage line's placeholder does (`vraag`).
 */
function optionAsTyped(option: CommandOption, language: Language): string {
  return language === 'nl' && option.positional ? optionLabel(option, language).toLowerCase() : option.name;
}

function helpReply(title: string, body: string, language: Language) {
  return { kind: 'info' as const, title, body, suggestions: [], visibility: 'private' as const, ...(language === 'en' ? {} : { language }) };
}
