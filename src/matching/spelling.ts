import SearchableMap from 'minisearch/SearchableMap';

/** Words shorter than this are too easily another word with one letter changed ("old" and "odd"). */
const MIN_LENGTH = 4;

function allowedDistance(word: string): number {
  if (word.length < MIN_LENGTH) return 0;
  // A swap of two letters ("misison") is two edits.
  return word.length >= 7 ? 2 : 1;
}

/**
 * The words the facts are written in, as typed (lower case, no accents), to correct a
 * question's misspellings against ("parlament", "ocupy"). Counts let a fact's words be removed
 * again when it changes, without rebuilding anything.
 */
export class Spelling {
  /** The words, for fuzzy look-up; a word enters and leaves this tree only when its count goes 0 <-> 1 (cheaper than a tree update per use). */
  private readonly words = new SearchableMap<true>();
  private readonly counts = new Map<string, number>();

  add(words: Iterable<string>): void {
    for (const word of words) {
      if (word.length < MIN_LENGTH) continue;
      const count = this.counts.get(word);
      if (count === undefined) {
        this.counts.set(word, 1);
        this.words.set(word, true);
      } else this.counts.set(word, count + 1);
    }
  }

  remove(words: Iterable<string>): void {
    for (const word of words) {
      const count = this.counts.get(word);
      if (count === undefined) continue;
      if (count <= 1) {
        this.counts.delete(word);
        this.words.delete(word);
      } else this.counts.set(word, count - 1);
    }
  }

  has(word: string): boolean {
    return this.counts.has(word);
  }

  /** The known word closest to an unknown one (fewest edits, then most used), if one is close enough. */
  correct(word: string): string | undefined {
    const distance = allowedDistance(word);
    if (distance === 0 || this.counts.has(word)) return undefined;
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [candidate, [, edits]] of this.words.fuzzyGet(word, distance)) {
      const count = this.counts.get(candidate) ?? 0;
      if (!best || edits < best.distance || (edits === best.distance && count > best.count)) best = { word: candidate, distance: edits, count };
    }
    return best?.word;
  }
}
