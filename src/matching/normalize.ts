import {
  ASKING_WORDS, AUXILIARY_DO_AFTER, CHAT_SPEAK, DO_FORMS, INTENT_TOKENS, NUMBER_WORDS, PRONOUN_US_AFTER, SPELLING_VARIANTS, STOP_WORDS, SYNONYM_GROUPS,
} from './vocabulary';

/**
 * Bounds on how much of a question is looked at. Fuzzy matching costs grow with the pattern,
 * so a pasted essay is cut to its first words instead of slowing every reply.
 */
export const NORMALIZE_LIMITS = Object.freeze({
  /** Characters of raw input examined at all; the rest is ignored. */
  maxInputChars: 2000,
  /** Distinct words kept from a question. */
  maxQueryTokens: 24,
  /** Distinct words kept from one fact field (facts are already bounded by their schema). */
  maxFieldTokens: 400,
  /** A "word" longer than this is noise (a URL, base64, a key held down), not a word. */
  maxTokenLength: 32,
});

export interface NormalizedText {
  /** Canonical, stemmed words in first-seen order, without duplicates. */
  tokens: string[];
  /** False when the input held nothing but spaces. */
  hasText: boolean;
  /** False when the input had no letters or digits at all (emoji, punctuation, binary noise). */
  hasWords: boolean;
  /** Tokens the user wrote as names (capitalised inside a sentence): "Lithuania", "ASML". */
  names: string[];
  /** The word right after "who" or "how": the action or property asked about ("who LEADS", "how OLD"). */
  askedWord?: string;
}

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC`\u00B4]/g;
const POSSESSIVE = /(\p{L})['\u2018\u2019\u02BC`\u00B4]s?(?![\p{L}\p{N}])/gu;
const ORDINAL = /^(\d+)(st|nd|rd|th)$/;

/** "What will they do there?" asks about a task; "What do they want?" does not. */
function isVerbDo(word: string, before: string | undefined): boolean {
  if (word === 'doing' || word === 'done') return true;
  return before !== undefined && !AUXILIARY_DO_AFTER.has(before);
}

/** A table lookup that a word like "constructor" cannot turn into Object.prototype's members. */
function ownEntry(table: Readonly<Record<string, string>>, word: string): string | undefined {
  return Object.hasOwn(table, word) ? table[word] : undefined;
}

const stemCache = new Map<string, string>();

/** A deliberately light stemmer: both questions and facts pass through it, so it only has to be consistent. */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  let result = word;
  if (result.endsWith('ies') && result.length > 4) result = `${result.slice(0, -3)}y`;
  else if (result.endsWith('sses')) result = result.slice(0, -2);
  else if (/(x|ch|sh)es$/.test(result)) result = result.slice(0, -2);
  else if (result.endsWith('s') && !/(ss|us|is)$/.test(result)) result = result.slice(0, -1);
  if (result.length > 5 && result.endsWith('ing')) result = result.slice(0, -3);
  // "bleed", "need", "speed" end in -eed without being past tenses.
  else if (result.length > 4 && result.endsWith('ed') && !result.endsWith('eed')) result = result.slice(0, -2);
  if (/([^aeiouslz])\1$/.test(result)) result = result.slice(0, -1);
  if (result.length > 3 && result.endsWith('e')) result = result.slice(0, -1);
  if (stemCache.size < 50_000) stemCache.set(word, result);
  return result;
}

interface Phrase {
  words: string[];
  canonical: string;
}

/** Stop words in their stemmed form too, so "articles" is dropped like "article". */
const STOP_STEMS: ReadonlySet<string> = new Set([...STOP_WORDS].map(stem));

const singleWordCanonical = new Map<string, string>();
const phrasesByFirstWord = new Map<string, Phrase[]>();

