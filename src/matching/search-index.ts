import { packStrings, unpackStrings, type PackedStrings } from './packed-strings';
import { countOf, FIELD_COUNT, MAX_SHORT_ID, PostingPool, shortIdOf, type PostingPoolSnapshot } from './postings';
import { ScoreBoard } from './score-board';
import { inSlices } from './slices';
import { SortedTerms } from './sorted-terms';

/** The fields a fact is searched by, in the order their scores are added up. */
export const SEARCH_FIELDS = ['title', 'questions', 'keywords', 'answer'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
/** A fact's terms per field, repeats kept (a term in two alternate questions counts twice). */
export type FieldTerms = Readonly<Record<SearchField, readonly string[]>>;

/** BM25+ with MiniSearch 7's parameters and its prefix weighting, so that scores stay the same to the last bit. */
const BM25 = Object.freeze({ k: 1.2, b: 0.7, d: 0.5 });
const PREFIX_WEIGHT = 0.375;
/**
 * Postings a prefix's completions may score in one search: far more than a whole real base holds
 * (knowledge/ has about 2,000), so only a big base's one- or two-letter prefixes are cut short.
 */
export const MAX_PREFIX_POSTINGS = 20_000;
/** Document frequencies remembered between changes (see `frequencies`): a few questions' terms. */
const REMEMBERED_FREQUENCIES = 4096;

export interface SearchHit<T> {
  document: T;
  score: number;
}

/**
 * An index as it stands, to be sent to another thread: its terms and numbers, and each document
 * as a number the receiving side turns back into its own object (a thread cannot share objects).
 */
export interface SearchIndexSnapshot {
  /** The terms by their number in the posting pool ('' for a number no term holds now). */
  terms: PackedStrings;
  postings: PostingPoolSnapshot;
  /** The terms' numbers in sorted order, for prefix search. */
  prefixOrder: Uint32Array<ArrayBuffer>;
  prefixSorts: number;
  /** Each short id's document as a number (see `snapshot`), -1 for the hole a removed one left. */
  documents: Int32Array<ArrayBuffer>;
  fieldLengths: Uint16Array<ArrayBuffer>;
  averageFieldLength: Float64Array<ArrayBuffer>;
  documentCount: number;
}

/**
 * An inverted index that scores exactly as MiniSearch did (same formula, same order of
 * additions, same order of ties; a prefix's completions alone are taken in sorted order, so their
 * sums may differ in the last bits), in a fraction of its memory: a posting is one number in a
 * run of one typed array for all terms (see postings.ts), instead of an entry in a Map per term
 * and field. Removing a
 * fact needs its terms again (the caller re-reads it), which keeps the index from holding a
 * second copy of every fact's terms.
 */
export class SearchIndex<T extends { readonly id: string }> {
  /** Each term's number in the posting pool, in sorted order (for prefix search too). */
  private readonly terms = new SortedTerms();
  private postings = new PostingPool();
  private shortIds = new Map<string, number>();
  /** The documents by short id; a removed one leaves a hole until the short ids run out (see closeGaps). */
  private documents: Array<T | undefined> = [];
  private fieldLengths = new Uint16Array(64);
  private readonly averageFieldLength = [0, 0, 0, 0];
  private documentCount = 0;
  private readonly board = new ScoreBoard();
  /**
   * Document frequencies looked up since the index last changed: a question asks the same few
   * terms' again and again (ranking its terms, then each candidate's features), and a term is
   * found by binary search, not a Map look-up. Bounded; any change forgets them all.
   */
  private readonly frequencies = new Map<string, number>();

  /** `maxShortId`: how far short ids go before the gaps removed documents left are closed (lower only in tests). */
  constructor(private readonly maxShortId = MAX_SHORT_ID) {}

  get size(): number {
    return this.documentCount;
  }

  /**
   * The index as it stands (its build finished), with each document given as `numberOf` says (its
   * place in the list it was built from). It must not be used after: its arrays may be transferred away.
   */
  snapshot(numberOf: (document: T) => number): SearchIndexSnapshot {
    // Not compacted again: a build did, and its runs would only be copied once more.
    const postings = this.postings.snapshot();
    const { terms, numbers } = this.terms.entries();
    const byNumber = new Array<string>(postings.terms).fill('');
    terms.forEach((term, at) => (byNumber[numbers[at]!] = term));
    return {
      terms: packStrings(byNumber),
      postings,
      prefixOrder: numbers.slice(),
      prefixSorts: this.terms.sorts,
      documents: Int32Array.from(this.documents, (document) => (document === undefined ? -1 : numberOf(document))),
      fieldLengths: this.fieldLengths,
      averageFieldLength: Float64Array.from(this.averageFieldLength),
      documentCount: this.documentCount,
    };
  }

  /**
   * The index a snapshot was taken of, over this side's documents (`documentOf` turns a document's
   * number back into it); in slices, as a big one takes longer than a question may wait.
   */
  static async restore<T extends { readonly id: string }>(snapshot: SearchIndexSnapshot, documentOf: (number: number) => T): Promise<SearchIndex<T>> {
    const index = new SearchIndex<T>();
    const terms = unpackStrings(snapshot.terms);
    index.postings = PostingPool.restore(snapshot.postings);
    index.terms.adopt(Array.from(snapshot.prefixOrder, (id) => terms[id]!), snapshot.prefixOrder, snapshot.prefixSorts);
    const numbers = snapshot.documents;
    index.documents = new Array<T | undefined>(numbers.length);
    await inSlices(numbers.length, (shortId) => {
      if (numbers[shortId]! < 0) return;
      const document = documentOf(numbers[shortId]!);
      index.documents[shortId] = document;
      index.shortIds.set(document.id, shortId);
    });
    index.fieldLengths = snapshot.fieldLengths;
    snapshot.averageFieldLength.forEach((average, fieldId) => (index.averageFieldLength[fieldId] = average));
    index.documentCount = snapshot.documentCount;
    return index;
  }

  get(id: string): T | undefined {
    const shortId = this.shortIds.get(id);
    return shortId === undefined ? undefined : this.documents[shortId];
  }

  /** The documents in the order they were added (a replaced one counts as added last). */
  *inOrder(): IterableIterator<T> {
    for (const document of this.documents) if (document !== undefined) yield document;
  }

  /** How many facts hold the term in any field. */
  documentFrequency(term: string): number {
    let frequency = this.frequencies.get(term);
    if (frequency === undefined) {
      const id = this.terms.get(term);
      frequency = id === undefined ? 0 : this.postings.size(id);
      if (this.frequencies.size >= REMEMBERED_FREQUENCIES) this.frequencies.clear();
      this.frequencies.set(term, frequency);
    }
    return frequency;
  }

  add(document: T, fields: FieldTerms): void {
    if (this.shortIds.has(document.id)) throw new Error(`already indexed: ${document.id}`);
    this.frequencies.clear();
    if (this.documents.length > this.maxShortId) this.closeGaps();
    const shortId = this.documents.length;
    this.documents.push(document);
    this.shortIds.set(document.id, shortId);
    this.documentCount += 1;
    if (this.fieldLengths.length < (shortId + 1) * 4) {
      const grown = new Uint16Array(Math.ceil(this.fieldLengths.length * 1.5) + 4);
      grown.set(this.fieldLengths);
      this.fieldLengths = grown;
    }
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId += 1) {
      // The field's length is its distinct terms: those met for the first time in it.
      let length = 0;
      for (const term of fields[SEARCH_FIELDS[fieldId]!]) if (this.addTerm(term, shortId, fieldId)) length += 1;
      this.fieldLengths[shortId * 4 + fieldId] = length;
      const count = this.documentCount - 1;
      this.averageFieldLength[fieldId] = (this.averageFieldLength[fieldId]! * count + length) / (count + 1);
    }
  }

  /** Removes a fact; `fields` must be the terms it was added with. */
  remove(id: string, fields: FieldTerms): void {
    const shortId = this.shortIds.get(id);
    if (shortId === undefined) return;
    this.frequencies.clear();
    this.shortIds.delete(id);
    this.documents[shortId] = undefined;
    SEARCH_FIELDS.forEach((_, fieldId) => {
      const length = this.fieldLengths[shortId * 4 + fieldId]!;
      const count = this.documentCount;
      this.averageFieldLength[fieldId] = count === 1 ? 0 : (this.averageFieldLength[fieldId]! * count - length) / (count - 1);
    });
    this.documentCount -= 1;
    for (const term of new Set(SEARCH_FIELDS.flatMap((field) => fields[field]))) this.removeTerm(term, shortId);
  }

  /** Drops the spare room left for growth, and sorts the terms for prefix search, once a big build is done. */
  compact(): void {
    this.postings.compact();
    this.terms.settle();
    this.fieldLengths = this.fieldLengths.slice(0, this.documents.length * 4);
  }

  /**
   * Numbers the documents anew without the holes removed ones left, in the same order (so ties
   * still fall the same way), when the short ids would no longer fit in a posting: after millions
   * of edits without a rebuild.
   */
  private closeGaps(): void {
    const renumbered = new Int32Array(this.documents.length);
    const documents: Array<T | undefined> = [];
    const fieldLengths = new Uint16Array(Math.max(64, this.documentCount * 4 + 4));
    this.documents.forEach((document, shortId) => {
      if (document === undefined) return;
      renumbered[shortId] = documents.length;
      fieldLengths.set(this.fieldLengths.subarray(shortId * 4, shortId * 4 + 4), documents.length * 4);
      documents.push(document);
    });
    this.postings.renumber((shortId) => renumbered[shortId]!);
    this.documents = documents;
    this.fieldLengths = fieldLengths;
    this.shortIds = new Map(documents.map((document, shortId) => [document!.id, shortId]));
  }

  /**
   * The facts holding any of the terms, best BM25 score first (at most `limit`): each term's score
   * per field times the field's boost and the term's, summed, times the number of terms the fact
   * holds. A term for which `prefix` is true also finds the longer terms it begins.
   */
  search(terms: readonly string[], fieldBoost: Readonly<Record<SearchField, number>>, termBoost: (term: string) => number, prefix: (term: string) => boolean = () => false, limit = Infinity): Array<SearchHit<T>> {
    const board = this.board;
    board.start(this.documents.length);
    try {
      const searched = new Set<string>();
      for (const term of terms) {
        board.startTerm(!searched.has(term));
        searched.add(term);
        const boost = termBoost(term);
        this.termResults(term, 1, boost, fieldBoost);
        if (prefix(term)) {
          for (const longer of this.completions(term)) {
            const distance = longer.length - term.length;
            this.termResults(longer, (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance), boost, fieldBoost);
          }
        }
        board.endTerm();
      }
    } catch (error) {
      board.clear();
      throw error;
    }
    return board.best(limit).map(({ shortId, score }) => ({ document: this.documents[shortId]!, score }));
  }

  /**
   * The longer terms a prefix begins, in sorted order. When they hold more than
   * MAX_PREFIX_POSTINGS postings together (a letter or two typed into a big base: "a" begins
   * thousands of terms), only the closest completions (fewest letters added) that fit within it.
   */
  private completions(prefix: string): string[] {
    const found: Array<{ term: string; size: number; at: number }> = [];
    let total = 0;
    for (const longer of this.terms.longerThan(prefix)) {
      const size = this.postings.size(this.terms.get(longer)!);
      found.push({ term: longer, size, at: found.length });
      total += size;
    }
    if (total <= MAX_PREFIX_POSTINGS) return found.map(({ term }) => term);
    const kept: typeof found = [];
    let budget = MAX_PREFIX_POSTINGS;
    for (const completion of [...found].sort((a, b) => a.term.length - b.term.length || a.at - b.at)) {
      if (completion.size > budget) continue;
      kept.push(completion);
      budget -= completion.size;
    }
    return kept.sort((a, b) => a.at - b.at).map(({ term }) => term);
  }

  private termResults(term: string, termWeight: number, termBoost: number, fieldBoost: Readonly<Record<SearchField, number>>): void {
    const id = this.terms.get(term);
    if (id === undefined) return;
    const pool = this.postings;
    const size = pool.size(id);
    const board = this.board;
    const weights: number[] = [];
    const idfs: number[] = [];
    for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId += 1) {
      weights.push(termWeight * termBoost * fieldBoost[SEARCH_FIELDS[fieldId]!]);
      idfs.push(idf(pool.fieldCount(id, fieldId), this.documentCount));
    }
    const averages = this.averageFieldLength;
    const lengths = this.fieldLengths;
    const { data, start } = pool.run(id);
    for (let at = start; at < start + size; at += 1) {
      const posting = data[at]!;
      const shortId = shortIdOf(posting);
      for (let fieldId = 0; fieldId < FIELD_COUNT; fieldId += 1) {
        const termFrequency = countOf(posting, fieldId);
        if (termFrequency === 0) continue;
        board.add(shortId, weights[fieldId]! * bm25(idfs[fieldId]!, termFrequency, lengths[shortId * 4 + fieldId]!, averages[fieldId]!), fieldId);
      }
    }
    board.flushFields();
  }

  /** Counts the term in a field of the fact being added; true when the field did not hold it yet. */
  private addTerm(term: string, shortId: number, fieldId: number): boolean {
    let id = this.terms.get(term);
    if (id === undefined) {
      id = this.postings.newTerm();
      this.terms.set(term, id);
    }
    return this.postings.addOccurrence(id, shortId, fieldId);
  }

  private removeTerm(term: string, shortId: number): void {
    const id = this.terms.get(term);
    if (id === undefined) return;
    this.postings.removeFact(id, shortId);
    if (this.postings.size(id) === 0) {
      this.postings.dropTerm(id);
      this.terms.delete(term);
    }
  }
}

const idf = (matching: number, total: number) => Math.log(1 + (total - matching + 0.5) / (matching + 0.5));

function bm25(inverseDocumentFrequency: number, termFrequency: number, fieldLength: number, averageFieldLength: number): number {
  const { k, b, d } = BM25;
  return inverseDocumentFrequency * (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * fieldLength) / averageFieldLength)));
}
