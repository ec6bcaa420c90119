import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer } from 'stemmer';
import { nld as DUTCH_STOP_WORD_LIST } from 'stopword';
import type { Language } from '../core/languages';
import {
  CHAT_SPEAK, DUTCH_CHAT_SPEAK, DUTCH_EXTRA_STOP_WORDS, DUTCH_NUMBER_WORDS, DUTCH_SYNONYM_GROUPS, NUMBER_WORDS, PRONOUN_US_AFTER, SPELLING_VARIANTS, STOP_WORDS, SYNONYM_GROUPS,
} from './word-lists';
import { MAX_WORD_LENGTH, tokensOf } from './tokens';

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
  maxWordLength: MAX_WORD_LENGTH,
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

const COMBINING_MARKS = /\p{M}+/gu;
const ORDINAL = /^(\d+)(st|nd|rd|th)$/;

interface Phrase {
  words: string[];
  canonical: string;
}

/** One language's way of reading words: its stemmer and word lists. */
interface WordRules {
  stopWords: ReadonlySet<string>;
  /** Maps, so that a word like "constructor" cannot reach Object.prototype's members, and lookups are cheap. */
  chat: ReadonlyMap<string, string>;
  numbers: ReadonlyMap<string, string>;
  spellings: ReadonlyMap<string, string>;
  stem: (word: string) => string;
  singleWordCanonical: Map<string, string>;
  phrasesByFirstWord: Map<string, Phrase[]>;
  /** termOf's answers, as every fact and question repeats the same words. */
  terms: Map<string, string>;
  /**
   * Each lower-case word's term, and what it is read as when that is another word ("u" is "you")
   * or may begin a phrase: one look-up per word where there were six. Most words are read as
   * themselves and begin no phrase, and keep no object.
   */
  lowerWords: Map<string, string | LowerWord>;
  /** The upper-case word that names a country or group rather than being a function word ("US", Dutch "IS"). */
  shoutedName?: { word: string; meant: string };
}

interface LowerWord {
  meant: string;
  term: string;
  /** Whether a phrase of the synonym groups begins with the word meant. */
  startsPhrase: boolean;
}

/** Numbers are kept as written; a word's stem is remembered with its term (see termOf), not here as well. */
function numbersKept(stemWord: (word: string) => string): (word: string) => string {
  return (word) => (/^\d/.test(word) ? word : stemWord(word));
}

function wordRules(base: Omit<WordRules, 'singleWordCanonical' | 'phrasesByFirstWord' | 'terms' | 'lowerWords'>, groups: ReadonlyArray<readonly string[]>): WordRules {
  const rules: WordRules = { ...base, singleWordCanonical: new Map(), phrasesByFirstWord: new Map(), terms: new Map(), lowerWords: new Map() };
  for (const group of groups) {
    const canonical = group[0]!.replace(/ /g, '_');
    for (const entry of group) {
      const words = entry.split(' ');
      if (words.length === 1) {
        rules.singleWordCanonical.set(entry, canonical);
        if (!rules.singleWordCanonical.has(rules.stem(entry))) rules.singleWordCanonical.set(rules.stem(entry), canonical);
        continue;
      }
      const list = rules.phrasesByFirstWord.get(words[0]!) ?? [];
      list.push({ words, canonical });
      list.sort((a, b) => b.words.length - a.words.length);
      rules.phrasesByFirstWord.set(words[0]!, list);
    }
  }
  return rules;
}

const RULES: Readonly<Record<Language, WordRules>> = {
  en: wordRules(
    { stopWords: STOP_WORDS, chat: new Map(Object.entries(CHAT_SPEAK)), numbers: new Map(Object.entries(NUMBER_WORDS)), spellings: new Map(Object.entries(SPELLING_VARIANTS)), stem: numbersKept(stemmer) },
    SYNONYM_GROUPS,
  ),
  nl: wordRules(
    {
      stopWords: new Set([...DUTCH_STOP_WORD_LIST, ...DUTCH_EXTRA_STOP_WORDS]),
      chat: new Map(Object.entries(DUTCH_CHAT_SPEAK)),
      numbers: new Map(Object.entries(DUTCH_NUMBER_WORDS)),
      spellings: new Map(),
      stem: numbersKept(dutchStemmer),
      // Dutch writes the terror group "IS", the same letters as the verb "is".
      shoutedName: { word: 'IS', meant: 'isis' },
    },
    DUTCH_SYNONYM_GROUPS,
  ),
};

