/** User-visible text the Slack adapter adds around a reply. Tests assert against these constants. */
export const SLACK_MESSAGES = Object.freeze({
  sourceLabel: 'Source',
  asOf: (date: string) => `As of ${date}`,
  updatedByModerator: (date: string) => `updated by a moderator on ${date}`,
  noteLabel: 'Note',
  /** Screen readers and notifications read this where the buttons cannot be shown. */
  choicesFallback: (titles: string[]) => `Choices: ${titles.join('; ')}`,
  formTitle: (command: string) => (command === 'fact add' ? 'Add a fact' : 'Edit'),
  formSubmit: 'Save',
  formClose: 'Cancel',
  notAFactAnswerTitle: 'Not a fact answer',
  notAFactAnswer: 'That message is not one of my answers to a question, so there is no fact to edit. Use `/facts edit <id>` instead.',
  homeReviewHeading: 'Needs review (moderators)',
  homeTopicsHeading: 'What I can answer',
});
