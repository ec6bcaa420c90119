/**
 * Splits a source text into its sentences: paragraphs first, then after ".", "?" or "!"
 * (optionally followed by a closing quote mark) when the next word starts a new sentence.
 * Headlines and rhetorical questions are kept: each of them carries a claim.
 */
export function splitSentences(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .flatMap((paragraph) => paragraph.split(/(?<=[.?!][”’"]?) +(?=[“"(A-Z])/))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** The first sentence of a text (the whole text when it has one). */
export function firstSentence(text: string): string {
  return splitSentences(text)[0] ?? text.trim();
}
