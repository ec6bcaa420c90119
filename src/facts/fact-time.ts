import type { Language } from '../core/languages';
import type { Fact } from './fact';

export const MONTHS_BY_LANGUAGE: Readonly<Record<Language, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  nl: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
};
const DAY_MS = 24 * 60 * 60 * 1000;

/** How long answers show "Updated …; before that: …" after a moderator replaces an answer with a newer one. */
export const SUPERSESSION_DAYS = 90;

/** User-visible text about dates. Tests assert against these constants. */
export const TIME_MESSAGES = Object.freeze({
  asOfPrefix: (when: string) => `As of ${when}: `,
  pastReview: (when: string) => `Last checked for ${when}; this may have changed.`,
  superseded: (date: string, before: string) => `Updated ${date}; before that: ${before}`,
});

export const TIME_MESSAGES_NL: typeof TIME_MESSAGES = Object.freeze({
  asOfPrefix: (when: string) => `Stand ${when}: `,
  pastReview: (when: string) => `Laatst gecontroleerd voor ${when}; dit kan veranderd zijn.`,
  superseded: (date: string, before: string) => `Bijgewerkt ${date}; daarvoor (in het Engels): ${before}`,
});

const TIME_TEXT: Readonly<Record<Language, typeof TIME_MESSAGES>> = { en: TIME_MESSAGES, nl: TIME_MESSAGES_NL };

/** "2023-07-10" → "July 2023" ("juli 2023"). */
export function monthYear(isoDate: string, language: Language = 'en'): string {
  const [year, month] = isoDate.split('-');
  return `${MONTHS_BY_LANGUAGE[language][Number(month) - 1] ?? month} ${year}`;
}

/** "2026-03-01" → "1 March 2026" ("1 maart 2026"). */
function longDate(isoDate: string, language: Language = 'en'): string {
  const [year, month, day] = isoDate.split('-');
  return `${Number(day)} ${MONTHS_BY_LANGUAGE[language][Number(month) - 1] ?? month} ${year}`;
}

export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** A fact that may stop being true: it carries a review-by date (knowledge validation requires one for such facts). */
export function isTimeBound(fact: Fact): boolean {
  return fact.review_by !== undefined;
}

/**
 * The answer as it is shown: a time-bound fact states its date in the text itself, so a
 * reader years later is never told what is "current" without a date. Curated answers say it
 * in their own words ("As of July 2023, …"); others get the date put in front.
 */
export function datedAnswer(fact: Fact, language: Language = 'en'): string {
  // Without a Dutch text the English answer is shown, so it is dated in English.
  const answerLanguage = language === 'nl' && fact.nl ? 'nl' : 'en';
  const answer = answerLanguage === 'nl' ? fact.nl!.answer : fact.answer;
  if (!isTimeBound(fact)) return answer;
  const when = monthYear(fact.as_of, answerLanguage);
  return answer.includes(when) ? answer : `${TIME_TEXT[answerLanguage].asOfPrefix(when)}${answer}`;
}

/** The caveat for a fact past its review-by date (today is an ISO date), else undefined. */
export function reviewCaveat(fact: Fact, today: string, language: Language = 'en'): string | undefined {
  return fact.review_by !== undefined && fact.review_by < today ? TIME_TEXT[language].pastReview(monthYear(fact.as_of, language)) : undefined;
}

/** "Updated …; before that: …" while the supersession note is still due, else undefined. */
export function supersessionNote(fact: Fact, today: string, language: Language = 'en'): string | undefined {
  const note = fact.supersedes;
  if (!note || note.until < today) return undefined;
  return TIME_TEXT[language].superseded(longDate(note.updated, language), note.before);
}
