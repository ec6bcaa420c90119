import { splitSentences } from './sentences';

/**
 * Quotes are compared after folding what a copy and paste or a chat client changes without
 * changing the words: runs of whitespace, and curly versus straight quote marks. Everything
 * else (letters, digits, case, dashes, punctuation) must match exactly.
 */
export function foldForQuoting(text: string): string {
  return text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function quoteIsInText(quote: string, text: string): boolean {
  const folded = foldForQuoting(quote);
  return folded.length > 0 && foldForQuoting(text).includes(folded);
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
