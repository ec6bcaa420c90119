/**
 * The index's terms in sorted order, for prefix search (autocomplete): the terms that begin with
 * a prefix are one run of the list, found by binary search. A plain array of the index's own
 * strings, where a radix tree took a Map per node (about 250 bytes a term, the largest part of a
 * small base's heap).
 *
 * New terms wait in a list and are sorted in on the next prefix search, so a build of thousands of
 * terms sorts once, on the first keystroke, and an edit adds its few in one merge; a removed term
 * is dropped at the same merge, and skipped until then (`has` says which terms are current).
 */
export class SortedTerms {
  private sorted: string[] = [];
  private added: string[] = [];
  /** How many merges have run: tests check that a build is sorted once, not per term. */
  merges = 0;

  constructor(private readonly has: (term: string) => boolean) {}

  add(term: string): void {
    this.added.push(term);
  }

  /** The current terms that begin with `prefix` (and are longer), in sorted order. */
  longerThan(prefix: string): string[] {
    this.merge();
    const found: string[] = [];
    for (let at = lowerBound(this.sorted, prefix); at < this.sorted.length; at += 1) {
      const term = this.sorted[at]!;
      if (!term.startsWith(prefix)) break;
      if (term.length > prefix.length && this.has(term)) found.push(term);
    }
    return found;
  }

  private merge(): void {
    if (this.added.length === 0) return;
    this.merges += 1;
    const added = [...new Set(this.added)].sort();
    this.added = [];
    const merged: string[] = [];
    let from = 0;
    for (const term of this.sorted) {
      while (from < added.length && added[from]! < term) merged.push(added[from++]!);
      merged.push(term);
    }
    while (from < added.length) merged.push(added[from++]!);
    // A term removed and added again is in both lists (kept once); a removed one is dropped.
    this.sorted = merged.filter((term, at) => this.has(term) && merged[at - 1] !== term);
  }
}

function lowerBound(sorted: readonly string[], value: string): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
