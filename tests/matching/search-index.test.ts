import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { countOf, PostingPool, shortIdOf } from '../../src/matching/postings';
import { MAX_PREFIX_POSTINGS, SEARCH_FIELDS, SearchIndex, type FieldTerms } from '../../src/matching/search-index';
import { seededRandom } from '../../bench/synthetic-facts';

const BOOST = { title: 2, questions: 2, keywords: 1.5, answer: 1 };
const WORDS = ['troop', 'iraq', 'dutch', 'militia', 'erbil', 'nato', 'mission', 'train', 'base', 'attack', 'drone', 'kurd', 'baghdad', 'advis', 'compani'];

/** Random documents over a small vocabulary, so that many terms are held by many documents (long, typed posting lists). */
function documents(count: number, seed: number): Array<{ id: string; fields: FieldTerms }> {
  const random = seededRandom(seed);
  const pick = (length: number) => Array.from({ length }, () => WORDS[Math.floor(random() ** 1.5 * WORDS.length)]!);
  const distinct = (terms: string[]) => [...new Set(terms)];
  return Array.from({ length: count }, (_, at) => ({
    id: `doc-${at}`,
    fields: {
      title: distinct(pick(1 + Math.floor(random() * 4))),
      questions: Array.from({ length: 1 + Math.floor(random() * 5) }, () => distinct(pick(3))).flat(),
      keywords: distinct(pick(Math.floor(random() * 3))),
      answer: distinct(pick(2 + Math.floor(random() * 10))),
    },
  }));
}

function miniSearchOf() {
  return new MiniSearch<Record<string, string>>({
    fields: [...SEARCH_FIELDS],
    tokenize: (text) => text.split(' ').filter(Boolean),
    processTerm: (term) => term,
    searchOptions: { boost: BOOST },
    autoVacuum: false,
  });
}

const asDocument = ({ id, fields }: { id: string; fields: FieldTerms }) => ({ id, ...Object.fromEntries(SEARCH_FIELDS.map((field) => [field, fields[field].join(' ')])) });

