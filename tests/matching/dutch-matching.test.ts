import { describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { createFactMatcher, scoreCandidates } from '../../src/matching/fact-matcher';
import { readWords } from '../../src/matching/normalize';
import { KNOWLEDGE_DIR } from '../knowledge/article-sentences';
import { SAMPLE_FACTS } from './sample-facts';

const facts = loadKnowledgeDir(KNOWLEDGE_DIR).map(({ fact }) => fact);
const matcher = createFactMatcher(facts);

describe('matching Dutch questions against the Dutch text of the facts', () => {
  it('reads Dutch with a Dutch stemmer, Dutch stop words and Dutch chat spellings', () => {
    expect(readWords('wrm zijn de militairen daar', 'nl').map((word) => word.term).filter(Boolean)).toEqual(['soldaat']);
    expect(readWords('wrm', 'nl')[0]?.folded).toBe('waarom');
    expect(readWords('De soldaten en de troepen', 'nl').map((word) => word.term).filter(Boolean)).toEqual(['soldaat', 'soldaat']);
    // "IS" in capitals is the terror group, "is" the verb.
    expect(readWords('is IS nog actief', 'nl').map((word) => word.term).filter(Boolean)).toEqual(['isis', 'actief']);
  });

  it('answers Dutch questions, typos and chat-speak included, from the right fact', () => {
    const cases: Array<[string, string]> = [
      ['wie heeft tsurkov ontvoerd', 'tsurkov-kidnapping'],
      ['wrm zijn de milities onvoorspelbaar', 'main-reason-militias'],
      ['hoeveel nederlanders hebbe al in irak gedient', 'hundreds-served'],
      ['wat dreigde de commandant van kataib hezbollah', 'kataib-hezbollah-threat'],
    ];
    for (const [question, id] of cases) {
      const result = matcher.match(question, 'nl');
      expect({ question, status: result.status, id: result.candidates[0]?.fact.id }).toEqual({ question, status: 'answered', id });
    }
  });

  it('compares a question letter by letter with the facts whose phrasings share the most with it, not merely the best retrieved', () => {
    // All common words: the fact one of whose questions this is comes fifth in retrieval.
    const question = 'Hoeveel soldaten stuurt Nederland naar Irak?';
    const size = scoreCandidates(matcher.indexes.nl, question).find(({ fact }) => fact.id === 'company-size');
    expect(size?.features.phrasingOverlap).toBe(1);
    expect(size?.features.phrasingSimilarity).toBeGreaterThan(0.9);
  });

  it('declines unrelated Dutch questions, and offers related facts for a near miss', () => {
    expect(matcher.match('wie wint het wk voetbal dit jaar', 'nl').status).toBe('no_match');
    const nearMiss = matcher.match('hoeveel kost de missie in irak de belastingbetaler', 'nl');
    expect(nearMiss.status).not.toBe('answered');
  });

  it('finds a fact with no Dutch text yet by its English text and names', () => {
    expect(SAMPLE_FACTS.every((fact) => fact.nl === undefined)).toBe(true);
    const result = createFactMatcher(SAMPLE_FACTS).match('wie is Elizabeth Tsurkov', 'nl');
    expect(result.candidates.map(({ fact }) => fact.id)).toContain('tsurkov-who');
  });

  it('keeps English questions on the English index', () => {
    expect(matcher.match('Who kidnapped Elizabeth Tsurkov?').candidates[0]?.fact.id).toBe('tsurkov-kidnapping');
    expect(matcher.match('Who kidnapped Elizabeth Tsurkov?', 'en')).toEqual(matcher.match('Who kidnapped Elizabeth Tsurkov?'));
  });
});
