import type { Translation } from '../../language/catalogue';
import type { Language } from '../../core/languages';

/** User-visible text the console adapter puts around a reply. Tests assert against these constants. */
export const CONSOLE_MESSAGES = Object.freeze({
  sourceLabel: 'Source',
  noteLabel: 'Note',
  asOf: (date: string) => `As of ${date}`,
  updated: (date: string) => `updated ${date}`,
  pickByNumber: '(type the number to see that answer)',
});

export const CONSOLE_MESSAGES_NL: Translation<typeof CONSOLE_MESSAGES> = Object.freeze({
  sourceLabel: 'Bron',
  noteLabel: 'Noot',
  asOf: (date: string) => `Stand ${date}`,
  updated: (date: string) => `bijgewerkt ${date}`,
  pickByNumber: '(typ het nummer om dat antwoord te zien)',
});

export function consoleMessages(language: Language = 'en'): Translation<typeof CONSOLE_MESSAGES> {
  return language === 'nl' ? CONSOLE_MESSAGES_NL : CONSOLE_MESSAGES;
}
