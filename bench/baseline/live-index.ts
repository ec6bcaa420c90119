import type { StoredFact } from '../../src/facts/fact';
import type { FactStore } from '../../src/store/fact-store';
import type { FactMatcher } from '../../src/matching/types';

export type MatcherFactory = (facts: readonly StoredFact[]) => FactMatcher;

/**
 * The matcher over the store's current facts. It rebuilds whenever the store reports a
 * change, so the next question already sees a moderator's edit, with no restart.
 */
export class LiveFactIndex {
  private matcherNow: FactMatcher;
  private factsNow: StoredFact[];
  private byId: Map<string, StoredFact>;
  private pending: Promise<void> | undefined;
  private refreshAgain = false;
  private readonly unsubscribe: () => void;

  private constructor(
    private readonly store: FactStore,
    private readonly buildMatcher: MatcherFactory,
    facts: StoredFact[],
    private readonly onRefreshError: (error: unknown) => void,
  ) {
    this.factsNow = facts;
    this.byId = new Map(facts.map((fact) => [fact.id, fact]));
    this.matcherNow = buildMatcher(facts);
    this.unsubscribe = store.subscribe(() => {
      this.refresh().catch(onRefreshError);
    });
  }

  static async create(
    store: FactStore,
    buildMatcher: MatcherFactory,
    onRefreshError: (error: unknown) => void = () => {},
  ): Promise<LiveFactIndex> {
    // A change another process commits while the first load runs must not be missed.
    let changedWhileLoading = false;
    const watchLoad = store.subscribe(() => {
      changedWhileLoading = true;
    });
    let facts: StoredFact[];
    try {
      facts = await store.listFacts();
    } finally {
      watchLoad();
    }
    const index = new LiveFactIndex(store, buildMatcher, facts, onRefreshError);
    if (changedWhileLoading) await index.refresh();
    return index;
  }

  get matcher(): FactMatcher {
    return this.matcherNow;
  }

  /** The active (not retired) facts the matcher answers from. */
  get facts(): readonly StoredFact[] {
    return this.factsNow;
  }

  getFact(id: string): StoredFact | undefined {
    return this.byId.get(id);
  }

  /**
   * Reloads from the store. Calls that arrive while a reload runs are folded into one more
   * reload after it, so the last state always wins.
   */
  refresh(): Promise<void> {
    if (this.pending) {
      this.refreshAgain = true;
      return this.pending;
    }
    this.pending = (async () => {
      try {
        do {
          this.refreshAgain = false;
          const facts = await this.store.listFacts();
          this.matcherNow = this.buildMatcher(facts);
          this.factsNow = facts;
          this.byId = new Map(facts.map((fact) => [fact.id, fact]));
        } while (this.refreshAgain);
      } finally {
        this.pending = undefined;
      }
    })();
    return this.pending;
  }

  /**
   * Resolves once the index reflects every change the store has reported so far. The store
   * reports a committed change before its write returns, so after a write this is enough.
   */
  settled(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  close(): void {
    this.unsubscribe();
  }
}
