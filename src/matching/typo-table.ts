/** How far a misspelling may be from a known word, by the misspelling's length. */
export const TYPO_LIMITS = Object.freeze({
  /** Shorter words are too easy to "correct" into a different word. */
  minLength: 4,
  /** From this length on, two edits are allowed and the first letter may be wrong too; below it, one edit
   * and the first letter must match (people rarely mistype it, and "cost" must not become "most"). */
  twoEditsFromLength: 7,
  /** Candidates checked with the exact distance, best trigram overlap first. */
  maxCandidatesChecked: 40,
  cacheSize: 2000,
});

export interface Correction {
  word: string;
  distance: number;
}

function trigrams(word: string): string[] {
  const padded = `$${word}$`;
  const grams: string[] = [];
  for (let index = 0; index + 3 <= padded.length; index += 1) grams.push(padded.slice(index, index + 3));
  return grams;
}

/** Optimal string alignment distance (adjacent swaps count once), giving up past `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let beforePrevious: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, beforePrevious[j - 2]! + 1);
      current.push(value);
      rowMinimum = Math.min(rowMinimum, value);
    }
    if (rowMinimum > limit) return limit + 1;
    beforePrevious = previous;
    previous = current;
  }
  return previous[b.length]!;
}

export interface TypoTable {
  /** The known word a misspelling most likely meant, if one is close enough. */
  correct(word: string): Correction | undefined;
}

/**
 * A trigram table over the known words: a misspelling shares most of its trigrams with the
 * word meant, so only a handful of words need an exact edit distance.
 */
export function createTypoTable(words: readonly string[], frequencyOf: (word: string) => number): TypoTable {
  const known = words.filter((word) => word.length >= TYPO_LIMITS.minLength - 1 && /^\p{L}+$/u.test(word));
  const wordsByGram = new Map<string, number[]>();
  known.forEach((word, index) => {
    for (const gram of new Set(trigrams(word))) {
      const list = wordsByGram.get(gram);
      if (list) list.push(index);
      else wordsByGram.set(gram, [index]);
    }
  });
  const cache = new Map<string, Correction | undefined>();

  function search(word: string): Correction | undefined {
    if (word.length < TYPO_LIMITS.minLength || !/^\p{L}+$/u.test(word)) return undefined;
    const limit = word.length >= TYPO_LIMITS.twoEditsFromLength ? 2 : 1;
    const grams = [...new Set(trigrams(word))];
    const shared = new Map<number, number>();
    for (const gram of grams) {
      for (const index of wordsByGram.get(gram) ?? []) shared.set(index, (shared.get(index) ?? 0) + 1);
    }
    const needed = Math.max(1, grams.length - 3 * limit);
    const candidates = [...shared]
      .filter(([index, count]) => count >= needed && Math.abs(known[index]!.length - word.length) <= limit)
      .filter(([index]) => limit === 2 || known[index]![0] === word[0])
      .sort((a, b) => b[1] - a[1])
      .slice(0, TYPO_LIMITS.maxCandidatesChecked);
    let best: Correction | undefined;
    for (const [index] of candidates) {
      const candidate = known[index]!;
      const distance = boundedEditDistance(word, candidate, limit);
      if (distance > limit) continue;
      const better = !best || distance < best.distance
        || (distance === best.distance && frequencyOf(candidate) > frequencyOf(best.word));
      if (better) best = { word: candidate, distance };
    }
    return best;
  }

  return {
    correct(word) {
      if (cache.has(word)) return cache.get(word);
      const correction = search(word);
      if (cache.size >= TYPO_LIMITS.cacheSize) cache.clear();
      cache.set(word, correction);
      return correction;
    },
  };
}
