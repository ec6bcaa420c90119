import { francAll } from 'franc-min';
import { foldWord } from '../matching/normalize';
import { DUTCH_MARKER_WORDS, ENGLISH_MARKER_WORDS } from '../matching/word-lists';
import { DEFAULT_LANGUAGE, type Language } from '../core/languages';

const FRANC_CODES: Readonly<Record<string, Language>> = { eng: 'en', nld: 'nl' };

/**
 * franc scores the runner-up relative to the winner (1 = as likely). Above this share the text
 * does not tell the two languages apart: names and keywords only ("rutte erbil 2016").
 */
const AMBIGUOUS_SHARE = 0.85;
/** Below this many letters franc's trigram counts say little: function words decide first. */
const SHORT_TEXT_LETTERS = 30;

const WORD = /[\p{L}]+/gu;

/**
 * The language of one message: franc (restricted to English and Dutch) when it is clear, else
 * the function words only one of the two languages writes, else the hint (the user's client
 * locale, on Discord), else English.
 */
export function detectLanguage(text: string, hint?: Language): Language {
  const sample = text.slice(0, 500);
  const words = sample.match(WORD) ?? [];
  // The words are the runs of letters, so their lengths add up to the letters of the sample.
  const short = words.reduce((letters, word) => letters + word.length, 0) < SHORT_TEXT_LETTERS;
  const { language: byWords, oneSided } = functionWordLanguage(words);
  // Function words of one language only decide: names and place words fool trigram counts
  // ("When did Mark Rutte meet Nechirvan Barzani in Erbil?" is English, however Dutch it sounds).
  if (byWords && (short || oneSided)) return byWords;
  return trigramLanguage(sample) ?? byWords ?? hint ?? DEFAULT_LANGUAGE;
}

function trigramLanguage(sample: string): Language | undefined {
  const [best, runnerUp] = francAll(sample, { only: Object.keys(FRANC_CODES), minLength: 1 });
  const language = best ? FRANC_CODES[best[0]] : undefined;
  return language && (runnerUp?.[1] ?? 0) < AMBIGUOUS_SHARE ? language : undefined;
}

function functionWordLanguage(words: readonly string[]): { language: Language | undefined; oneSided: boolean } {
  let dutch = 0;
  let english = 0;
  for (const word of words) {
    const folded = foldWord(word);
    if (DUTCH_MARKER_WORDS.has(folded)) dutch += 1;
    if (ENGLISH_MARKER_WORDS.has(folded)) english += 1;
  }
  const language = dutch === english ? undefined : dutch > english ? 'nl' : 'en';
  return { language, oneSided: dutch === 0 || english === 0 };
}

/** A platform locale ("nl", "nl-NL", "en-US") as one of the bot's languages, if it is one. */
export function languageOfLocale(locale: string | undefined | null): Language | undefined {
  const code = locale?.toLowerCase().split(/[-_]/)[0];
  return code === 'nl' ? 'nl' : code === 'en' ? 'en' : undefined;
}
