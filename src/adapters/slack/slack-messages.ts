import type { Translation } from '../../language/catalogue';
import type { Language } from '../../core/languages';

/** User-visible text the Slack adapter adds around a reply. Tests assert against these constants. */
export const SLACK_MESSAGES = Object.freeze({
  sourceLabel: 'Source',
  asOf: (date: string) => `As of ${date}`,
  updatedByModerator: (date: string) => `updated by a moderator on ${date}`,
  noteLabel: 'Note',
  /** Screen readers and notifications read this where the buttons cannot be shown. */
  choicesFallback: (titles: string[]) => `Choices: ${titles.join('; ')}`,
  formSubmit: 'Save',
  formClose: 'Cancel',
  notAFactAnswerTitle: 'Not a fact answer',
  notAFactAnswer: 'That message is not one of my answers to a question, so there is no fact to edit. Use `/facts edit <id>` instead.',
  homeReviewHeading: 'Needs review (moderators)',
  homeTopicsHeading: 'What I can answer',
});

export const SLACK_MESSAGES_NL: Translation<typeof SLACK_MESSAGES> = Object.freeze({
  sourceLabel: 'Bron',
  asOf: (date: string) => `Stand ${date}`,
  updatedByModerator: (date: string) => `bijgewerkt door een moderator op ${date}`,
  noteLabel: 'Noot',
  choicesFallback: (titles: string[]) => `Keuzes: ${titles.join('; ')}`,
  formSubmit: 'Opslaan',
  formClose: 'Annuleren',
  notAFactAnswerTitle: 'Geen antwoord met een feit',
  notAFactAnswer: 'Dat bericht is geen antwoord van mij op een vraag, dus er is geen feit om te bewerken. Gebruik `/facts edit <id>`.',
  homeReviewHeading: 'Te beoordelen (moderators)',
  homeTopicsHeading: 'Waar ik antwoord op geef',
});

export function slackMessages(language: Language = 'en'): Translation<typeof SLACK_MESSAGES> {
  return language === 'nl' ? SLACK_MESSAGES_NL : SLACK_MESSAGES;
}
