import { describe, expect, it, vi } from 'vitest';
import { BIAS_KINDS, biasKindOf, CONFIDENCE_FEATURE_NAMES, CONFIDENCE_INPUTS, confidenceIn, confidenceVector, DECISION_MODEL, featureVector, probability } from '../../src/matching/decision';
import modelFile from '../../src/matching/decision-model.json' with { type: 'json' };
import { FEATURE_NAMES, type Features } from '../../src/matching/features';

describe('the fitted decision model file', () => {
  it('lists exactly the features of the code, in order, with one finite weight each', () => {
    for (const [fitted, names] of [[modelFile.ranker, FEATURE_NAMES], [modelFile.confidence, CONFIDENCE_FEATURE_NAMES]] as const) {
      expect(fitted.features).toEqual([...names]);
      expect(fitted.weights).toHaveLength(names.length);
      expect(fitted.weights.every((weight) => Number.isFinite(weight))).toBe(true);
      expect(Number.isFinite(fitted.bias)).toBe(true);
    }
  });

  it('has thresholds with 0 < offerAt <= answerAt < 1 and a close gap in [0, 1)', () => {
    expect(DECISION_MODEL.offerAt).toBeGreaterThan(0);
    expect(DECISION_MODEL.offerAt).toBeLessThanOrEqual(DECISION_MODEL.answerAt);
    expect(DECISION_MODEL.answerAt).toBeLessThan(1);
    expect(DECISION_MODEL.closeGap).toBeGreaterThanOrEqual(0);
    expect(DECISION_MODEL.closeGap).toBeLessThan(1);
  });
});

describe('the models\' probabilities', () => {
  it('are the logistic function of the weighted feature vector, in the features\' order', () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((name, at) => [name, at / 10])) as Features;
    expect(featureVector(features)).toEqual(FEATURE_NAMES.map((_, at) => at / 10));
    expect(probability({ weights: [0, 0], bias: 0 }, [1, 1])).toBe(0.5);
    expect(probability({ weights: [2, -1], bias: -1 }, [1, 1])).toBeCloseTo(0.5, 12);
    expect(probability({ weights: [1], bias: 0 }, [Math.log(3)])).toBeCloseTo(0.75, 12);
  });

  it('give the confidence model the best rank, its lead over the next, and the best candidate\'s fit', () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as Features;
    const best = { features: { ...features, coverage: 0.8, kindMismatch: 1 }, rank: 0.7 };
    const vector = confidenceVector([best, { features, rank: 0.2 }]);
    expect(vector).toHaveLength(CONFIDENCE_FEATURE_NAMES.length);
    expect(vector[CONFIDENCE_FEATURE_NAMES.indexOf('rank')]).toBe(0.7);
    expect(vector[CONFIDENCE_FEATURE_NAMES.indexOf('rankLead')]).toBeCloseTo(0.5, 12);
    expect(vector[CONFIDENCE_FEATURE_NAMES.indexOf('coverage')]).toBe(0.8);
    expect(vector[CONFIDENCE_FEATURE_NAMES.indexOf('kindMismatch')]).toBe(1);
    // Unmeasured, how closely it echoes an unsaid question counts as not at all.
    expect(vector[CONFIDENCE_FEATURE_NAMES.indexOf('unsaidEcho')]).toBe(0);
    // An echo counts by how much closer it is than the question's echo of one of the fact's own questions.
    const echoing = (overlap: number, phrasingOverlap: number) =>
      confidenceVector([{ features: { ...features, phrasingOverlap }, rank: 0.7, unsaid: { overlap } }, { features, rank: 0.2 }])[CONFIDENCE_FEATURE_NAMES.indexOf('unsaidEcho')];
    expect(echoing(0.6, 0)).toBeCloseTo(0.6, 12);
    expect(echoing(0.6, 0.5)).toBeCloseTo(0.1, 12);
    expect(echoing(0.9, 1)).toBeCloseTo(-0.1, 12);
  });

  it('are quadratic in those inputs: each input, the rank times each other input, and the squares of those not yes-or-no', () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as Features;
    const vector = confidenceVector([{ features: { ...features, coverage: 0.5, kindMismatch: 1 }, rank: 0.8 }, { features, rank: 0.2 }]);
    const at = (name: string) => vector[CONFIDENCE_FEATURE_NAMES.indexOf(name)];
    expect(vector).toHaveLength(CONFIDENCE_FEATURE_NAMES.length);
    expect(new Set(CONFIDENCE_FEATURE_NAMES).size).toBe(CONFIDENCE_FEATURE_NAMES.length);
    expect(at('rank*coverage')).toBeCloseTo(0.4, 12);
    expect(at('rank*rankLead')).toBeCloseTo(0.48, 12);
    expect(at('rank*kindMismatch')).toBeCloseTo(0.8, 12);
    expect(at('rank*unsaidEcho')).toBe(0);
    expect(at('rank^2')).toBeCloseTo(0.64, 12);
    expect(at('coverage^2')).toBeCloseTo(0.25, 12);
    expect(CONFIDENCE_FEATURE_NAMES).not.toContain('kindMismatch^2');
    expect(CONFIDENCE_FEATURE_NAMES).not.toContain('coverage*unknownShare');
  });

  it('add the best candidate\'s learnt fact bias to the confidence\'s log-odds, and nothing for a fact without one', () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as Features;
    const model = { confidence: { features: [...CONFIDENCE_FEATURE_NAMES], weights: CONFIDENCE_FEATURE_NAMES.map(() => 0), bias: 0 }, factBias: { often: Math.log(3), seldom: -Math.log(3) } };
    const led = (id: string) => confidenceIn([{ fact: { id }, features, rank: 0.5 }, { fact: { id: 'other' }, features, rank: 0.1 }], model);
    expect(led('often')).toBeCloseTo(0.75, 12);
    expect(led('seldom')).toBeCloseTo(0.25, 12);
    expect(led('just-added')).toBe(0.5);
    expect(confidenceIn([], model)).toBe(0.5);
  });

  it('add the bias learnt for the fact and what the question asks as well, the kinds asked least counting as one', () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as Features;
    const model = { confidence: { features: [...CONFIDENCE_FEATURE_NAMES], weights: CONFIDENCE_FEATURE_NAMES.map(() => 0), bias: 0 }, factBias: { letter: Math.log(3) }, factKindBias: { letter: { person: -2 * Math.log(3), other: -Math.log(3) } } };
    const led = (asks: Parameters<typeof biasKindOf>[0]) => confidenceIn([{ fact: { id: 'letter' }, features, rank: 0.5 }], model, asks);
    expect(led('person')).toBeCloseTo(0.25, 12);
    expect(led('reason')).toBeCloseTo(0.75, 12);
    expect(led(null)).toBeCloseTo(0.5, 12);
    expect(led('place')).toBeCloseTo(0.5, 12);
    expect(biasKindOf('age')).toBe('other');
    expect(biasKindOf('date')).toBe('date');
  });
});

