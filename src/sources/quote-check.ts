import { splitSentences } from './sentences';

/**
 * Quotes are compared after folding what a copy and paste or a chat client changes without
 * changing the words: runs of whitespace, and curly versus straight quote marks. Everything
 * else (letters, digits, case, dashes, punctuation) must match exactly.
 */
function foldForQuoting(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A quote is at least this many words, so a stray word or letter cannot pass as one. */
const QUOTE_MIN_WORDS = 2;

/**
 * True when the quote appears in the text (folded as above) as whole words: a quote that
 * starts or ends inside a word ("x", "ran" of "Iran") is not a quote of that text.
 */
export function quoteIsInText(quote: string, text: string): boolean {
  const folded = foldForQuoting(quote);
  if ((folded.match(/[\p{L}\p{N}]+/gu) ?? []).length < QUOTE_MIN_WORDS) return false;
  const haystack = foldForQuoting(text);
  for (let at = haystack.indexOf(folded); at >= 0; at = haystack.indexOf(folded, at + 1)) {
    if (!isWordCharacter(haystack[at - 1]) || !isWordCharacter(folded[0])) {
      if (!isWordCharacter(haystack[at + folded.length]) || !isWordCharacter(folded.at(-1))) return true;
    }
  }
  return false;
}

function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/** The sentence of the text that shares the most words with the quote, to show a moderator what the source really says. */
export function closestSentence(quote: string, text: string): string | undefined {
  const wanted = wordSet(quote);
  let best: { sentence: string; score: number } | undefined;
  for (const sentence of splitSentences(text)) {
    const words = wordSet(sentence);
    let shared = 0;
    for (const word of wanted) if (words.has(word)) shared += 1;
    // Dice coefficient: a long sentence does not win just by having many words.
    const score = (2 * shared) / (wanted.size + words.size || 1);
    if (!best || score > best.score) best = { sentence, score };
  }
  return best && best.score > 0 ? best.sentence : undefined;
}

function wordSet(text: string): Set<string> {
  return new Set(foldForQuoting(text).toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}