/**
 * Words whose terms are remembered per language while facts are read in bulk (a build reads every
 * word of every fact, mostly words it read before), and otherwise (questions and edits read few):
 * bounded, so that a flood of made-up words cannot grow them for ever. When the last bulk reading
 * ends, caches beyond the smaller bound are let go: kept, they held every word of the base (a
 * third of a 1,000-fact base's heap) for the few words a question brings.
 */
const LANGUAGE_LIST = Object.keys(RULES) as Language[];
const CACHED_TERMS_IN_BULK = 100_000;
const CACHED_TERMS = 2_000;
let bulkReadings = 0;
const cacheBound = () => (bulkReadings > 0 ? CACHED_TERMS_IN_BULK : CACHED_TERMS);

/** Marks the start of reading facts in bulk (a build); `endBulkReading` must follow, also when the build fails. */
export function beginBulkReading(): void {
  bulkReadings += 1;
}

export function endBulkReading(): void {
  bulkReadings = Math.max(0, bulkReadings - 1);
  if (bulkReadings > 0) return;
  for (const rules of Object.values(RULES)) {
    if (rules.terms.size > CACHED_TERMS) rules.terms.clear();
    if (rules.lowerWords.size > CACHED_TERMS) rules.lowerWords.clear();
  }
}

/** How many words each language's caches hold (tests check that a build lets them go). */
export const cachedWords = (language: Language): number => RULES[language].terms.size + RULES[language].lowerWords.size;

/** The canonical term of one lower-case word: its synonym group, else its stem; '' for a stop word. */
export function termOf(word: string, language: Language = 'en'): string {
  const rules = RULES[language];
  let term = rules.terms.get(word);
  if (term === undefined) {
    term = canonicalTerm(rules, word);
    if (rules.terms.size < cacheBound()) rules.terms.set(word, term);
  }
  return term;
}

/**
 * The same text as `term`, as a string already held when there is one: the word itself (most words
 * are their own stem) or another language's term for it. A stemmer returns a new string even when
 * it changes nothing, and each copy of a word costs 30 to 40 bytes in every index that holds it.
 */
function sharedTerm(term: string, word: string, language: Language): string {
  if (term === word) return word;
  for (const other of LANGUAGE_LIST) {
    if (other === language) continue;
    const known = RULES[other].lowerWords.get(word);
    const otherTerm = typeof known === 'string' ? known : known?.term;
    if (otherTerm === term) return otherTerm;
  }
  return term;
}

function canonicalTerm(rules: WordRules, word: string): string {
  if (rules.stopWords.has(word)) return '';
  const stem = rules.stem(word);
  const canonical = rules.singleWordCanonical.get(word) ?? rules.singleWordCanonical.get(stem) ?? stem;
  return rules.stopWords.has(canonical) ? '' : canonical;
}

function phraseAt(rules: WordRules, words: readonly string[], position: number): Phrase | undefined {
  for (const phrase of rules.phrasesByFirstWord.get(words[position]!) ?? []) {
    if (phrase.words.every((word, offset) => words[position + offset] === word)) return phrase;
  }
  return undefined;
}

/** Lower case without accents. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** A word: a run of letters and digits. */
export const WORD = /[\p{L}\p{N}]+/gu;

/** A term that is a number written in digits (kept as written, never stemmed or spell-corrected). */
export const isWholeNumber = (term: string): boolean => /^\d+$/.test(term);

