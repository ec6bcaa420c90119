import { stemmer as dutchStemmer } from '@orama/stemmers/dutch';
import { stemmer } from 'stemmer';
import { nld as DUTCH_STOP_WORD_LIST } from 'stopword';
import type { Language } from '../../src/core/languages';
import {
  CHAT_SPEAK, DUTCH_CHAT_SPEAK, DUTCH_EXTRA_STOP_WORDS, DUTCH_NUMBER_WORDS, DUTCH_SYNONYM_GROUPS, NUMBER_WORDS, PRONOUN_US_AFTER, SPELLING_VARIANTS, STOP_WORDS, SYNONYM_GROUPS,
} from '../../src/matching/word-lists';

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
  /** The upper-case word that names a country or group rather than being a function word ("US", Dutch "IS"). */
  shoutedName?: { word: string; meant: string };
}

function cachedStemmer(stemWord: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    if (/^\d/.test(word)) return word;
    let result = cache.get(word);
    if (result === undefined) {
      result = stemWord(word);
      if (cache.size < 100_000) cache.set(word, result);
    }
    return result;
  };
}

function wordRules(base: Omit<WordRules, 'singleWordCanonical' | 'phrasesByFirstWord'>, groups: ReadonlyArray<readonly string[]>): WordRules {
  const rules: WordRules = { ...base, singleWordCanonical: new Map(), phrasesByFirstWord: new Map() };
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
    { stopWords: STOP_WORDS, chat: new Map(Object.entries(CHAT_SPEAK)), numbers: new Map(Object.entries(NUMBER_WORDS)), spellings: new Map(Object.entries(SPELLING_VARIANTS)), stem: cachedStemmer(stemmer) },
    SYNONYM_GROUPS,
  ),
  nl: wordRules(
    {
      stopWords: new Set([...DUTCH_STOP_WORD_LIST, ...DUTCH_EXTRA_STOP_WORDS]),
      chat: new Map(Object.entries(DUTCH_CHAT_SPEAK)),
      numbers: new Map(Object.entries(DUTCH_NUMBER_WORDS)),
      spellings: new Map(),
      stem: cachedStemmer(dutchStemmer),
      // Dutch writes the terror group "IS", the same letters as the verb "is".
      shoutedName: { word: 'IS', meant: 'isis' },
    },
    DUTCH_SYNONYM_GROUPS,
  ),
};

/** The canonical term of one lower-case word: its synonym group, else its stem; '' for a stop word. */
export function termOf(word: string, language: Language = 'en'): string {
  const rules = RULES[language];
  if (rules.stopWords.has(word)) return '';
  const canonical = rules.singleWordCanonical.get(word) ?? rules.singleWordCanonical.get(rules.stem(word)) ?? rules.stem(word);
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

/** The words of a text in order, chat spellings and written-out numbers read as meant. */
export function readWords(input: unknown, language: Language = 'en'): Word[] {
  const rules = RULES[language];
  const text = typeof input === 'string' ? input.slice(0, NORMALIZE_LIMITS.maxInputChars) : '';
  const cleaned = text.normalize('NFKD').replace(COMBINING_MARKS, '').replace(POSSESSIVE, '$1').replace(APOSTROPHES, '');
  const raw: Array<{ folded: string; capitalised: boolean }> = [];
  for (const found of cleaned.matchAll(WORD)) {
    const word = found[0];
    if (word.length > NORMALIZE_LIMITS.maxWordLength) continue;
    const lower = word.toLowerCase();
    if (language === 'en' && lower === 'us' && (word === 'US' || !PRONOUN_US_AFTER.has(raw.at(-1)?.folded ?? ''))) {
      raw.push({ folded: 'america', capitalised: false });
      continue;
    }
    if (rules.shoutedName?.word === word) {
      raw.push({ folded: rules.shoutedName.meant, capitalised: false });
      continue;
    }
    const ordinal = ORDINAL.exec(lower);
    const meant = ordinal ? ordinal[1]! : (rules.chat.get(lower) ?? rules.numbers.get(lower) ?? lower);
    const capitalised = CAPITALISED.test(word) && word !== 'I' && !SENTENCE_END.test(cleaned.slice(Math.max(0, found.index - 8), found.index));
    raw.push({ folded: rules.spellings.get(meant) ?? meant, capitalised });
  }
  const folded = raw.map((word) => word.folded);
  const words: Word[] = [];
  for (let position = 0; position < raw.length; position += 1) {
    const phrase = phraseAt(rules, folded, position);
    if (phrase) {
      words.push({ folded: phrase.words.join(' '), term: phrase.canonical, capitalised: raw[position]!.capitalised });
      position += phrase.words.length - 1;
      continue;
    }
    words.push({ folded: folded[position]!, term: termOf(folded[position]!, language), capitalised: raw[position]!.capitalised });
  }
  return words;
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
