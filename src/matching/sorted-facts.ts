import type { StoredFact } from '../facts/fact';

const byId = (a: StoredFact, b: StoredFact) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The live facts in id order (as the stores list them) with look-up by id. One fact is set or
 * deleted by binary search, without re-sorting or copying the list.
 */
export class SortedFacts {
  private readonly ordered: StoredFact[];
  private readonly byId: Map<string, StoredFact>;

  constructor(facts: readonly StoredFact[]) {
    this.ordered = [...facts].sort(byId);
    this.byId = new Map(this.ordered.map((fact) => [fact.id, fact]));
  }

  get list(): readonly StoredFact[] {
    return this.ordered;
  }

  get(id: string): StoredFact | undefined {
    return this.byId.get(id);
  }

  set(fact: StoredFact): void {
    const at = this.position(fact.id);
    if (this.byId.has(fact.id)) this.ordered[at] = fact;
    else this.ordered.splice(at, 0, fact);
    this.byId.set(fact.id, fact);
  }

  delete(id: string): void {
    if (!this.byId.delete(id)) return;
    this.ordered.splice(this.position(id), 1);
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
