import { describe, expect, it } from 'vitest';
import { createCandidateIndex } from '../../src/matching/candidate-index';
import { CONFIDENCE_WEIGHTS, fitOf } from '../../src/matching/confidence';
import { createFactMatcher } from '../../src/matching/fact-matcher';
import { normalizeQuery, stem } from '../../src/matching/normalize';
import type { MatchResult } from '../../src/matching/types';
import { SAMPLE_FACTS } from './sample-facts';

const matcher = createFactMatcher(SAMPLE_FACTS);
const index = createCandidateIndex(SAMPLE_FACTS);
const answeredId = (result: MatchResult) => (result.status === 'answered' ? result.candidates[0]?.fact.id : `(${result.status})`);
const readingsOf = (question: string) => {
  const normalized = normalizeQuery(question);
  return index.resolve(normalized.tokens, normalized.names, normalized.askedWord);
};

describe('the word a question asks about', () => {
  it('is the word right after "who", "how" or "how many"', () => {
    expect(normalizeQuery('who ordered the drone strike').askedWord).toBe(stem('ordered'));
    expect(normalizeQuery('how old is he').askedWord).toBe('old');
    expect(normalizeQuery('how many soldiers are going').askedWord).toBe(stem('soldier'));
  });

  it('is not taken after "what" or "which", whose next word only names the kind of answer ("name", "share")', () => {
    expect(normalizeQuery('what is the name of the base').askedWord).toBeUndefined();
    expect(normalizeQuery('which share of iraq').askedWord).toBeUndefined();
  });

  it('is not taken when the question word already says what is asked ("how come")', () => {
    expect(normalizeQuery('how come they leave').askedWord).toBeUndefined();
  });

  it('is not taken when "how" or "who" is followed by an auxiliary ("how did ...", "who is ...")', () => {
    expect(normalizeQuery('how did the government tell parliament').askedWord).toBeUndefined();
    expect(normalizeQuery('who is the researcher').askedWord).toBeUndefined();
  });

  it('does not mark an everyday word as asked ("who is the current ...")', () => {
    expect(readingsOf('who is the current leader').find((token) => token.asked)).toBeUndefined();
  });

  it('lowers the fit by a factor when the fact lacks the asked word', () => {
    const fit = { coverage: 0.8, focus: 0.6, specificity: 1, foreignSubjects: 0 };
    expect(fitOf({ ...fit, missesAskedWord: true })).toBeCloseTo(fitOf(fit) * CONFIDENCE_WEIGHTS.missingAskedWord);
  });

  it('declines a question about a person that asks for something no fact says ("how old"), but answers who she is', () => {
    expect(answeredId(matcher.match('how old is Elizabeth Tsurkov'))).not.toBe('tsurkov-who');
    expect(answeredId(matcher.match('who is Elizabeth Tsurkov'))).toBe('tsurkov-who');
  });

  it('does not answer "who <did something>" with a fact that names the people but not that action', () => {
    expect(answeredId(matcher.match('who paid the kidnappers of Tsurkov'))).not.toBe('tsurkov-kidnapping');
    expect(answeredId(matcher.match('who kidnapped Tsurkov'))).toBe('tsurkov-kidnapping');
  });
});

describe('correctly spelled words', () => {
  it('are read as themselves, not corrected into a different known word ("spend" is not "send")', () => {
    expect(readingsOf('spend')[0]?.tokens).toEqual([]);
  });

  it('still lets a real misspelling be corrected', () => {
    expect(readingsOf('soldeirs')[0]?.tokens).toEqual([stem('soldier')]);
  });

  it('cost confidence as words the fact does not hold', () => {
    const spending = matcher.match('how much does the Netherlands spend on the company').candidates[0]?.score ?? 0;
    const sending = matcher.match('how much does the Netherlands send in the company').candidates[0]?.score ?? 0;
    expect(spending).toBeLessThan(sending);
  });
});
