import { describe, expect, it } from 'vitest';
import { FactSchema, SOURCE_TITLE, type Fact } from '../../src/facts/fact';
import { FactIndex, initialisms } from '../../src/matching/fact-index';
import { cachedWords, fieldTerms, termOf } from '../../src/matching/normalize';
import { SAMPLE_FACTS } from './sample-facts';

const query = (text: string) => fieldTerms(text).map((term) => ({ term, weight: 1 }));
const retrievedIds = (index: FactIndex, text: string) => index.retrieve(query(text), 10).map((result) => result.entry.fact.id);

function fact(id: string, title: string, answer: string): Fact {
  return FactSchema.parse({ id, title, answer, topic: 'test', source: { title: SOURCE_TITLE, quotes: ['A quote.'] }, as_of: '2023-07-31' });
}

describe('initialisms of the names a text spells out', () => {
  it('are the lower-case capitals of each run of capitalised words', () => {
    expect(initialisms('Soldiers join Operation Inherent Resolve; Kataib Hezbollah objects.')).toEqual(['oir', 'kh']);
  });

  it('read a name joined by "al-" as a run, even when no capital follows a space', () => {
    expect(initialisms('Asaib al-Haq')).toEqual(['ah']);
    expect(initialisms('a text all in lower case, then Erbil')).toEqual([]);
  });

  it('skip a single capitalised word', () => {
    expect(initialisms('Erbil is in Iraq.')).toEqual([]);
  });

  it('make a fact retrievable by its initialism', () => {
    const index = new FactIndex([fact('oir-mission', 'The Dutch role in Operation Inherent Resolve', 'They train Kurdish fighters.'), ...SAMPLE_FACTS]);
    expect(retrievedIds(index, 'oir')).toEqual(['oir-mission']);
  });
});

describe('the fact index', () => {
  it('retrieves the facts that share a term with the question, best first', () => {
    const index = new FactIndex(SAMPLE_FACTS);
    const results = index.retrieve(query('Who kidnapped Tsurkov?'), 10);
    expect(results[0]?.entry.fact.id).toBe('tsurkov-kidnapping');
    expect(results.map((result) => result.score)).toEqual([...results.map((result) => result.score)].sort((a, b) => b - a));
    expect(index.retrieve(query('Who kidnapped Tsurkov?'), 1)).toHaveLength(1);
  });

  it('forgets a removed fact: it is no longer retrieved and its own terms are no longer known', () => {
    const index = new FactIndex(SAMPLE_FACTS);
    expect(retrievedIds(index, 'Federal Reserve')).toContain('dollar-reserves-fed');
    index.remove('dollar-reserves-fed');
    expect(index.size).toBe(SAMPLE_FACTS.length - 1);
    expect(index.get('dollar-reserves-fed')).toBeUndefined();
    expect(retrievedIds(index, 'Federal Reserve')).not.toContain('dollar-reserves-fed');
    expect(index.knows(termOf('federal'))).toBe(false);
    expect(index.spelling.has('federal')).toBe(false);
  });

  it('raises the rarity (idf) of a term when a fact holding it is removed, and lowers it when one is added', () => {
    const index = new FactIndex(SAMPLE_FACTS);
    const militia = termOf('militias');
    const before = index.idf(militia);
    index.add(fact('more-militias', 'Militias in Iraq', 'Militias oppose the foreign troops.'));
    expect(index.idf(militia)).toBeLessThan(before);
    index.remove('more-militias');
    expect(index.idf(militia)).toBeCloseTo(before, 10);
  });

  it('lets go of the words a build cached once it is done, and finds the same facts as an index built without that cache', async () => {
    const words = Array.from({ length: 3_000 }, (_, at) => `zorb${at.toString(36)}quel`);
    const many = Array.from({ length: 60 }, (_, at) => fact(`many-${at}`, `About ${words[at * 50]} and more`, words.slice(at * 50, at * 50 + 50).join(' ') + '.'));
    const built = await FactIndex.build(many, ['en'] as const);
    expect(cachedWords('en')).toBeLessThanOrEqual(2_000);
    const again = new FactIndex(many, 'en');
    for (const probe of [words[7]!, words[1_234]!, `${words[2_999]!} ${words[50]!}`]) {
      expect(built.en.retrieve(query(probe), 5)).toEqual(again.retrieve(query(probe), 5));
    }
  });

  it('replaces a fact added again with the same id: the new text is found, the old is not', () => {
    const index = new FactIndex(SAMPLE_FACTS);
    index.add(fact('tsurkov-who', 'A Turkish journalist', 'The piece quotes a journalist from Ankara.'));
    expect(index.size).toBe(SAMPLE_FACTS.length);
    expect(retrievedIds(index, 'journalist Ankara')).toEqual(['tsurkov-who']);
    expect(retrievedIds(index, 'Elizabeth')).not.toContain('tsurkov-who');
    expect(index.knows(termOf('elizabeth'))).toBe(false);
  });

  it('sorts its terms and spellings once when a build is done, not per fact, and not at all for an edit', async () => {
    const { en } = await FactIndex.build(SAMPLE_FACTS, ['en']);
    const sorts = () => [(en as unknown as { search: { terms: { sorts: number } } }).search.terms.sorts, en.spelling.sorts];
    expect(sorts()).toEqual([1, 1]);
    en.add(fact('new-fact', 'Zeppelins over Erbil', 'Nobody flies zeppelins there.'));
    expect(en.spelling.correct('zepelins')).toBe('zeppelins');
    expect(sorts()).toEqual([1, 1]);
  });

  it('retrieves nothing from an empty index or an empty query', () => {
    expect(new FactIndex().retrieve(query('militias'), 5)).toEqual([]);
    expect(new FactIndex(SAMPLE_FACTS).retrieve([], 5)).toEqual([]);
  });
});
