/**
 * The index's terms in sorted order, for prefix search (autocomplete): the terms that begin with
 * a prefix are one run of the list, found by binary search. A plain array of the index's own
 * strings, where a radix tree took a Map per node (about 250 bytes a term, the largest part of a
 * small base's heap).
 *
 * A build adds its terms unsorted and sorts them once when it is done (`settle`, which the index's
 * compaction calls; a prefix search before that settles first). After that a new term is put in
 * its place and a removed one taken out, by binary search: an edit costs a move of the list, not
 * a sort.
 */
export class SortedTerms {
  private sorted: string[] = [];
  /** Terms added since the last settle, while a build is under way. */
  private unsorted: string[] = [];
  private building = true;
  private removedWhileBuilding = false;
  /** How many times the terms were sorted: tests check that a build sorts once and an edit not at all. */
  sorts = 0;

  /** `has` says which terms the index still holds: a term removed during a build is dropped when it settles. */
  constructor(private readonly has: (term: string) => boolean) {}

  add(term: string): void {
    if (this.building) {
      this.unsorted.push(term);
      return;
    }
    const at = lowerBound(this.sorted, term);
    if (this.sorted[at] !== term) this.sorted.splice(at, 0, term);
  }

  remove(term: string): void {
    if (this.building) {
      this.removedWhileBuilding = true;
      return;
    }
    const at = lowerBound(this.sorted, term);
    if (this.sorted[at] === term) this.sorted.splice(at, 1);
  }

  /** Every term, in sorted order. */
  get list(): readonly string[] {
    this.settle();
    return this.sorted;
  }

  /** Takes over terms already sorted (an index built in another thread), as if a build had sorted them `sorts` times. */
  adopt(sorted: string[], sorts: number): void {
    this.sorted = sorted;
    this.unsorted = [];
    this.building = false;
    this.removedWhileBuilding = false;
    this.sorts = sorts;
  }

  /** The current terms that begin with `prefix` (and are longer), in sorted order. */
  longerThan(prefix: string): string[] {
    this.settle();
    const found: string[] = [];
    for (let at = lowerBound(this.sorted, prefix); at < this.sorted.length; at += 1) {
      const term = this.sorted[at]!;
      if (!term.startsWith(prefix)) break;
      if (term.length > prefix.length) found.push(term);
    }
    return found;
  }

  /** Sorts in what a build added; from then on each term is put in its place as it comes. */
  settle(): void {
    this.building = false;
    if (this.unsorted.length === 0) return;
    this.sorts += 1;
    const added = this.unsorted.sort();
    this.unsorted = [];
    const merged: string[] = [];
    let from = 0;
    for (const term of this.sorted) {
      while (from < added.length && added[from]! < term) merged.push(added[from++]!);
      merged.push(term);
    }
    while (from < added.length) merged.push(added[from++]!);
    // A term removed and added again during the build is there twice, side by side (kept once); a removed one is dropped.
    const removed = this.removedWhileBuilding;
    this.removedWhileBuilding = false;
    this.sorted = merged.filter((term, at) => merged[at - 1] !== term && (!removed || this.has(term)));
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
