import type { Fact, StoredFact } from '../facts/fact';
import type { FactChangedEvent, FactStore } from '../store/fact-store';
import { buildFactMatcher } from './fact-matcher';
import { RememberingMatcher } from './remembered-answers';
import { SortedFacts } from './sorted-facts';
import type { FactMatcher } from './types';

/** A matcher the live index can change one fact at a time; one without `put` is rebuilt on every change. */
export type LiveMatcher = FactMatcher & Partial<{ put(fact: Fact): void; remove(id: string): void }>;
export type MatcherFactory = (facts: readonly StoredFact[]) => LiveMatcher | Promise<LiveMatcher>;

/** More changed facts than this at once (an import, a copy) are loaded with one listing and a fresh index built in slices. */
const BULK_CHANGES = 100;

/**
 * The matcher over the store's current facts, kept up to date as the store reports changes,
 * so the next question already sees a moderator's edit, with no restart.
 *
 * One changed fact is re-read and updated in place in every language's index: an edit costs
 * the same however many facts there are. Many changes at once, the first load and the reload
 * after a PostgreSQL reconnect build fresh indexes in slices that give the event loop back
 * between them, and swap them in when complete: questions are answered from the facts loaded
 * last until then.
 */
export class LiveFactIndex {
  private matcherNow: LiveMatcher;
  /** What questions see: the current matcher, with the answers it gave since the facts last changed. */
  private readonly remembering: RememberingMatcher;
  private factsNow: SortedFacts;
  private readonly changed = new Set<string>();
  private reloadAll = false;
  private pending: Promise<void> | undefined;
  private readonly unsubscribe: () => void;

  private constructor(
    private readonly store: FactStore,
    private readonly buildMatcher: MatcherFactory,
    matcher: LiveMatcher,
    facts: readonly StoredFact[],
    private readonly onRefreshError: (error: unknown) => void,
  ) {
    this.matcherNow = matcher;
    this.remembering = new RememberingMatcher(() => this.matcherNow);
    this.factsNow = new SortedFacts(facts);
    this.unsubscribe = store.subscribe((event) => this.noteChange(event));
  }

  static async create(
    store: FactStore,
    buildMatcher: MatcherFactory = buildFactMatcher,
    onRefreshError: (error: unknown) => void = () => {},
  ): Promise<LiveFactIndex> {
    // A change another process commits while the first load runs must not be missed.
    let changedWhileLoading = false;
    const watchLoad = store.subscribe(() => {
      changedWhileLoading = true;
    });
    let facts: StoredFact[];
    let matcher: LiveMatcher;
    try {
      facts = await store.listFacts();
      matcher = await buildMatcher(facts);
    } finally {
      watchLoad();
    }
    const live = new LiveFactIndex(store, buildMatcher, matcher, facts, onRefreshError);
    if (changedWhileLoading) await live.refresh();
    return live;
  }

  get matcher(): FactMatcher {
    return this.remembering;
  }

  /** The active (not retired) facts the matcher answers from, by id. */
  get facts(): readonly StoredFact[] {
    return this.factsNow.list;
  }

  getFact(id: string): StoredFact | undefined {
    return this.factsNow.get(id);
  }

  /** Reloads every fact from the store (building fresh indexes in slices). */
  refresh(): Promise<void> {
    this.reloadAll = true;
    return this.catchUp();
  }

  private noteChange(event: FactChangedEvent): void {
    if (event.resync) this.reloadAll = true;
    else this.changed.add(event.factId);
    // Started at once, so its read reaches the store before whatever other listeners ask of it. A
    // burst of events (an import) lands in `changed` meanwhile and is taken together next round.
    if (!this.pending) this.catchUp().catch(this.onRefreshError);
  }

  /**
   * Applies what the store has reported. Changes reported while this runs are applied by the
   * same run before it ends, so the last state always wins.
   */
  private catchUp(): Promise<void> {
    if (this.pending) return this.pending;
    let run: Promise<void> | undefined;
    let done = false;
    run = (async () => {
      try {
        while (this.reloadAll || this.changed.size > 0) {
          if (this.reloadAll || this.changed.size > BULK_CHANGES || !this.matcherNow.put) await this.reload();
          else await this.applyChanged();
          this.remembering.forget();
        }
      } catch (error) {
        // What failed is not lost: the next change, or the reload after a reconnect, loads everything.
        this.reloadAll = true;
        throw error;
      } finally {
        // No answer outlives a change to the facts it came from, even one half applied.
        this.remembering.forget();
        done = true;
        if (run && this.pending === run) this.pending = undefined;
      }
    })();
    // A run with nothing to wait for has ended already and must not be left pending.
    if (!done) this.pending = run;
    return run;
  }

  /**
   * Lists every fact again. When few differ from what the index holds (a reconnect after a short
   * outage), only those are updated; otherwise fresh indexes are built in slices and swapped in.
   */
  private async reload(): Promise<void> {
    this.reloadAll = false;
    this.changed.clear();
    const facts = await this.store.listFacts();
    const matcher = this.matcherNow;
    const listed = new Set(facts.map((fact) => fact.id));
    const changed = facts.filter((fact) => this.factsNow.get(fact.id)?.revision !== fact.revision);
    const gone = this.factsNow.list.filter((fact) => !listed.has(fact.id)).map((fact) => fact.id);
    if (matcher.put && changed.length + gone.length <= BULK_CHANGES) {
      for (const fact of changed) {
        matcher.put(fact);
        this.factsNow.set(fact);
      }
      for (const id of gone) {
        matcher.remove?.(id);
        this.factsNow.delete(id);
      }
      return;
    }
    this.matcherNow = await this.buildMatcher(facts);
    this.factsNow = new SortedFacts(facts);
  }

  private async applyChanged(): Promise<void> {
    const ids = [...this.changed];
    this.changed.clear();
    const facts = await Promise.all(ids.map((id) => this.store.getFact(id)));
    const matcher = this.matcherNow;
    ids.forEach((id, at) => {
      const fact = facts[at];
      if (fact && !fact.retired) {
        matcher.put!(fact);
        this.factsNow.set(fact);
      } else {
        matcher.remove?.(id);
        this.factsNow.delete(id);
      }
    });
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
