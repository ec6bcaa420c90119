import { ARTICLE_SOURCE_ID, SOURCE_TITLE, type Fact } from '../facts/fact';
import type { FactStore, StoredSource } from '../store/fact-store';
import type { Source, SourceLookup } from './source';

/**
 * Every source the bot knows: the curated ones of knowledge/sources/ (with their text), and
 * those moderators registered from chat, which live in the store. A curated file wins over a
 * registration with the same id, so adding the text file later makes its quotes checkable.
 * Store sources are re-read after every fact change, so a fact citing a source registered
 * in another process finds it.
 */
export class SourceCatalog implements SourceLookup {
  private registered = new Map<string, Source>();
  private unsubscribe: () => void = () => {};

  private constructor(
    private readonly curated: ReadonlyMap<string, Source>,
    private readonly store: FactStore | undefined,
  ) {}

  /** Without a store: only the curated sources (for tests and tools). */
  static ofCurated(curated: readonly Source[]): SourceCatalog {
    return new SourceCatalog(new Map(curated.map((source) => [source.id, source])), undefined);
  }

  static async create(curated: readonly Source[], store: FactStore): Promise<SourceCatalog> {
    const catalog = new SourceCatalog(new Map(curated.map((source) => [source.id, source])), store);
    await catalog.refresh();
    // A failed re-read keeps the last list; the next change tries again.
    catalog.unsubscribe = store.subscribe(() => void catalog.refresh().catch(() => {}));
    return catalog;
  }

  get(id: string): Source | undefined {
    return this.curated.get(id) ?? this.registered.get(id);
  }

  /** The source a fact cites; facts stored before sources had ids name the article by its title. */
  sourceOf(fact: Fact): Source | undefined {
    const id = fact.source.id ?? (fact.source.title === undefined || fact.source.title === SOURCE_TITLE ? ARTICLE_SOURCE_ID : undefined);
    return id === undefined ? undefined : this.get(id);
  }

  async refresh(): Promise<void> {
    if (!this.store) return;
    const stored = await this.store.listSources();
    this.registered = new Map(stored.map((source) => [source.id, fromStore(source)]));
  }

  close(): void {
    this.unsubscribe();
  }
}

export function fromStore(source: StoredSource): Source {
  const { addedBy, addedAt, ...rest } = source;
  void [addedBy, addedAt];
  return { ...rest, origin: 'store' };
}
