import { LRUCache } from 'lru-cache';
/** Splitting a text into words as written, before any language's rules (see readWords). */

/** A word as written. */
export interface Token {
  word: string;
  lower: string;
  /** Capitalised inside a sentence. */
  capitalised: boolean;
}

/** A "word" longer than this is noise (a URL, base64, a key held down), not a word. */
export const MAX_WORD_LENGTH = 32;

const WORD = /[\p{L}\p{N}]+/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const APOSTROPHES = /['\u2018\u2019\u02BC`\u00B4]/g;
const POSSESSIVE = /(\p{L})['\u2018\u2019\u02BC`\u00B4]s?(?![\p{L}\p{N}])/gu;
const SENTENCE_END = /(?:^|[.!?:;\n])[\s"'(\[]*$/u;
const CAPITALISED = /^\p{Lu}/u;
const ASCII = /^[\x00-\x7f]*$/;
const HAS_APOSTROPHE = /['\u2018\u2019\u02BC`\u00B4]/;
/** How far back a sentence end is looked for before a capital. */
const SENTENCE_LOOKBACK = 8;

/**
 * The tokens of the last texts read. Every fact is read in each language in turn (and a question
 * in its own), so the second reading of a field finds its tokens here.
 */
const RECENT_TEXTS = 64;
const recentTokens = new LRUCache<string, Token[]>({ max: RECENT_TEXTS });

export function tokensOf(text: string): Token[] {
  const known = recentTokens.get(text);
  if (known) return known;
  // Plain ASCII has no accents to strip, and most text has no apostrophes: both skip a pass over it.
  const ascii = ASCII.test(text);
  const unaccented = ascii ? text : text.normalize('NFKD').replace(COMBINING_MARKS, '');
  const cleaned = HAS_APOSTROPHE.test(unaccented) ? unaccented.replace(POSSESSIVE, '$1').replace(APOSTROPHES, '') : unaccented;
  const tokens = ascii ? asciiTokens(cleaned) : unicodeTokens(cleaned);
  recentTokens.set(text, tokens);
  return tokens;
}

/** The general reading, by Unicode classes. */
export function unicodeTokens(cleaned: string): Token[] {
  const tokens: Token[] = [];
  for (const found of cleaned.matchAll(WORD)) {
    const word = found[0];
    if (word.length > MAX_WORD_LENGTH) continue;
    const capitalised = CAPITALISED.test(word) && word !== 'I' && !SENTENCE_END.test(cleaned.slice(Math.max(0, found.index - SENTENCE_LOOKBACK), found.index));
    tokens.push({ word, lower: word.toLowerCase(), capitalised });
  }
  return tokens;
}

const isDigit = (code: number) => code >= 0x30 && code <= 0x39;
const isUpper = (code: number) => code >= 0x41 && code <= 0x5a;
const isLower = (code: number) => code >= 0x61 && code <= 0x7a;
/** \s among ASCII: tab, line feed, vertical tab, form feed, carriage return, space. */
const isSpace = (code: number) => code === 0x20 || (code >= 0x09 && code <= 0x0d);
/** What may stand between a sentence's end and its first word: space, quotes, an opening bracket. */
const isOpening = (code: number) => isSpace(code) || code === 0x22 || code === 0x27 || code === 0x28 || code === 0x5b;
/** . ! ? : ; and a line feed end a sentence. */
const endsSentence = (code: number) => code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === 0x3b || code === 0x0a;

/** Whether a word starting at `at` starts a sentence: SENTENCE_END over the few characters before it, without a regular expression. */
function startsSentence(text: string, at: number): boolean {
  const windowStart = Math.max(0, at - SENTENCE_LOOKBACK);
  let before = at;
  while (before > windowStart && isOpening(text.charCodeAt(before - 1))) {
    if (text.charCodeAt(before - 1) === 0x0a) return true;
    before -= 1;
  }
  return before === windowStart || endsSentence(text.charCodeAt(before - 1));
}

/**
 * The same tokens as unicodeTokens for ASCII text, by a scan of character codes: facts are mostly
 * ASCII, and the regular expressions were the largest cost of reading them at start-up.
 */
export function asciiTokens(text: string): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let at = 0;
  while (at < length) {
    let code = text.charCodeAt(at);
    if (!(isLower(code) || isUpper(code) || isDigit(code))) {
      at += 1;
      continue;
    }
    const start = at;
    let hasUpper = false;
    while (at < length && (isLower(code) || isDigit(code) || (isUpper(code) && (hasUpper = true)))) {
      at += 1;
      code = text.charCodeAt(at);
    }
    if (at - start > MAX_WORD_LENGTH) continue;
    const word = text.slice(start, at);
    const first = word.charCodeAt(0);
    const capitalised = isUpper(first) && word !== 'I' && !startsSentence(text, start);
    tokens.push({ word, lower: hasUpper ? word.toLowerCase() : word, capitalised });
  }
  return tokens;
}
