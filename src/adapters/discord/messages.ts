import { DISCORD_LIMITS } from './limits';

/** User-visible text that only the Discord adapter produces. Tests assert against these. */
export const DISCORD_MESSAGES = Object.freeze({
  formTooLongTitle: 'Options too long for the form',
  formTooLong: `Those options are too long to carry through Discord's form (${DISCORD_LIMITS.customId} characters in all). Please shorten the id, topic or tags and try again; nothing was changed.`,
  sourceLabel: 'Source',
  noteLabel: 'Note',
  asOf: (date: string) => `As of ${date}`,
  updated: (date: string) => `updated ${date}`,
});
