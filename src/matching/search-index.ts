import SearchableMap from 'minisearch/SearchableMap';

/** The fields a fact is searched by, in the order their scores are added up. */
export const SEARCH_FIELDS = ['title', 'questions', 'keywords', 'answer'] as const;
export type SearchField = (typeof SEARCH_FIELDS)[number];
/** A fact's terms per field, repeats kept (a term in two alternate questions counts twice). */
export type FieldTerms = Readonly<Record<SearchField, readonly string[]>>;

/** BM25+ with MiniSearch 7's parameters and its prefix weighting, so that scores stay the same to the last bit. */
const BM25 = Object.freeze({ k: 1.2, b: 0.7, d: 0.5 });
const PREFIX_WEIGHT = 0.375;

/**
 * Bits of a posting's 16-bit field counts: a fact's title and answer terms are distinct, its
 * keywords add at most an initialism, and it has at most 20 alternate questions.
 */
const COUNT_SHIFT = [0, 2, 11, 14] as const;
const COUNT_MAX = [3, 511, 7, 3] as const;

/** The facts holding one term, by ascending short id, with how often each field holds it: 6 bytes a fact. */
interface Postings {
  docs: Uint32Array;
  counts: Uint16Array;
  length: number;
  /** How many of the facts hold the term in each field (BM25's document frequency per field). */
  inField: number[];
}

export interface SearchHit {
  id: string;
  score: number;
}

interface Hit {
  score: number;
  terms: string[];
}

const countIn = (packed: number, field: number) => (packed >>> COUNT_SHIFT[field]!) & COUNT_MAX[field]!;

/** Room for one more posting: half as much again, so that a term's postings are copied O(log n) times as they grow. */
function withRoom(postings: Postings): void {
  if (postings.length < postings.docs.length) return;
  const size = Math.ceil(postings.length * 1.5) + 2;
  const docs = new Uint32Array(size);
  docs.set(postings.docs);
  const counts = new Uint16Array(size);
  counts.set(postings.counts);
  postings.docs = docs;
  postings.counts = counts;
}

/**
 * An inverted index that scores exactly as MiniSearch did (same formula, same order of
 * additions, same order of ties), in a fraction of its memory: a posting is a 32-bit fact
 * number and 16 bits of per-field counts in typed arrays, instead of an entry in a Map per term
 * and field. Removing a fact needs its terms again (the caller re-reads it), which keeps the
 * index from holding a second copy of every fact's terms.
 */
export class SearchIndex {
  private readonly postings = new Map<string, Postings>();
  /** The terms again as a radix tree, only for prefix search (autocomplete), built in the order MiniSearch built its own. */
  private readonly prefixes = new SearchableMap<true>();
  private readonly shortIds = new Map<string, number>();
  private readonly ids: Array<string | undefined> = [];
  private fieldLengths = new Uint16Array(64);
  private readonly averageFieldLength = [0, 0, 0, 0];
  private documentCount = 0;

  get size(): number {
    return this.documentCount;
  }

  has(id: string): boolean {
    return this.shortIds.has(id);
  }

  /** The ids in the order they were added (a replaced fact counts as added last). */
  *idsInOrder(): IterableIterator<string> {
    for (const id of this.ids) if (id !== undefined) yield id;
  }

  /** How many facts hold the term in any field. */
  documentFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  add(id: string, fields: FieldTerms): void {
    if (this.shortIds.has(id)) throw new Error(`already indexed: ${id}`);
    const shortId = this.ids.length;
    this.ids.push(id);
    this.shortIds.set(id, shortId);
    this.documentCount += 1;
    if (this.fieldLengths.length < (shortId + 1) * 4) {
      const grown = new Uint16Array(Math.ceil(this.fieldLengths.length * 1.5) + 4);
      grown.set(this.fieldLengths);
      this.fieldLengths = grown;
    }
    SEARCH_FIELDS.forEach((field, fieldId) => {
      const terms = fields[field];
      const length = new Set(terms).size;
      this.fieldLengths[shortId * 4 + fieldId] = length;
      const count = this.documentCount - 1;
      this.averageFieldLength[fieldId] = (this.averageFieldLength[fieldId]! * count + length) / (count + 1);
      for (const term of terms) this.addTerm(term, shortId, fieldId);
    });
  }

  /** Removes a fact; `fields` must be the terms it was added with. */
  remove(id: string, fields: FieldTerms): void {
    const shortId = this.shortIds.get(id);
    if (shortId === undefined) return;
    this.shortIds.delete(id);
    this.ids[shortId] = undefined;
    SEARCH_FIELDS.forEach((_, fieldId) => {
      const length = this.fieldLengths[shortId * 4 + fieldId]!;
      const count = this.documentCount;
      this.averageFieldLength[fieldId] = count === 1 ? 0 : (this.averageFieldLength[fieldId]! * count - length) / (count - 1);
    });
    this.documentCount -= 1;
    for (const term of new Set(SEARCH_FIELDS.flatMap((field) => fields[field]))) this.removeTerm(term, shortId);
  }

