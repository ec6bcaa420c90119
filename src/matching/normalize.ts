import { stemmer } from 'stemmer';
import { CHAT_SPEAK, NUMBER_WORDS, PRONOUN_US_AFTER, SPELLING_VARIANTS, STOP_WORDS, SYNONYM_GROUPS } from './word-lists';

/**
 * Bounds on how much of a text is looked at, so that any input costs about the same: a pasted
 * essay is cut instead of slowing every reply.
 */
export const NORMALIZE_LIMITS = Object.freeze({
  /** Characters of raw input examined at all; the rest is ignored. */
  maxInputChars: 2000,
  /** Distinct terms kept from a question. */
  maxQueryTerms: 40,
  /** Distinct terms kept from one fact field (facts are already bounded by their schema). */
  maxFieldTerms: 400,
  /** A "word" longer than this is noise (a URL, base64, a key held down), not a word. */
  maxWordLength: 32,
});

/** One word of a text as the matcher reads it. */
export interface Word {
  /** Lower case, no accents: as typed, for display and fuzzy spelling. */
  folded: string;
  /** The canonical term (synonym group or stem); '' for a stop word. */
  term: string;
  /** Written with a capital inside a sentence: a name ("Lithuania", "Sudani"). */
  capitalised: boolean;
}

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC`\u00B4]/g;
const POSSESSIVE = /(\p{L})['\u2018\u2019\u02BC`\u00B4]s?(?![\p{L}\p{N}])/gu;
const ORDINAL = /^(\d+)(st|nd|rd|th)$/;
const SENTENCE_END = /(?:^|[.!?:;\n])[\s"'(\[]*$/u;
const CAPITALISED = /^\p{Lu}/u;

/** Maps, so that a word like "constructor" cannot reach Object.prototype's members, and lookups are cheap. */
const CHAT = new Map(Object.entries(CHAT_SPEAK));
const NUMBERS = new Map(Object.entries(NUMBER_WORDS));
const SPELLINGS = new Map(Object.entries(SPELLING_VARIANTS));

const stemCache = new Map<string, string>();

function stem(word: string): string {
  if (/^\d/.test(word)) return word;
  let result = stemCache.get(word);
  if (result === undefined) {
    result = stemmer(word);
    if (stemCache.size < 100_000) stemCache.set(word, result);
  }
  return result;
}

interface Phrase {
  words: string[];
  canonical: string;
}

const singleWordCanonical = new Map<string, string>();
const phrasesByFirstWord = new Map<string, Phrase[]>();
for (const group of SYNONYM_GROUPS) {
  const canonical = group[0]!.replace(/ /g, '_');
  for (const entry of group) {
    const words = entry.split(' ');
    if (words.length === 1) {
      singleWordCanonical.set(entry, canonical);
      if (!singleWordCanonical.has(stem(entry))) singleWordCanonical.set(stem(entry), canonical);
      continue;
    }
    const list = phrasesByFirstWord.get(words[0]!) ?? [];
    list.push({ words, canonical });
    list.sort((a, b) => b.words.length - a.words.length);
    phrasesByFirstWord.set(words[0]!, list);
  }
}

/** The canonical term of one lower-case word: its synonym group, else its stem; '' for a stop word. */
export function termOf(word: string): string {
  if (STOP_WORDS.has(word)) return '';
  const canonical = singleWordCanonical.get(word) ?? singleWordCanonical.get(stem(word)) ?? stem(word);
  return STOP_WORDS.has(canonical) ? '' : canonical;
}

function phraseAt(words: readonly string[], position: number): Phrase | undefined {
  for (const phrase of phrasesByFirstWord.get(words[position]!) ?? []) {
    if (phrase.words.every((word, offset) => words[position + offset] === word)) return phrase;
  }
  return undefined;
}

/** Lower case without accents. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** The words of a text in order, chat spellings and written-out numbers read as meant. */
export function readWords(input: unknown): Word[] {
  const text = typeof input === 'string' ? input.slice(0, NORMALIZE_LIMITS.maxInputChars) : '';
  const cleaned = text.normalize('NFKD').replace(COMBINING_MARKS, '').replace(POSSESSIVE, '$1').replace(APOSTROPHES, '');
  const raw: Array<{ folded: string; capitalised: boolean }> = [];
  for (const found of cleaned.matchAll(WORD)) {
    const word = found[0];
    if (word.length > NORMALIZE_LIMITS.maxWordLength) continue;
    const lower = word.toLowerCase();
    if (lower === 'us' && (word === 'US' || !PRONOUN_US_AFTER.has(raw.at(-1)?.folded ?? ''))) {
      raw.push({ folded: 'america', capitalised: false });
      continue;
    }
    const ordinal = ORDINAL.exec(lower);
    const meant = ordinal ? ordinal[1]! : (CHAT.get(lower) ?? NUMBERS.get(lower) ?? lower);
    const capitalised = CAPITALISED.test(word) && word !== 'I' && !SENTENCE_END.test(cleaned.slice(Math.max(0, found.index - 8), found.index));
    raw.push({ folded: SPELLINGS.get(meant) ?? meant, capitalised });
  }
  const folded = raw.map((word) => word.folded);
  const words: Word[] = [];
  for (let position = 0; position < raw.length; position += 1) {
    const phrase = phraseAt(folded, position);
    if (phrase) {
      words.push({ folded: phrase.words.join(' '), term: phrase.canonical, capitalised: raw[position]!.capitalised });
      position += phrase.words.length - 1;
      continue;
    }
    words.push({ folded: folded[position]!, term: termOf(folded[position]!), capitalised: raw[position]!.capitalised });
  }
  return words;
}

/** The distinct terms of a fact field, with the same rules as questions. */
export function fieldTerms(text: string): string[] {
  const terms = new Set<string>();
  for (const word of readWords(text)) {
    if (word.term) terms.add(word.term);
    if (terms.size >= NORMALIZE_LIMITS.maxFieldTerms) break;
  }
  return [...terms];
}
