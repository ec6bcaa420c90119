import type { Fact, StoredFact } from '../src/facts/fact';
import type { FactChangedEvent, FactStore } from '../src/store/fact-store';

/**
 * The part of a fact store the live index uses (list, get, subscribe), held in memory, so that
 * `bench:scale` times the matcher and not a database. `edit` replaces a fact and reports it as
 * the real stores do: to every listener, before the write returns.
 */
export class MemoryStore {
  private readonly facts = new Map<string, StoredFact>();
  private readonly listeners = new Set<(event: FactChangedEvent) => void>();

  constructor(facts: readonly Fact[]) {
    for (const fact of facts) this.facts.set(fact.id, { ...fact, revision: 1, retired: false } as StoredFact);
  }

  asFactStore(): FactStore {
    return {
      engine: 'sqlite',
      listFacts: async () => [...this.facts.values()],
      getFact: async (id: string) => this.facts.get(id),
      subscribe: (listener: (event: FactChangedEvent) => void) => {
        this.listeners.add(listener);
        return () => this.listeners.delete(listener);
      },
    } as unknown as FactStore;
  }

  edit(fact: Fact): void {
    const revision = (this.facts.get(fact.id)?.revision ?? 0) + 1;
    this.facts.set(fact.id, { ...fact, revision, retired: false } as StoredFact);
    for (const listener of this.listeners) listener({ factId: fact.id, revision, action: 'edit' });
  }
}
