import type { Fact } from '../facts/fact';
import type { Language } from '../core/languages';
import { indexTextOf, readingOf, type FactReading } from './fact-reading';
import { beginBulkReading, endBulkReading } from './normalize';
import { packStrings, unpackStrings, type PackedStrings } from './packed-strings';
import { SearchIndex, type SearchIndexSnapshot } from './search-index';
import { inSlices, nextTurn, SLICE_MS } from './slices';
import { Spelling, type SpellingSnapshot } from './spelling';

export { initialisms, type Phrasing } from './fact-reading';

/** A fact as the features see it: the fact and its reading (read when it is a candidate, see readingOf). */
export interface IndexedFact extends FactReading {
  fact: Fact;
}

export interface Retrieved {
  entry: IndexedFact;
  /** The BM25 score (as MiniSearch computes it). */
  score: number;
}

/** Field weights for retrieval: the curated phrasings say what a fact answers better than its prose. */
const FIELD_BOOST = Object.freeze({ title: 2, questions: 2, keywords: 1.5, answer: 1 });

/** Terms searched per question: enough for any real question, few enough to keep a pasted essay cheap. */
export const MAX_SEARCHED_TERMS = 12;
/** A term held by more than this share of the facts (and more than COMMON_MIN_FACTS) is common. */
const COMMON_SHARE = 0.05;
const COMMON_MIN_FACTS = 50;

function count(counts: Map<string, number>, terms: Iterable<string>, change: 1 | -1): void {
  for (const term of terms) {
    const next = (counts.get(term) ?? 0) + change;
    if (next <= 0) counts.delete(term);
    else counts.set(term, next);
  }
}

/** An index as it stands, to be sent to another thread; its facts travel as their places in the list it was built from. */
export interface FactIndexSnapshot {
  language: Language;
  search: SearchIndexSnapshot;
  names: PackedStrings;
  nameCounts: Uint32Array<ArrayBuffer>;
  spelling: SpellingSnapshot;
}

/** What an index is made of: empty for a new one, taken from a snapshot for one built elsewhere. */
interface IndexParts {
  search: SearchIndex<Fact>;
  nameFrequency: Map<string, number>;
  spelling: Spelling;
}

const emptyParts = (): IndexParts => ({ search: new SearchIndex<Fact>(), nameFrequency: new Map(), spelling: new Spelling() });


/**
 * The searchable facts in one language. Adding, replacing or removing one fact touches only
 * that fact's entries (its postings, term counts and spellings), so an edit costs the same
 * however many facts there are. Per fact it keeps only its postings: what a question's
 * candidates need beyond that (their terms and phrasings) is read when they are candidates.
 */
export class FactIndex {
  private readonly search: SearchIndex<Fact>;
  /** How many facts write each term as a name. */
  private readonly nameFrequency: Map<string, number>;
  readonly spelling: Spelling;

  constructor(
    facts: readonly Fact[] = [],
    /** The language questions and facts are read in. */
    readonly language: Language = 'en',
    parts: IndexParts = emptyParts(),
  ) {
    ({ search: this.search, nameFrequency: this.nameFrequency, spelling: this.spelling } = parts);
    for (const fact of facts) this.add(fact);
    // An index made empty is being built (see build) or grows by edits: its first look-up settles it.
    if (facts.length > 0) this.settle();
  }

  /**
   * Builds indexes over the same facts (one per language) in slices of a few milliseconds,
   * giving the event loop back between them, so a big base (start-up, a bulk import, a reload)
   * never freezes the bot.
   */
  static async build<L extends Language>(facts: readonly Fact[], languages: readonly L[]): Promise<Record<L, FactIndex>> {
    const indexes = Object.fromEntries(languages.map((language) => [language, new FactIndex([], language)])) as Record<L, FactIndex>;
    let sliceStart = performance.now();
    beginBulkReading();
    try {
      for (const fact of facts) {
        for (const language of languages) indexes[language].add(fact);
        if (performance.now() - sliceStart >= SLICE_MS) {
          await nextTurn();
          sliceStart = performance.now();
        }
      }
    } finally {
      endBulkReading();
    }
    // Settling sorts and packs a language's index in one go: the event loop is given back between languages.
    for (const language of languages) {
      await nextTurn();
      indexes[language].settle();
    }
    return indexes;
  }

