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
  private readonly words = new SearchableMap<number>();

  add(words: Iterable<string>): void {
    for (const word of words) if (word.length >= MIN_LENGTH) this.words.update(word, (count = 0) => count + 1);
  }

  remove(words: Iterable<string>): void {
    for (const word of words) {
      const count = this.words.get(word);
      if (count === undefined) continue;
      if (count <= 1) this.words.delete(word);
      else this.words.set(word, count - 1);
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /** The known word closest to an unknown one (fewest edits, then most used), if one is close enough. */
  correct(word: string): string | undefined {
    const distance = allowedDistance(word);
    if (distance === 0 || this.words.has(word)) return undefined;
    let best: { word: string; distance: number; count: number } | undefined;
    for (const [candidate, [count, edits]] of this.words.fuzzyGet(word, distance)) {
      if (!best || edits < best.distance || (edits === best.distance && count > best.count)) best = { word: candidate, distance: edits, count };
    }
    return best?.word;
  }
}