  /** Drops the spare room left for growth, once a big build is done. */
  compact(): void {
    for (const postings of this.postings.values()) {
      if (postings.docs.length === postings.length) continue;
      postings.docs = postings.docs.slice(0, postings.length);
      postings.counts = postings.counts.slice(0, postings.length);
    }
    this.fieldLengths = this.fieldLengths.slice(0, this.ids.length * 4);
  }

  /**
   * The facts holding any of the terms, best BM25 score first: each term's score per field times
   * the field's boost and the term's, summed, times the number of terms the fact holds. A term
   * for which `prefix` is true also finds the longer terms it begins.
   */
  search(terms: readonly string[], fieldBoost: Readonly<Record<SearchField, number>>, termBoost: (term: string) => number, prefix: (term: string) => boolean = () => false): SearchHit[] {
    let combined: Map<number, Hit> | undefined;
    for (const term of terms) {
      const results = new Map<number, Hit>();
      const boost = termBoost(term);
      this.termResults(term, term, 1, boost, fieldBoost, results);
      if (prefix(term)) {
        for (const [longer] of this.prefixes.atPrefix(term)) {
          const distance = longer.length - term.length;
          if (distance === 0) continue;
          this.termResults(term, longer, (PREFIX_WEIGHT * longer.length) / (longer.length + 0.3 * distance), boost, fieldBoost, results);
        }
      }
      combined = combined ? orCombine(combined, results) : results;
    }
    const hits: SearchHit[] = [];
    for (const [shortId, { score, terms: matched }] of combined ?? []) hits.push({ id: this.ids[shortId]!, score: score * (matched.length || 1) });
    return hits.sort((a, b) => b.score - a.score);
  }

  private termResults(sourceTerm: string, term: string, termWeight: number, termBoost: number, fieldBoost: Readonly<Record<SearchField, number>>, results: Map<number, Hit>): void {
    const postings = this.postings.get(term);
    if (!postings) return;
    SEARCH_FIELDS.forEach((field, fieldId) => {
      const matching = postings.inField[fieldId]!;
      if (matching === 0) return;
      const average = this.averageFieldLength[fieldId]!;
      const weight = termWeight * termBoost * fieldBoost[field];
      for (let at = 0; at < postings.length; at += 1) {
        const termFrequency = countIn(postings.counts[at]!, fieldId);
        if (termFrequency === 0) continue;
        const shortId = postings.docs[at]!;
        const score = weight * bm25(termFrequency, matching, this.documentCount, this.fieldLengths[shortId * 4 + fieldId]!, average);
        const known = results.get(shortId);
        if (!known) results.set(shortId, { score, terms: [sourceTerm] });
        else {
          known.score += score;
          if (!known.terms.includes(sourceTerm)) known.terms.push(sourceTerm);
        }
      }
    });
  }

  private addTerm(term: string, shortId: number, fieldId: number): void {
    let postings = this.postings.get(term);
    if (!postings) {
      postings = { docs: new Uint32Array(2), counts: new Uint16Array(2), length: 0, inField: [0, 0, 0, 0] };
      this.postings.set(term, postings);
      this.prefixes.set(term, true);
    }
    let at = postings.length - 1;
    if (at < 0 || postings.docs[at] !== shortId) {
      at = postings.length;
      withRoom(postings);
      postings.docs[at] = shortId;
      postings.counts[at] = 0;
      postings.length += 1;
    }
    const packed = postings.counts[at]!;
    const count = countIn(packed, fieldId);
    if (count === 0) postings.inField[fieldId]! += 1;
    if (count < COUNT_MAX[fieldId]!) postings.counts[at] = packed + (1 << COUNT_SHIFT[fieldId]!);
  }

  private removeTerm(term: string, shortId: number): void {
    const postings = this.postings.get(term);
    if (!postings) return;
    let low = 0;
    let high = postings.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (postings.docs[middle]! < shortId) low = middle + 1;
      else high = middle;
    }
    if (low >= postings.length || postings.docs[low] !== shortId) return;
    const packed = postings.counts[low]!;
    for (let fieldId = 0; fieldId < 4; fieldId += 1) if (countIn(packed, fieldId) > 0) postings.inField[fieldId]! -= 1;
    postings.docs.copyWithin(low, low + 1, postings.length);
    postings.counts.copyWithin(low, low + 1, postings.length);
    postings.length -= 1;
    if (postings.length === 0) {
      this.postings.delete(term);
      this.prefixes.delete(term);
    }
  }
}

function bm25(termFrequency: number, matching: number, total: number, fieldLength: number, averageFieldLength: number): number {
  const { k, b, d } = BM25;
  const inverseDocumentFrequency = Math.log(1 + (total - matching + 0.5) / (matching + 0.5));
  return inverseDocumentFrequency * (d + (termFrequency * (k + 1)) / (termFrequency + k * (1 - b + (b * fieldLength) / averageFieldLength)));
}

/** MiniSearch's OR: scores add up, a fact new to the second map keeps its place after the first's. */
function orCombine(into: Map<number, Hit>, from: Map<number, Hit>): Map<number, Hit> {
  for (const [shortId, hit] of from) {
    const known = into.get(shortId);
    if (!known) into.set(shortId, hit);
    else {
      known.score = known.score + hit.score;
      for (const term of hit.terms) if (!known.terms.includes(term)) known.terms.push(term);
    }
  }
  return into;
}
