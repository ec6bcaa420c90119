import { describe, expect, it } from 'vitest';
import { SOURCE_TITLE, type Fact } from '../../src/facts/fact';
import { CONFIDENCE_CATEGORIES, CONFIDENCE_INPUTS, type DecisionModel } from '../../src/matching/decision';
import { decide, type ScoredCandidate } from '../../src/matching/fact-matcher';
import { FEATURE_NAMES, type Features } from '../../src/matching/features';

/** A model made for these tests, so they test the rule and not the fitted numbers: its confidence is one half, whatever the candidates (no trees). */
function model(overrides: Partial<DecisionModel> = {}): DecisionModel {
  return {
    ranker: { features: FEATURE_NAMES, weights: FEATURE_NAMES.map(() => 0), bias: 0 },
    confidence: { numeric: CONFIDENCE_INPUTS, categorical: CONFIDENCE_CATEGORIES, values: [[], []], base: 0, trees: [] },
    answerAt: 0.9,
    offerAt: 0.3,
    closeGap: 0.05,
    ...overrides,
  };
}

/** A model whose confidence in the best candidate is `confidence`, whatever the candidates. */
function confident(confidence: number, overrides: Partial<DecisionModel> = {}): DecisionModel {
  const base = model(overrides);
  return { ...base, confidence: { ...base.confidence, base: Math.log(confidence / (1 - confidence)) } };
}

function scored(id: string, rank: number, coverage = 0): ScoredCandidate {
  const features = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as Features;
  features.coverage = coverage;
  const fact: Fact = { id, title: id, answer: id, questions: [], keywords: [], topic: 'test', tags: [], source: { title: SOURCE_TITLE, quotes: ['q'] }, as_of: '2023-07-31' };
  return { fact, features, rank, unsaid: { overlap: 0, entry: undefined, letters: 0 } };
}

const ids = (result: ReturnType<typeof decide>) => result.candidates.map((candidate) => candidate.fact.id);

describe('deciding from the ranking and the confidence in the best candidate', () => {
  it('answers with the best candidate when the confidence reaches answerAt, reporting that confidence', () => {
    const result = decide([scored('best', 0.7), scored('other', 0.69)], confident(0.95));
    expect(result.status).toBe('answered');
    expect(ids(result)).toEqual(['best']);
    expect(result.candidates[0]!.score).toBe(0.95);
  });

  it('does not answer below answerAt', () => {
    expect(decide([scored('best', 0.7)], confident(0.89)).status).not.toBe('answered');
  });

  it('offers the close contenders, at most three and best first, when not confident enough to answer', () => {
    const result = decide([scored('a', 0.6), scored('b', 0.59), scored('c', 0.58), scored('d', 0.57)], confident(0.5));
    expect(result.status).toBe('ambiguous');
    expect(ids(result)).toEqual(['a', 'b', 'c']);
  });

  it('does not count a candidate ranked below offerAt as a close contender', () => {
    expect(decide([scored('a', 0.32, 1), scored('b', 0.29, 1)], confident(0.5)).status).toBe('no_match');
  });

  it('declines a lone unsure candidate, offering the facts that hold at least 0.34 of what was asked, at most three', () => {
    const result = decide([scored('a', 0.6, 0.9), scored('b', 0.15, 0.33), scored('c', 0.1, 0.34), scored('d', 0.1, 0.5), scored('e', 0.05, 0.6)], confident(0.5));
    expect(result.status).toBe('no_match');
    expect(ids(result)).toEqual(['a', 'c', 'd']);
  });

  it('declines with nothing related when there are no candidates', () => {
    expect(decide([], confident(0.99))).toEqual({ status: 'no_match', candidates: [] });
  });

  it('follows the model it is given', () => {
    expect(decide([scored('a', 0.8)], confident(0.95)).status).toBe('answered');
    expect(decide([scored('a', 0.8)], confident(0.95, { answerAt: 0.99 })).status).toBe('no_match');
  });

  it('reads its confidence from the best candidate and its lead over the next', () => {
    const base = model();
    // One tree: a lead of at most 0.5 makes it unlikely, a larger one likely.
    const onLead = [CONFIDENCE_INPUTS.indexOf('rankLead'), 0.5, 1, 2] as const;
    const onRank = { ...base, confidence: { ...base.confidence, trees: [[onLead, -5, 5]] } };
    expect(decide([scored('a', 0.9), scored('b', 0.1)], onRank).status).toBe('answered');
    expect(decide([scored('a', 0.9), scored('b', 0.88)], onRank).status).not.toBe('answered');
  });

  it('rounds the reported scores to three decimals', () => {
    expect(decide([scored('a', 0.5)], confident(0.954321)).candidates[0]!.score).toBe(0.954);
  });
});
