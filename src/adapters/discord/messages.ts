import type { Translation } from '../../language/catalogue';
import type { Language } from '../../core/languages';
import { DISCORD_LIMITS } from './limits';

/** User-visible text that only the Discord adapter produces. Tests assert against these. */
export const DISCORD_MESSAGES = Object.freeze({
  formTooLongTitle: 'Options too long for the form',
  formTooLong: `Those options are too long to carry through Discord's form (${DISCORD_LIMITS.customId} characters in all). Please shorten the id, topic or tags and try again; nothing was changed.`,
  sourceLabel: 'Source',
  noteLabel: 'Note',
  asOf: (date: string) => `As of ${date}`,
  updated: (date: string) => `updated ${date}`,
  /** In a form, on a field whose current text is too long to show: left empty, it stays as it is. */
  keepAsIsPlaceholder: 'Too long to show here. Leave empty to keep it unchanged.',
});

export const DISCORD_MESSAGES_NL: Translation<typeof DISCORD_MESSAGES> = Object.freeze({
  formTooLongTitle: 'Opties te lang voor het formulier',
  formTooLong: `Die opties zijn te lang om via het formulier van Discord mee te geven (${DISCORD_LIMITS.customId} tekens in totaal). Maak de id, het onderwerp of de tags korter en probeer het opnieuw; er is niets gewijzigd.`,
  sourceLabel: 'Bron',
  noteLabel: 'Noot',
  asOf: (date: string) => `Stand ${date}`,
  updated: (date: string) => `bijgewerkt ${date}`,
  keepAsIsPlaceholder: 'Te lang om hier te tonen. Laat leeg om het ongewijzigd te laten.',
});

export function discordMessages(language: Language = 'en'): Translation<typeof DISCORD_MESSAGES> {
  return language === 'nl' ? DISCORD_MESSAGES_NL : DISCORD_MESSAGES;
}
