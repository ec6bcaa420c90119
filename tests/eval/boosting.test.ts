import { describe, expect, it } from 'vitest';
import { treesProbability } from '../../src/matching/boosted-trees';
import { fitBoostedTrees, type BoostingOptions, type TreeExample } from './boosting';

const options: BoostingOptions = { trees: 60, leaves: 4, learningRate: 0.3, minLeaf: 5, l2: 1, bins: 16, minCategorySupport: 5 };

describe('fitting boosted trees (npm run fit)', () => {
  it('learns a threshold on a numeric input', () => {
    const examples: TreeExample[] = Array.from({ length: 200 }, (_, at) => ({ numeric: [at / 200, (at * 7919) % 13], categorical: [null], y: at >= 120 ? 1 : 0 }));
    const model = fitBoostedTrees(examples, ['signal', 'noise'], ['fact'], options);
    const p = (signal: number) => treesProbability(model, { numeric: [signal, 3], categorical: [null] });
    expect(p(0.2)).toBeLessThan(0.1);
    expect(p(0.9)).toBeGreaterThan(0.9);
  });

  it('learns which categorical values lean yes, and sends an unseen value where most examples went', () => {
    // Facts a and b: mostly right; c: mostly wrong; a is the commonest.
    const examples: TreeExample[] = [];
    for (let at = 0; at < 300; at += 1) {
      const fact = at % 6 < 3 ? 'a' : at % 6 < 5 ? 'b' : 'c';
      examples.push({ numeric: [0.5], categorical: [fact], y: fact === 'c' ? (at % 10 === 0 ? 1 : 0) : at % 10 === 0 ? 0 : 1 });
    }
    const model = fitBoostedTrees(examples, ['rank'], ['fact'], options);
    const p = (fact: string | null) => treesProbability(model, { numeric: [0.5], categorical: [fact] });
    expect(p('a')).toBeGreaterThan(0.8);
    expect(p('b')).toBeGreaterThan(0.8);
    expect(p('c')).toBeLessThan(0.2);
    expect(p('never-seen')).toBeGreaterThan(0.8);
    expect(model.values[0]).toEqual(['a', 'b', 'c']);
  });

  it('keeps to a monotone direction where the examples alone would not', () => {
    // Yes in the middle of x only: free trees rise and fall again; held to rising, they may not fall.
    const examples: TreeExample[] = Array.from({ length: 300 }, (_, at) => ({ numeric: [at / 300, (at * 31) % 7], categorical: [null], y: at >= 90 && at < 180 ? 1 : 0 }));
    const along = (monotone?: readonly (-1 | 0 | 1)[]) => {
      const model = fitBoostedTrees(examples, ['x', 'noise'], ['fact'], { ...options, monotone });
      return Array.from({ length: 21 }, (_, at) => treesProbability(model, { numeric: [at / 20, 3], categorical: [null] }));
    };
    const falls = (values: number[]) => values.some((value, at) => at > 0 && value < values[at - 1]! - 1e-12);
    const rises = (values: number[]) => values.some((value, at) => at > 0 && value > values[at - 1]! + 1e-12);
    expect(falls(along())).toBe(true);
    expect(falls(along([1, 0]))).toBe(false);
    expect(rises(along([-1, 0]))).toBe(false);
  });

  it('grows no tree beyond its leaf limit and starts from the share of yes', () => {
    const examples: TreeExample[] = Array.from({ length: 100 }, (_, at) => ({ numeric: [at], categorical: [String(at % 5)], y: at % 4 === 0 ? 1 : 0 }));
    const model = fitBoostedTrees(examples, ['x'], ['fact'], { ...options, trees: 5, leaves: 3 });
    expect(model.trees).toHaveLength(5);
    expect(model.base).toBeCloseTo(Math.log(0.25 / 0.75), 12);
    for (const tree of model.trees) expect(tree.filter((node) => typeof node === 'number').length).toBeLessThanOrEqual(3);
  });
});