  /**
   * The index as it stands, settled, for another thread: each fact as its place in `facts` (the
   * list it was built from). It must not be used after: its arrays may be transferred away.
   */
  snapshot(facts: readonly Fact[]): FactIndexSnapshot {
    const places = new Map(facts.map((fact, at) => [fact, at]));
    return {
      language: this.language,
      search: this.search.snapshot((fact) => places.get(fact)!),
      names: packStrings(this.nameFrequency.keys()),
      nameCounts: Uint32Array.from(this.nameFrequency.values()),
      spelling: this.spelling.snapshot(),
    };
  }

  /** The index a snapshot was taken of, over this thread's own fact objects (the same list, in the same order). */
  static async restore(snapshot: FactIndexSnapshot, facts: readonly Fact[]): Promise<FactIndex> {
    const names = unpackStrings(snapshot.names);
    const nameFrequency = new Map<string, number>();
    await inSlices(names.length, (at) => nameFrequency.set(names[at]!, snapshot.nameCounts[at]!));
    const search = await SearchIndex.restore<Fact>(snapshot.search, (at) => facts[at]!);
    return new FactIndex([], snapshot.language, { search, nameFrequency, spelling: Spelling.restore(snapshot.spelling) });
  }

  /** Once a build is done: its structures in their compact, sorted form. */
  private settle(): void {
    this.search.compact();
    this.spelling.settle();
  }

  get size(): number {
    return this.search.size;
  }

  /** The facts in the order they were added. */
  *facts(): IterableIterator<Fact> {
    yield* this.search.inOrder();
  }

  get(id: string): Fact | undefined {
    return this.search.get(id);
  }

  /** Adds a fact, or replaces the fact with the same id. */
  add(fact: Fact): void {
    this.remove(fact.id);
    const { fields, names, words } = indexTextOf(fact, this.language);
    this.search.add(fact, fields);
    count(this.nameFrequency, names, 1);
    this.spelling.add(words);
  }

  /** Removes a fact: its text is read again to know which entries were its own. */
  remove(id: string): void {
    const fact = this.search.get(id);
    if (!fact) return;
    const { fields, names, words } = indexTextOf(fact, this.language);
    this.search.remove(id, fields);
    count(this.nameFrequency, names, -1);
    this.spelling.remove(words);
  }

  /** Whether any fact holds the term. */
  knows(term: string): boolean {
    return this.search.documentFrequency(term) > 0;
  }

  /** Whether some fact writes the term as a name, so a question may name it in lower case. */
  isName(term: string): boolean {
    return this.nameFrequency.has(term);
  }

  /** How rare a term is among the facts; a term no fact holds is as rare as can be. */
  idf(term: string): number {
    const df = this.search.documentFrequency(term);
    return Math.log(1 + (this.search.size + 1) / (df + 0.5));
  }

  /**
   * Facts sharing a term with the query, best BM25 score first. Only the query's most telling
   * terms are searched (the rarest of those with the most weight), so a long message costs no
   * more than a short question.
   */
  retrieve(terms: ReadonlyArray<{ term: string; weight: number }>, limit: number): Retrieved[] {
    if (terms.length === 0 || this.search.size === 0) return [];
    // Each term's rarity once, not per comparison: a term is found by binary search (see SortedTerms).
    const rarity = new Map(terms.map(({ term }) => [term, this.idf(term)]));
    const known = terms
      .filter(({ term }) => this.knows(term))
      .sort((a, b) => b.weight * rarity.get(b.term)! - a.weight * rarity.get(a.term)!)
      .slice(0, MAX_SEARCHED_TERMS);
    // A term in many facts finds nothing the rarer ones miss, at the cost of scoring all those facts.
    const commonAbove = Math.max(COMMON_MIN_FACTS, this.search.size * COMMON_SHARE);
    const rare = known.filter(({ term }) => this.search.documentFrequency(term) <= commonAbove);
    const telling = rare.length >= 2 ? rare : known.slice(0, Math.max(2, rare.length));
    if (telling.length === 0) return [];
    const weights = new Map(telling.map(({ term, weight }) => [term, weight]));
    const found = this.search.search(telling.map(({ term }) => term), FIELD_BOOST, (term) => weights.get(term) ?? 1, undefined, limit);
    return found.map(({ document: fact, score }) => ({ entry: { fact, ...readingOf(fact, this.language) }, score }));
  }

  /** Facts whose words start with what the user is typing, for autocomplete. */
  complete(terms: readonly string[], lastPrefix: string | undefined, limit: number): Fact[] {
    const query = [...terms, ...(lastPrefix ? [lastPrefix] : [])].join(' ').split(' ').filter(Boolean);
    if (query.length === 0) return [];
    return this.search
      .search(query, FIELD_BOOST, () => 1, (term) => term === lastPrefix, limit)
      .map((result) => result.document);
  }
}