/** The text folded, with each chat spelling written as the word meant ("wen did they go" is "when did they go"). */
export function chatSpelledOut(text: string, language: Language = 'en'): string {
  const { chat } = RULES[language];
  return foldWord(text).replace(WORD, (word) => chat.get(word) ?? word);
}

/** What a lower-case word is read as, before stemming: chat spellings, written-out numbers and spelling variants resolved. */
function meaningOf(rules: WordRules, lower: string): string {
  const ordinal = lower.charCodeAt(0) <= 0x39 ? ORDINAL.exec(lower) : null;
  const meant = ordinal ? ordinal[1]! : (rules.chat.get(lower) ?? rules.numbers.get(lower) ?? lower);
  return rules.spellings.get(meant) ?? meant;
}

/** meaningOf and its term for a word not met before, remembered (within the same bound as terms, and beside them rather than in them as well). */
function learnLower(rules: WordRules, lower: string, language: Language): LowerWord {
  const meant = meaningOf(rules, lower);
  const term = rules.terms.get(meant) ?? sharedTerm(canonicalTerm(rules, meant), meant, language);
  const startsPhrase = rules.phrasesByFirstWord.has(meant);
  const learnt = { meant, term, startsPhrase };
  if (rules.lowerWords.size < cacheBound()) rules.lowerWords.set(lower, meant === lower && !startsPhrase ? term : learnt);
  return learnt;
}

/** The words of a text in order, chat spellings and written-out numbers read as meant. */
export function readWords(input: unknown, language: Language = 'en'): Word[] {
  const words: Word[] = [];
  forEachWord(input, language, (folded, term, capitalised) => {
    words.push({ folded, term, capitalised });
  });
  return words;
}

/**
 * Each word of a text in order, as readWords reads them, handed to `visit` without an object per
 * word: indexing a big base reads millions of words and keeps only their terms and spellings.
 */
export function forEachWord(input: unknown, language: Language, visit: (folded: string, term: string, capitalised: boolean) => void): void {
  const rules = RULES[language];
  const text = typeof input === 'string' ? input.slice(0, NORMALIZE_LIMITS.maxInputChars) : '';
  const tokens = tokensOf(text);
  const folded: string[] = [];
  const terms: string[] = [];
  const capitalised: boolean[] = [];
  /** Whether any word may begin a phrase: most texts have none, and skip looking for them. */
  let phrases = false;
  for (const { word, lower, capitalised: written } of tokens) {
    if (language === 'en' && lower === 'us' && (word === 'US' || !PRONOUN_US_AFTER.has(folded.at(-1) ?? ''))) {
      folded.push('america');
      terms.push(termOf('america', language));
      capitalised.push(false);
      phrases = true;
    } else if (rules.shoutedName?.word === word) {
      folded.push(rules.shoutedName.meant);
      terms.push(termOf(rules.shoutedName.meant, language));
      capitalised.push(false);
      phrases = true;
    } else {
      const known = rules.lowerWords.get(lower);
      if (typeof known === 'string') {
        folded.push(lower);
        terms.push(known);
      } else {
        const { meant, term, startsPhrase } = known ?? learnLower(rules, lower, language);
        folded.push(meant);
        terms.push(term);
        if (startsPhrase) phrases = true;
      }
      capitalised.push(written);
    }
  }
  for (let position = 0; position < folded.length; position += 1) {
    const phrase = phrases && rules.phrasesByFirstWord.has(folded[position]!) ? phraseAt(rules, folded, position) : undefined;
    if (phrase) {
      visit(phrase.words.join(' '), phrase.canonical, capitalised[position]!);
      position += phrase.words.length - 1;
      continue;
    }
    visit(folded[position]!, terms[position]!, capitalised[position]!);
  }
}

/** The distinct terms of a fact field, with the same rules as questions. */
export function fieldTerms(text: string, language: Language = 'en'): string[] {
  const terms = new Set<string>();
  for (const word of readWords(text, language)) {
    if (word.term) terms.add(word.term);
    if (terms.size >= NORMALIZE_LIMITS.maxFieldTerms) break;
  }
  return [...terms];
}
