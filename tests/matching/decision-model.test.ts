import { describe, expect, it, vi } from 'vitest';
import { CONFIDENCE_CATEGORIES, CONFIDENCE_INPUTS, confidenceCategories, confidenceIn, confidenceInputs, DECISION_MODEL, featureVector, probability } from '../../src/matching/decision';
import type { BoostedTrees, TreeNode } from '../../src/matching/boosted-trees';
import modelFile from '../../src/matching/decision-model.json' with { type: 'json' };
import { FEATURE_NAMES, type Features } from '../../src/matching/features';

describe('the fitted decision model file', () => {
  it('lists exactly the ranker features of the code, in order, with one finite weight each', () => {
    expect(modelFile.ranker.features).toEqual([...FEATURE_NAMES]);
    expect(modelFile.ranker.weights).toHaveLength(FEATURE_NAMES.length);
    expect(modelFile.ranker.weights.every((weight) => Number.isFinite(weight))).toBe(true);
    expect(Number.isFinite(modelFile.ranker.bias)).toBe(true);
  });

  it('has confidence trees over exactly the inputs of the code, each node pointing inside its tree, every leaf finite', () => {
    const { confidence } = DECISION_MODEL;
    expect(confidence.numeric).toEqual([...CONFIDENCE_INPUTS]);
    expect(confidence.categorical).toEqual([...CONFIDENCE_CATEGORIES]);
    expect(confidence.trees.length).toBeGreaterThan(0);
    const inputs = CONFIDENCE_INPUTS.length + CONFIDENCE_CATEGORIES.length;
    const broken = (tree: readonly TreeNode[]) =>
      tree.some((node) => {
        if (typeof node === 'number') return !Number.isFinite(node);
        const [input, , yes, no] = node;
        const inside = (at: number) => Number.isInteger(at) && at > 0 && at < tree.length;
        return !(input >= 0 && input < inputs && inside(yes) && inside(no) && (node.length === 4 || inside(node[4])));
      });
    expect(confidence.trees.filter(broken)).toEqual([]);
  });

  it('names only facts of knowledge/ among the values its trees split on', async () => {
    const { loadKnowledgeDir } = await import('../../src/facts/knowledge-files');
    const { KNOWLEDGE_DIR } = await import('../knowledge/article-sentences');
    const ids = new Set(loadKnowledgeDir(KNOWLEDGE_DIR).map(({ fact }) => fact.id));
    const facts = DECISION_MODEL.confidence.values[CONFIDENCE_CATEGORIES.indexOf('fact')]!;
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.filter((id) => !ids.has(id))).toEqual([]);
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
  const features = Object.fromEntries(FEATURE_NAMES.map((name) => [name, 0])) as Features;

  it('are the logistic function of the weighted feature vector for the ranker, in the features\' order', () => {
    const named = Object.fromEntries(FEATURE_NAMES.map((name, at) => [name, at / 10])) as Features;
    expect(featureVector(named)).toEqual(FEATURE_NAMES.map((_, at) => at / 10));
    expect(probability({ weights: [0, 0], bias: 0 }, [1, 1])).toBe(0.5);
    expect(probability({ weights: [2, -1], bias: -1 }, [1, 1])).toBeCloseTo(0.5, 12);
    expect(probability({ weights: [1], bias: 0 }, [Math.log(3)])).toBeCloseTo(0.75, 12);
  });

  it('give the confidence model the best rank, its lead over the next, and the best candidate\'s fit', () => {
    const best = { features: { ...features, coverage: 0.8, kindMismatch: 1 }, rank: 0.7 };
    const inputs = confidenceInputs([best, { features, rank: 0.2 }]);
    const at = (name: (typeof CONFIDENCE_INPUTS)[number]) => inputs[CONFIDENCE_INPUTS.indexOf(name)];
    expect(inputs).toHaveLength(CONFIDENCE_INPUTS.length);
    expect(at('rank')).toBe(0.7);
    expect(at('rankLead')).toBeCloseTo(0.5, 12);
    expect(at('coverage')).toBe(0.8);
    expect(at('kindMismatch')).toBe(1);
    // Unmeasured, how closely it echoes an unsaid question counts as not at all.
    expect(at('unsaidEcho')).toBe(0);
    // An echo counts by how much closer it is than the question's echo of one of the fact's own questions.
    const echoing = (overlap: number, phrasingOverlap: number) =>
      confidenceInputs([{ features: { ...features, phrasingOverlap }, rank: 0.7, unsaid: { overlap, letters: 0 } }, { features, rank: 0.2 }])[CONFIDENCE_INPUTS.indexOf('unsaidEcho')];
    expect(echoing(0.6, 0)).toBeCloseTo(0.6, 12);
    expect(echoing(0.6, 0.5)).toBeCloseTo(0.1, 12);
    expect(echoing(0.9, 1)).toBeCloseTo(-0.1, 12);
    // Letter by letter, the unsaid question's likeness, and by how much it passes the closest own phrasing's.
    const lettered = confidenceInputs([{ features: { ...features, letterSimilarity: 0.5 }, rank: 0.7, unsaid: { overlap: 0, letters: 0.8 } }, { features, rank: 0.2 }]);
    expect(lettered[CONFIDENCE_INPUTS.indexOf('unsaidLetterSimilarity')]).toBe(0.8);
    expect(lettered[CONFIDENCE_INPUTS.indexOf('unsaidLetterEcho')]).toBeCloseTo(0.3, 6);
    expect(inputs[CONFIDENCE_INPUTS.indexOf('unsaidLetterSimilarity')]).toBe(0);
  });

  it('give it the best candidate\'s fact and what the question asks for, "none" when its words ask for nothing', () => {
    expect(confidenceCategories([{ fact: { id: 'letter' } }, { fact: { id: 'other' } }], 'person')).toEqual(['letter', 'person']);
    expect(confidenceCategories([{ fact: { id: 'letter' } }], null)).toEqual(['letter', 'none']);
    expect(confidenceCategories([], 'date')).toEqual([null, 'date']);
  });

  /** Two trees: one on the coverage, one on the fact (a fact it never saw goes where `unseen` says). */
  const trees: BoostedTrees = {
    numeric: CONFIDENCE_INPUTS,
    categorical: CONFIDENCE_CATEGORIES,
    values: [['often', 'seldom'], ['none', 'person']],
    base: 0,
    trees: [
      [[CONFIDENCE_INPUTS.indexOf('coverage'), 0.5, 1, 2], -Math.log(3), Math.log(3)],
      [[CONFIDENCE_INPUTS.length, [0], 1, 2, 2], Math.log(3), 0],
    ],
  };
  const led = (id: string, coverage: number) => confidenceIn([{ fact: { id }, features: { ...features, coverage }, rank: 0.5 }, { fact: { id: 'other' }, features, rank: 0.1 }], { confidence: trees });

  it('are the logistic function of the sum of each tree\'s leaf, numeric splits going "yes" at or below their threshold', () => {
    expect(led('seldom', 0.5)).toBeCloseTo(0.25, 12);
    expect(led('seldom', 0.51)).toBeCloseTo(0.75, 12);
    expect(led('often', 0.5)).toBeCloseTo(0.5, 12);
    expect(led('often', 0.9)).toBeCloseTo(0.9, 12);
  });

  it('send a fact the fit never saw, or no candidate at all, where the fit sent most examples', () => {
    expect(led('just-added', 0.9)).toBeCloseTo(0.75, 12);
    expect(confidenceIn([], { confidence: trees })).toBeCloseTo(0.25, 12);
  });
});

describe('a model file that does not fit the code', () => {
  it('stops every matcher from being built, naming the file and `npm run fit`', async () => {
    vi.resetModules();
    vi.doMock('../../src/matching/decision-model.json', () => ({ default: { ...modelFile, confidence: { ...modelFile.confidence, numeric: modelFile.confidence.numeric.slice(0, 9) } } }));
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
