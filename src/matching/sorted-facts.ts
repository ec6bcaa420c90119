import type { StoredFact } from '../facts/fact';

const byId = (a: StoredFact, b: StoredFact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The live facts in id order (as the stores list them), found by id by halving: no second
 * structure per fact. One fact is set or deleted in place, without re-sorting or copying.
 */
export class SortedFacts {
  private readonly ordered: StoredFact[];

  constructor(facts: readonly StoredFact[]) {
    this.ordered = [...facts].sort(byId);
  }

  get list(): readonly StoredFact[] {
    return this.ordered;
  }

  get(id: string): StoredFact | undefined {
    const found = this.ordered[this.position(id)];
    return found?.id === id ? found : undefined;
  }

  set(fact: StoredFact): void {
    const at = this.position(fact.id);
    if (this.ordered[at]?.id === fact.id) this.ordered[at] = fact;
    else this.ordered.splice(at, 0, fact);
  }

  delete(id: string): void {
    const at = this.position(id);
    if (this.ordered[at]?.id === id) this.ordered.splice(at, 1);
  }

  /** Where the fact with this id is, or would be inserted. */
  private position(id: string): number {
    let low = 0;
    let high = this.ordered.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.ordered[middle]!.id < id) low = middle + 1;
      else high = middle;
    }
    return low;
  }
}
