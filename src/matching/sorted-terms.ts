/**
 * An index's terms and each term's number (in the posting pool), kept as one sorted array of the
 * terms with their numbers beside them in a typed array: a term is found by binary search, and
 * the terms that begin with a prefix (autocomplete) are one run of the list. A Map from term to
 * number beside a sorted list took about 32 bytes a term for its table alone (at 1,000 facts, 0.2
 * MB per language); a radix tree before it a Map per node.
 *
 * A build adds its terms to a Map, the fastest to add to and look up while every word of every
 * fact is counted, and sorts them once when it is done (`settle`, which the index's compaction
 * calls; a prefix search before that settles first). After that a new term is put in its place
 * and a removed one taken out, by binary search: an edit costs a move of the list, not a sort.
 */
export class SortedTerms {
  /** While a build is under way: each term's number. */
  private building: Map<string, number> | undefined = new Map();
  private sorted: string[] = [];
  /** The number of the term at the same place in `sorted`. */
  private numbers: Uint32Array = new Uint32Array(0);
  /** How many times the terms were sorted: tests check that a build sorts once and an edit not at all. */
  sorts = 0;

  get size(): number {
    return this.building ? this.building.size : this.sorted.length;
  }

  /** The term's number, if the index holds it. */
  get(term: string): number | undefined {
    if (this.building) return this.building.get(term);
    const at = lowerBound(this.sorted, term);
    return this.sorted[at] === term ? this.numbers[at] : undefined;
  }

  /** Adds a term the index does not hold yet, with its number. */
  set(term: string, number: number): void {
    if (this.building) {
      this.building.set(term, number);
      return;
    }
    const at = lowerBound(this.sorted, term);
    if (this.sorted[at] === term) {
      this.numbers[at] = number;
      return;
    }
    this.sorted.splice(at, 0, term);
    if (this.sorted.length > this.numbers.length) {
      const grown = new Uint32Array(Math.ceil(this.sorted.length * 1.25) + 16);
      grown.set(this.numbers);
      this.numbers = grown;
    }
    this.numbers.copyWithin(at + 1, at, this.sorted.length - 1);
    this.numbers[at] = number;
  }

  delete(term: string): void {
    if (this.building) {
      this.building.delete(term);
      return;
    }
    const at = lowerBound(this.sorted, term);
    if (this.sorted[at] !== term) return;
    this.sorted.splice(at, 1);
    this.numbers.copyWithin(at, at + 1, this.sorted.length + 1);
  }

  /** Every term with its number, in sorted order. */
  entries(): { terms: readonly string[]; numbers: Uint32Array } {
    this.settle();
    return { terms: this.sorted, numbers: this.numbers.subarray(0, this.sorted.length) };
  }

  /** Takes over terms already sorted, with their numbers (an index built in another thread), as if a build had sorted them `sorts` times. */
  adopt(sorted: string[], numbers: Uint32Array, sorts: number): void {
    this.building = undefined;
    this.sorted = sorted;
    this.numbers = numbers;
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

  /** Sorts what a build added; from then on each term is put in its place as it comes. */
  settle(): void {
    const building = this.building;
    if (!building) return;
    this.building = undefined;
    if (building.size > 0) this.sorts += 1;
    this.sorted = [...building.keys()].sort();
    this.numbers = Uint32Array.from(this.sorted, (term) => building.get(term)!);
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