describe('the search index', () => {
  it('scores and orders exactly as MiniSearch for plain queries, and scores as it does for prefix queries, after a build and after removals and additions', () => {
    const all = documents(400, 7);
    const ours = new SearchIndex<{ id: string }>();
    const theirs = miniSearchOf();
    for (const document of all.slice(0, 300)) {
      ours.add({ id: document.id }, document.fields);
      theirs.add(asDocument(document));
    }
    ours.compact();
    for (const document of all.slice(0, 120).filter((_, at) => at % 3 === 0)) {
      ours.remove(document.id, document.fields);
      theirs.remove(asDocument(document));
    }
    for (const document of all.slice(300)) {
      ours.add({ id: document.id }, document.fields);
      theirs.add(asDocument(document));
    }

    const weights = new Map([['iraq', 0.35], ['drone', 1]]);
    for (const query of [['iraq', 'drone'], ['nato', 'mission', 'train'], ['kurd'], ['unknown', 'base']]) {
      const expected = theirs.search(query.join(' '), { boostTerm: (term) => weights.get(term) ?? 1 }).map(({ id, score }) => ({ id, score }));
      const found = ours.search(query, BOOST, (term) => weights.get(term) ?? 1).map(({ document, score }) => ({ id: document.id, score }));
      expect(found).toEqual(expected);
    }
    // A prefix's completions are added up in sorted order, MiniSearch's in its radix tree's: the same scores but for the last bits.
    for (const [finished, prefix] of [[['iraq'], 'dr'], [[], 'ba'], [['dutch'], 'm']] as const) {
      const expected = theirs.search([...finished, prefix].join(' '), { prefix: (term) => term === prefix });
      const found = ours.search([...finished, prefix], BOOST, () => 1, (term) => term === prefix);
      const scores = new Map(found.map(({ document, score }) => [document.id, score]));
      expect(found).toHaveLength(expected.length);
      for (const { id, score } of expected) expect(scores.get(id)).toBeCloseTo(score, 9);
      found.slice(1).forEach(({ score }, at) => expect(score).toBeLessThanOrEqual(found[at]!.score));
    }
    expect(ours.size).toBe(theirs.documentCount);
    expect(ours.documentFrequency('iraq')).toBe(ours.search(['iraq'], BOOST, () => 1).length);
  });

  it('returns the same best facts as MiniSearch when asked for a few, ties in the same order, and counts a repeated query term once', () => {
    const all = documents(500, 11);
    const ours = new SearchIndex<{ id: string }>();
    const theirs = miniSearchOf();
    for (const document of all) {
      ours.add({ id: document.id }, document.fields);
      theirs.add(asDocument(document));
    }
    ours.compact();
    const scored = (hits: Array<{ document: { id: string }; score: number }>) => hits.map(({ document, score }) => ({ id: document.id, score }));
    for (const query of [['iraq', 'drone', 'iraq'], ['base'], ['nato', 'kurd', 'erbil', 'baghdad']]) {
      const expected = theirs.search(query.join(' ')).map(({ id, score }) => ({ id, score }));
      expect(new Set(expected.map(({ score }) => score)).size).toBeLessThan(expected.length);
      for (const limit of [1, 6, 25, 10_000]) expect(scored(ours.search(query, BOOST, () => 1, () => false, limit))).toEqual(expected.slice(0, limit));
    }
    const all6 = scored(ours.search(['dutch', 'm'], BOOST, () => 1, (term) => term === 'm')).slice(0, 6);
    expect(scored(ours.search(['dutch', 'm'], BOOST, () => 1, (term) => term === 'm', 6))).toEqual(all6);
  });

  it('scores only the closest completions of a prefix that begins more postings than the cap, and all of them below it', () => {
    const index = new SearchIndex<{ id: string }>();
    const perTerm = 100;
    const longTerms = Array.from({ length: Math.ceil(MAX_PREFIX_POSTINGS / perTerm) + 10 }, (_, at) => `alongword${at}`);
    longTerms.forEach((term, at) => {
      for (let copy = 0; copy < perTerm; copy += 1) index.add({ id: `${at}-${copy}` }, { title: [], questions: [], keywords: [], answer: [term] });
    });
    index.add({ id: 'close' }, { title: [], questions: [], keywords: [], answer: ['ab'] });
    const found = index.search(['a'], BOOST, () => 1, () => true);
    expect(found.map(({ document }) => document.id)).toContain('close');
    expect(found.length).toBeLessThanOrEqual(MAX_PREFIX_POSTINGS);
    expect(found.length).toBeGreaterThan(MAX_PREFIX_POSTINGS - perTerm);
    // Below the cap nothing is left out: alongword1 itself, 10 to 19 and 100 to 199.
    expect(index.search(['alongword1'], BOOST, () => 1, () => true)).toHaveLength(111 * perTerm);
  });

  it('finds every term by binary search once a build settled, after additions and removals too, and keeps no Map of them', () => {
    const index = new SearchIndex<{ id: string }>();
    const all = documents(300, 11);
    for (const { id, fields } of all) index.add({ id }, fields);
    const before = WORDS.map((term) => index.documentFrequency(term));
    index.compact();
    expect(WORDS.map((term) => index.documentFrequency(term))).toEqual(before);
    expect((index as unknown as { terms: { building: unknown } }).terms.building).toBeUndefined();
    index.add({ id: 'new' }, { title: ['zeppelin'], questions: [], keywords: [], answer: ['aardvark', 'troop'] });
    expect([index.documentFrequency('zeppelin'), index.documentFrequency('aardvark'), index.documentFrequency('troop')]).toEqual([1, 1, before[0]! + 1]);
    index.remove('new', { title: ['zeppelin'], questions: [], keywords: [], answer: ['aardvark', 'troop'] });
    expect([index.documentFrequency('zeppelin'), index.documentFrequency('aardvark'), index.documentFrequency('troop')]).toEqual([0, 0, before[0]]);
    expect(WORDS.map((term) => index.documentFrequency(term))).toEqual(before);
  });

  it('sorts the terms for prefix search once after a build, and puts later additions and removals in place without sorting', () => {
    const index = new SearchIndex<{ id: string }>();
    const sorted = (index as unknown as { terms: { sorts: number } }).terms;
    for (let at = 0; at < 500; at += 1) index.add({ id: `doc-${at}` }, { title: [], questions: [], keywords: [], answer: [`mission${at}`] });
    index.compact();
    expect(sorted.sorts).toBe(1);
    const ids = (prefix: string) => index.search([prefix], BOOST, () => 1, () => true).map(({ document }) => document.id).sort();
    expect(ids('mission49')).toEqual(['doc-49', 'doc-490', 'doc-491', 'doc-492', 'doc-493', 'doc-494', 'doc-495', 'doc-496', 'doc-497', 'doc-498', 'doc-499']);
    expect(ids('mission1')).toHaveLength(111);
    index.remove('doc-491', { title: [], questions: [], keywords: [], answer: ['mission491'] });
    index.add({ id: 'doc-new' }, { title: [], questions: [], keywords: [], answer: ['mission4999'] });
    expect(ids('mission49')).toEqual(['doc-49', 'doc-490', 'doc-492', 'doc-493', 'doc-494', 'doc-495', 'doc-496', 'doc-497', 'doc-498', 'doc-499', 'doc-new']);
    index.remove('doc-492', { title: [], questions: [], keywords: [], answer: ['mission492'] });
    index.add({ id: 'doc-492' }, { title: [], questions: [], keywords: [], answer: ['mission492'] });
    expect(ids('mission492')).toEqual(['doc-492']);
    expect(ids('mission49')).toHaveLength(11);
    expect(sorted.sorts).toBe(1);
  });

  it('finds by prefix the terms of an index searched before its build settled, a removed term left out', () => {
    const index = new SearchIndex<{ id: string }>();
    index.add({ id: 'a' }, { title: [], questions: [], keywords: [], answer: ['mission'] });
    index.add({ id: 'b' }, { title: [], questions: [], keywords: [], answer: ['missile'] });
    index.remove('b', { title: [], questions: [], keywords: [], answer: ['missile'] });
    index.add({ id: 'c' }, { title: [], questions: [], keywords: [], answer: ['mission'] });
    expect(index.search(['miss'], BOOST, () => 1, () => true).map(({ document }) => document.id).sort()).toEqual(['a', 'c']);
  });

  it('starts afresh after a search that failed half-way', () => {
    const index = new SearchIndex<{ id: string }>();
    index.add({ id: 'a' }, { title: ['iraq'], questions: [], keywords: [], answer: ['base'] });
    index.add({ id: 'b' }, { title: [], questions: [], keywords: [], answer: ['base'] });
    const before = index.search(['iraq', 'base'], BOOST, () => 1);
    expect(() =>
      index.search(['iraq', 'base'], BOOST, (term) => {
        if (term === 'base') throw new Error('boost failed');
        return 1;
      }),
    ).toThrow('boost failed');
    expect(index.search(['iraq', 'base'], BOOST, () => 1)).toEqual(before);
  });

  it('forgets a term no document holds any more', () => {
    const index = new SearchIndex<{ id: string }>();
    index.add({ id: 'a' }, { title: ['zeppelin'], questions: [], keywords: [], answer: ['iraq'] });
    index.add({ id: 'b' }, { title: [], questions: [], keywords: [], answer: ['iraq'] });
    index.remove('a', { title: ['zeppelin'], questions: [], keywords: [], answer: ['iraq'] });
    expect(index.documentFrequency('zeppelin')).toBe(0);
    expect(index.search(['zeppelin'], BOOST, () => 1, () => true)).toEqual([]);
    expect(index.search(['zep'], BOOST, () => 1, () => true)).toEqual([]);
    expect(index.documentFrequency('iraq')).toBe(1);
    expect(index.get('a')).toBeUndefined();
  });

  it('closes the gaps replaced documents left when its short ids run out, and then scores as an index built afresh', () => {
    const all = documents(60, 11);
    const edited = new SearchIndex<{ id: string }>(50);
    for (const document of all.slice(0, 40)) edited.add({ id: document.id }, document.fields);
    edited.compact();
    const random = seededRandom(5);
    const current = new Map(all.slice(0, 40).map((document) => [document.id, document]));
    // Far more edits than short ids: each replaces a document with another's text (or adds one).
    for (let edit = 0; edit < 500; edit += 1) {
      const id = `doc-${Math.floor(random() * 45)}`;
      const text = all[Math.floor(random() * all.length)]!;
      const old = current.get(id);
      if (old) edited.remove(id, old.fields);
      edited.add({ id }, text.fields);
      current.set(id, { id, fields: text.fields });
    }
    const fresh = new SearchIndex<{ id: string }>();
    for (const { id } of edited.inOrder()) fresh.add({ id }, current.get(id)!.fields);
    // The running average field lengths of many edits differ from a build's in the last bits.
    const hits = (index: SearchIndex<{ id: string }>, query: string[], prefix = false) =>
      index.search(query, BOOST, () => 1, () => prefix).map(({ document, score }) => ({ id: document.id, score: score.toFixed(9) }));
    for (const query of [['iraq', 'drone'], ['nato', 'mission', 'train'], ['kurd'], ['base']]) expect(hits(edited, query)).toEqual(hits(fresh, query));
    expect(hits(edited, ['mi'], true)).toEqual(hits(fresh, ['mi'], true));
    expect(edited.size).toBe(current.size);
    // The gaps were closed (several times): short ids never went past the limit.
    expect((edited as unknown as { documents: unknown[] }).documents.length).toBeLessThanOrEqual(51);
  });
});

