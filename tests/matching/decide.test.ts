import { describe, expect, it } from 'vitest';
import { SOURCE_TITLE, type Fact } from '../../src/facts/fact';
import type { DecisionModel } from '../../src/matching/decision';
import { decide, type ScoredCandidate } from '../../src/matching/fact-matcher';
import { FEATURE_NAMES, type Features } from '../../src/matching/features';

/** A model made for these tests, so they test the rule and not the fitted numbers. */
const MODEL: DecisionModel = {
  features: FEATURE_NAMES,
  weights: FEATURE_NAMES.map(() => 0),
  bias: 0,
  answerAt: 0.9,
  offerAt: 0.3,
  closeGap: 0.05,
};

function scored(id: string, probability: number, coverage = 0): ScoredCandidate {
  const features = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as Features;
  features.coverage = coverage;
  const fact: Fact = { id, title: id, answer: id, questions: [], keywords: [], topic: 'test', tags: [], source: { title: SOURCE_TITLE, quotes: ['q'] }, as_of: '2023-07-31' };
  return { fact, features, probability };
}

const ids = (result: ReturnType<typeof decide>) => result.candidates.map((candidate) => candidate.fact.id);

describe('deciding from the candidates\' probabilities', () => {
  it('answers with the best candidate when it reaches answerAt and no other is close', () => {
    const result = decide([scored('best', 0.95), scored('other', 0.85)], MODEL);
    expect(result.status).toBe('answered');
    expect(ids(result)).toEqual(['best']);
    expect(result.candidates[0]!.score).toBe(0.95);
  });

  it('answers exactly at answerAt', () => {
    expect(decide([scored('best', 0.9)], MODEL).status).toBe('answered');
  });

  it('offers a choice when another candidate is within closeGap, even above answerAt', () => {
    const result = decide([scored('a', 0.95), scored('b', 0.92), scored('c', 0.5)], MODEL);
    expect(result.status).toBe('ambiguous');
    expect(ids(result)).toEqual(['a', 'b']);
  });

  it('offers at most three close contenders, best first', () => {
    const result = decide([scored('a', 0.6), scored('b', 0.59), scored('c', 0.58), scored('d', 0.57)], MODEL);
    expect(result.status).toBe('ambiguous');
    expect(ids(result)).toEqual(['a', 'b', 'c']);
  });

  it('does not count a candidate below offerAt as a close contender', () => {
    const result = decide([scored('a', 0.32, 1), scored('b', 0.29, 1)], MODEL);
    expect(result.status).toBe('no_match');
  });

  it('declines a lone candidate between offerAt and answerAt, offering the related facts', () => {
    const result = decide([scored('a', 0.6, 0.8), scored('b', 0.1, 0.5)], MODEL);
    expect(result.status).toBe('no_match');
    expect(ids(result)).toEqual(['a', 'b']);
  });

  it('declines below offerAt, relating only facts that hold at least 0.34 of what was asked, at most three', () => {
    const result = decide([scored('a', 0.2, 0.9), scored('b', 0.15, 0.33), scored('c', 0.1, 0.34), scored('d', 0.1, 0.5), scored('e', 0.05, 0.6)], MODEL);
    expect(result.status).toBe('no_match');
    expect(ids(result)).toEqual(['a', 'c', 'd']);
  });

  it('declines with nothing related when there are no candidates', () => {
    expect(decide([], MODEL)).toEqual({ status: 'no_match', candidates: [] });
  });

  it('follows the model it is given', () => {
    const strict = { ...MODEL, answerAt: 0.99 };
    expect(decide([scored('a', 0.95)], MODEL).status).toBe('answered');
    expect(decide([scored('a', 0.95)], strict).status).toBe('no_match');
  });

  it('rounds the reported scores to three decimals', () => {
    expect(decide([scored('a', 0.954321)], MODEL).candidates[0]!.score).toBe(0.954);
  });
});