describe('the fitted fact biases', () => {
  it('are finite and name only facts of knowledge/', async () => {
    const { loadKnowledgeDir } = await import('../../src/facts/knowledge-files');
    const { KNOWLEDGE_DIR } = await import('../knowledge/article-sentences');
    const ids = new Set(loadKnowledgeDir(KNOWLEDGE_DIR).map(({ fact }) => fact.id));
    const biases = Object.entries(DECISION_MODEL.factBias ?? {});
    expect(biases.length).toBeGreaterThan(0);
    expect(biases.filter(([id, bias]) => !ids.has(id) || !Number.isFinite(bias))).toEqual([]);
    const byKind = Object.entries(DECISION_MODEL.factKindBias ?? {});
    expect(byKind.length).toBeGreaterThan(0);
    expect(byKind.filter(([id, kinds]) => !ids.has(id) || Object.keys(kinds).some((kind) => !BIAS_KINDS.includes(kind as never)) || Object.values(kinds).some((bias) => !Number.isFinite(bias)))).toEqual([]);
  });
});

describe('a model file that does not fit the code', () => {
  it('stops every matcher from being built, naming the file and `npm run fit`', async () => {
    vi.resetModules();
    vi.doMock('../../src/matching/decision-model.json', () => ({ default: { ...modelFile, confidence: { ...modelFile.confidence, features: modelFile.confidence.features.slice(0, 9), weights: modelFile.confidence.weights.slice(0, 9) } } }));
    try {
      const { createFactMatcher } = await import('../../src/matching/fact-matcher');
      expect(() => createFactMatcher([])).toThrow(/decision-model\.json does not match the features in the code: run `npm run fit`/);
    } finally {
      vi.doUnmock('../../src/matching/decision-model.json');
      vi.resetModules();
    }
    const { createFactMatcher } = await import('../../src/matching/fact-matcher');
    expect(() => createFactMatcher([])).not.toThrow();
  });
});
