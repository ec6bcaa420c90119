import { DEFAULT_LANGUAGE, isLanguage, type Language } from './languages';
import type { Command } from './command';
import type { Actor } from './request';

/** What the dispatcher knows about a request's language before reading its words. */
/** Reads the language of a person's words, the hint deciding when the words do not tell (see CommandContext). */
export type DetectLanguage = (text: string, hint?: Language) => Language;

export interface LanguageClues {
  /** Carried by a button or a numbered pick: the language of the reply it was on. */
  carried?: string;
  /** The person typed the command by its Dutch name ("hulp", "fact toon"). */
  dutchName?: boolean;
}

/**
 * The language to reply in: a language carried by the button clicked; else that of the person's
 * own words (a question), with their client's language (Discord, Slack) or a Dutch command name breaking
 * a tie; else that locale or name; else English. Ids, command names and a fact's fields say
 * nothing about the person: a fact's title and answer are English and its nl_* fields Dutch
 * whoever types them, so a moderator is read by the command name they type or their locale.
 */
export function requestLanguage(detect: DetectLanguage, actor: Actor, clues: LanguageClues = {}, words = ''): Language {
  if (isLanguage(clues.carried)) return clues.carried;
  const hint = clues.dutchName ? 'nl' : actor.clientLanguage;
  if (words.trim()) return detect(words, hint);
  return hint ?? DEFAULT_LANGUAGE;
}

/** The values of a command's prose options: what the person wrote in their own words. */
export function ownWords(command: Command, options: Readonly<Record<string, string>>): string {
  return command.options
    .filter((option) => option.prose)
    .map((option) => options[option.name]?.trim() ?? '')
    .filter(Boolean)
    .join('\n');
}
