import { describe, expect, it } from 'vitest';
import { DECISION_MODEL, featureVector, probability } from '../../src/matching/decision';
import modelFile from '../../src/matching/decision-model.json' with { type: 'json' };
import { FEATURE_NAMES, type Features } from '../../src/matching/features';

describe('the fitted decision model file', () => {
  it('lists exactly the features of features.ts, in order, with one weight each', () => {
    expect(modelFile.features).toEqual([...FEATURE_NAMES]);
    expect(modelFile.weights).toHaveLength(FEATURE_NAMES.length);
    expect(modelFile.weights.every((weight) => Number.isFinite(weight))).toBe(true);
    expect(Number.isFinite(modelFile.bias)).toBe(true);
  });

  it('has thresholds with 0 < offerAt <= answerAt < 1 and a close gap in [0, 1)', () => {
    expect(DECISION_MODEL.offerAt).toBeGreaterThan(0);
    expect(DECISION_MODEL.offerAt).toBeLessThanOrEqual(DECISION_MODEL.answerAt);
    expect(DECISION_MODEL.answerAt).toBeLessThan(1);
    expect(DECISION_MODEL.closeGap).toBeGreaterThanOrEqual(0);
    expect(DECISION_MODEL.closeGap).toBeLessThan(1);
  });
});

describe('the model\'s probability', () => {
  it('is the logistic function of the weighted feature vector, in FEATURE_NAMES order', () => {
    const features = Object.fromEntries(FEATURE_NAMES.map((name, at) => [name, at / 10])) as Features;
    expect(featureVector(features)).toEqual(FEATURE_NAMES.map((_, at) => at / 10));
    expect(probability({ weights: [0, 0], bias: 0 }, [1, 1])).toBe(0.5);
    expect(probability({ weights: [2, -1], bias: -1 }, [1, 1])).toBeCloseTo(0.5, 12);
    expect(probability({ weights: [1], bias: 0 }, [Math.log(3)])).toBeCloseTo(0.75, 12);
  });
});