describe('the posting pool', () => {
  it('keeps every term\'s postings through many moves and removals, and reclaims the room moved runs leave', () => {
    const pool = new PostingPool();
    const expected = new Map<number, Map<number, number>>();
    const terms = Array.from({ length: 30 }, () => pool.newTerm());
    for (const term of terms) expected.set(term, new Map());
    const random = seededRandom(9);
    for (let shortId = 0; shortId < 3000; shortId += 1) {
      for (const term of terms) {
        if (random() < 0.3) {
          const field = Math.floor(random() * 4);
          pool.addOccurrence(term, shortId, field);
          const counts = expected.get(term)!;
          counts.set(shortId, (counts.get(shortId) ?? 0) | (1 << field));
        }
        // Drop an older posting now and then, so that runs shrink as well as grow.
        const counts = expected.get(term)!;
        if (random() < 0.2 && counts.size > 0) {
          const dropped = [...counts.keys()][Math.floor(random() * counts.size)]!;
          pool.removeFact(term, dropped);
          counts.delete(dropped);
        }
      }
    }
    let live = 0;
    for (const term of terms) {
      const counts = expected.get(term)!;
      live += counts.size;
      const { data, start } = pool.run(term);
      const found = Array.from({ length: pool.size(term) }, (_, at) => data[start + at]!);
      expect(found.map(shortIdOf)).toEqual([...counts.keys()]);
      expect(found.map((posting) => [0, 1, 2, 3].filter((field) => countOf(posting, field) > 0).reduce((bits, field) => bits | (1 << field), 0))).toEqual([...counts.values()]);
      for (let field = 0; field < 4; field += 1) expect(pool.fieldCount(term, field)).toBe([...counts.values()].filter((bits) => bits & (1 << field)).length);
    }
    // About 27,000 postings were added; without reclaiming, the arrays would hold them all and the room they moved through.
    const arrays = pool as unknown as { data: Uint32Array; overflow: Uint32Array };
    expect(arrays.data.length + arrays.overflow.length).toBeLessThan(6 * live + 1024);
  });

  it('takes an edit after a build without copying the runs it does not change', () => {
    const pool = new PostingPool();
    const terms = Array.from({ length: 200 }, () => pool.newTerm());
    for (let shortId = 0; shortId < 2000; shortId += 1) for (const term of terms) if ((shortId + term) % 3 === 0) pool.addOccurrence(term, shortId, 3);
    pool.compact();
    const untouched = pool.run(terms[0]!);
    // Every run is full after a build: the edit moves the runs it adds to, and only those.
    pool.addOccurrence(terms[1]!, 2000, 3);
    pool.addOccurrence(terms[2]!, 2000, 3);
    expect(pool.run(terms[0]!)).toEqual(untouched);
    expect(pool.run(terms[0]!).data).toBe(untouched.data);
    for (const term of [terms[1]!, terms[2]!]) {
      const { data, start } = pool.run(term);
      expect(shortIdOf(data[start + pool.size(term) - 1]!)).toBe(2000);
      expect(pool.size(term)).toBe(Math.ceil((2000 - (term % 3 === 0 ? 0 : 3 - (term % 3))) / 3) + 1);
    }
  });

  it('counts the facts holding a term in a field beyond 16 bits, during a build and after it', () => {
    for (const compactFirst of [false, true]) {
      const pool = new PostingPool();
      const term = pool.newTerm();
      const other = pool.newTerm();
      pool.addOccurrence(other, 0, 0);
      if (compactFirst) pool.compact();
      for (let shortId = 1; shortId <= 70_000; shortId += 1) pool.addOccurrence(term, shortId, 3);
      expect(pool.fieldCount(term, 3)).toBe(70_000);
      expect(pool.fieldCount(other, 0)).toBe(1);
      pool.removeFact(term, 5);
      expect(pool.fieldCount(term, 3)).toBe(69_999);
    }
  });
});