for (const group of SYNONYM_GROUPS) {
  const canonical = group[0]!;
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

/** The canonical token for one already lower-cased word (synonym group, else its stem). */
export function canonicalWord(word: string): string {
  return singleWordCanonical.get(word) ?? singleWordCanonical.get(stem(word)) ?? stem(word);
}

/** Every single-word synonym (and its stem) with its canonical token, so typos of any of them can be corrected. */
export function synonymSpellings(): ReadonlyMap<string, string> {
  return singleWordCanonical;
}

function phraseAt(words: readonly string[], position: number): Phrase | undefined {
  for (const phrase of phrasesByFirstWord.get(words[position]!) ?? []) {
    if (phrase.words.every((word, offset) => words[position + offset] === word)) return phrase;
  }
  return undefined;
}

/** One word as the index spells it before stemming: no accents, lower case. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase();
}

/** A capital that starts a sentence says nothing; one inside a sentence marks a name. */
const SENTENCE_END = /(?:^|[.!?:;\n])[\s"'(\[]*$/u;
const CAPITALISED = /^\p{Lu}/u;

/** Splits text into lower-case words without accents, possessives or apostrophes. */
function rawWords(text: string): { words: string[]; upperUs: Set<number>; names: Set<number> } {
  const cleaned = text
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(POSSESSIVE, '$1')
    .replace(APOSTROPHES, '');
  const words: string[] = [];
  const upperUs = new Set<number>();
  const names = new Set<number>();
  for (const found of cleaned.matchAll(WORD)) {
    const word = found[0];
    if (word.length > NORMALIZE_LIMITS.maxTokenLength) continue;
    if (word === 'US' || word === 'U') upperUs.add(words.length);
    else if (CAPITALISED.test(word) && !SENTENCE_END.test(cleaned.slice(Math.max(0, found.index - 8), found.index))) names.add(words.length);
    const ordinal = ORDINAL.exec(word.toLowerCase());
    words.push(ordinal ? ordinal[1]! : word.toLowerCase());
  }
  return { words, upperUs, names };
}

function normalize(input: unknown, maxTokens: number): NormalizedText {
  const text = typeof input === 'string' ? input.slice(0, NORMALIZE_LIMITS.maxInputChars) : '';
  if (text.trim() === '') return { tokens: [], hasText: false, hasWords: false, names: [] };
  const { words, upperUs, names: namePositions } = rawWords(text);
  const chatWords = words.map((word) => {
    const meant = ownEntry(CHAT_SPEAK, word) ?? ownEntry(NUMBER_WORDS, word) ?? word;
    return ownEntry(SPELLING_VARIANTS, meant) ?? meant;
  });
  const tokens = new Set<string>();
  const names = new Set<string>();
  /** Where the word right after "who"/"how" stands; "how did ..." asks about a manner, not a word. */
  let askedPosition = -1;
  let askedWord: string | undefined;

  for (let position = 0; position < words.length && tokens.size < maxTokens; position += 1) {
    const phrase = phraseAt(words, position) ?? phraseAt(chatWords, position);
    if (phrase) {
      tokens.add(phrase.canonical);
      // After "how many" the counted thing is asked; "how come" already says what it asks.
      if (askedPosition < 0 && ASKING_WORDS.has(phrase.words[0]!) && !INTENT_TOKENS.has(phrase.canonical)) askedPosition = position + phrase.words.length;
      position += phrase.words.length - 1;
      continue;
    }
    const word = chatWords[position]!;
    if (askedPosition < 0 && ASKING_WORDS.has(word)) {
      if (!STOP_WORDS.has(word)) tokens.add(canonicalWord(word));
      askedPosition = position + 1;
      continue;
    }
    if (word === 'us') {
      const before = chatWords[position - 1];
      const isPronoun = !upperUs.has(position) && before !== undefined && PRONOUN_US_AFTER.has(before);
      if (!isPronoun) tokens.add(canonicalWord('america'));
      continue;
    }
    if (DO_FORMS.has(word)) {
      if (isVerbDo(word, chatWords[position - 1])) tokens.add('do');
      continue;
    }
    if (STOP_WORDS.has(word)) continue;
    const canonical = canonicalWord(word);
    if (STOP_WORDS.has(canonical) || STOP_STEMS.has(canonical)) continue;
    tokens.add(canonical);
    if (position === askedPosition) askedWord = canonical;
    if (namePositions.has(position)) names.add(canonical);
  }
  return { tokens: [...tokens], hasText: true, hasWords: words.length > 0, names: [...names], ...(askedWord ? { askedWord } : {}) };
}

/** Normalises a user's question, bounded so that any input costs about the same. */
export function normalizeQuery(input: unknown): NormalizedText {
  return normalize(input, NORMALIZE_LIMITS.maxQueryTokens);
}

/** Normalises one field of a fact with exactly the same rules as questions. */
export function normalizeField(text: string): string[] {
  return normalize(text, NORMALIZE_LIMITS.maxFieldTokens).tokens;
}
