import { echoed } from './truncate';

/** User-visible text of the command layer. Tests assert against these constants. */
export const MESSAGES = Object.freeze({
  somethingWentWrong: 'Sorry, something went wrong while handling that. The team has been notified in the logs; please try again.',
  pickOutOfRangeTitle: 'Not one of the choices',
  pickOutOfRange: (choices: number) => (choices === 1 ? 'Type 1 to see that answer, or ask a new question.' : `Type a number from 1 to ${choices} to see that answer, or ask a new question.`),
  somethingWentWrongTitle: 'Something went wrong',
  storeUnavailable: 'The fact store cannot be reached right now, so I cannot do that; nothing was changed. Questions are still answered from the facts loaded last. Please try again shortly.',
  notAModerator: 'Sorry, only moderators can do that. Nothing was changed.',
  notAModeratorTitle: 'Moderators only',
  staleButton: 'That button no longer works (the bot was updated since it was sent). Please ask again.',
  unknownCommand: (name: string) => `There is no command called "${echoed(name)}". Type \`help\` to see what I can do.`,
  unknownOption: (name: string, usage: string) => `I don't know the option "--${echoed(name)}". Usage: \`${usage}\``,
  missingOptionValue: (name: string, usage: string) => `The option "--${echoed(name)}" needs a value. Usage: \`${usage}\``,
  tooManyArguments: (usage: string) => `That has more words than I expected. Usage: \`${usage}\``,
  missingOption: (name: string, usage: string) => `Please give the ${name}. Usage: \`${usage}\``,
  badUsageTitle: 'Not quite',
  invalidInteger: (name: string, usage: string) => `The ${name} must be a whole number. Usage: \`${usage}\``,
});
