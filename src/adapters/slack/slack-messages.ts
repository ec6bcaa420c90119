import type { Translation } from '../../language/catalogue';
import type { Language } from '../../language/languages';

/** User-visible text the Slack adapter adds around a reply. Tests assert against these constants. */
export const SLACK_MESSAGES = Object.freeze({
  sourceLabel: 'Source',
  asOf: (date: string) => `As of ${date}`,
  updatedByModerator: (date: string) => `updated by a moderator on ${date}`,
  noteLabel: 'Note',
  /** Screen readers and notifications read this where the buttons cannot be shown. */
  choicesFallback: (titles: string[]) => `Choices: ${titles.join('; ')}`,
});

export const SLACK_MESSAGES_NL: Translation<typeof SLACK_MESSAGES> = Object.freeze({
  sourceLabel: 'Bron',
  asOf: (date: string) => `Stand ${date}`,
  updatedByModerator: (date: string) => `bijgewerkt door een moderator op ${date}`,
  noteLabel: 'Noot',
  choicesFallback: (titles: string[]) => `Keuzes: ${titles.join('; ')}`,
});

export function slackMessages(language: Language = 'en'): Translation<typeof SLACK_MESSAGES> {
  return language === 'nl' ? SLACK_MESSAGES_NL : SLACK_MESSAGES;
}
