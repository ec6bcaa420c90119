/**
 * Grows a boosted-trees model (src/matching/boosted-trees.ts) for `npm run fit`: gradient
 * boosting of small trees on the logistic loss, as scikit-learn's HistGradientBoostingClassifier
 * does it (inputs cut into bins, trees grown best leaf first, Newton leaf values with an L2
 * penalty, a categorical input split by ordering its values by their gradient). No npm package
 * fits such a model in JavaScript (ml-xgboost is an unmaintained WebAssembly build, the lightgbm
 * package compiles native code with cmake), and the fit needs only this much of one.
 */
import type { BoostedTrees, TreeNode } from '../../src/matching/boosted-trees';

export interface TreeExample {
  numeric: readonly number[];
  categorical: readonly (string | null)[];
  y: 0 | 1;
}

export interface BoostingOptions {
  trees: number;
  /** Most leaves per tree. */
  leaves: number;
  learningRate: number;
  /** Fewest examples in a leaf. */
  minLeaf: number;
  /** L2 penalty on leaf values, in the loss's Hessian units. */
  l2: number;
  /** Most bins per numeric input. */
  bins: number;
  /** A categorical value seen in fewer examples of a node is sent where unseen values go. */
  minCategorySupport: number;
  /**
   * Per numeric input: 1 where a larger value may never lower the prediction, -1 where it may never
   * raise it, 0 where either may happen. Each tree keeps to them, so their sum does.
   */
  monotone?: readonly (-1 | 0 | 1)[];
}

interface Stats {
  g: number;
  h: number;
  n: number;
}

const add = (a: Stats, b: Stats): Stats => ({ g: a.g + b.g, h: a.h + b.h, n: a.n + b.n });
const minus = (a: Stats, b: Stats): Stats => ({ g: a.g - b.g, h: a.h - b.h, n: a.n - b.n });
const empty = (): Stats => ({ g: 0, h: 0, n: 0 });

interface Bounds {
  low: number;
  high: number;
}

interface Split {
  gain: number;
  /** The bounds of the two children's values: a split on a monotone input keeps the "yes" side's at or below the other's (or above, for -1). */
  bounds: [yes: Bounds, no: Bounds];
  node: (yes: number, no: number) => TreeNode;
  goesYes: (example: number) => boolean;
}

/** Cut points of one numeric input: at most `bins` bins, a value goes to the first bin whose cut point it does not exceed. */
function cutPoints(values: readonly number[], bins: number): number[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  if (distinct.length <= bins) return distinct.slice(0, -1).map((value, at) => (value + distinct[at + 1]!) / 2);
  const sorted = [...values].sort((a, b) => a - b);
  const cuts = new Set<number>();
  for (let k = 1; k < bins; k += 1) cuts.add(sorted[Math.floor((k * sorted.length) / bins)]!);
  return [...cuts].sort((a, b) => a - b).filter((cut) => cut < distinct[distinct.length - 1]!);
}

function binOf(cuts: readonly number[], value: number): number {
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (cuts[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function fitBoostedTrees(examples: readonly TreeExample[], numeric: readonly string[], categorical: readonly string[], options: BoostingOptions): BoostedTrees {
  const count = examples.length;
  const cuts = numeric.map((_, input) => cutPoints(examples.map((example) => example.numeric[input]!), options.bins));
  const bins = numeric.map((_, input) => Int32Array.from(examples, (example) => binOf(cuts[input]!, example.numeric[input]!)));
  const values = categorical.map((_, input) => [...new Set(examples.map((example) => example.categorical[input]).filter((value): value is string => value !== null))].sort());
  const valueIndex = values.map((list) => new Map(list.map((value, at) => [value, at])));
  // -1: the example has no value for the input.
  const codes = categorical.map((_, input) => Int32Array.from(examples, (example) => valueIndex[input]!.get(example.categorical[input] ?? '') ?? -1));

  const positives = examples.filter((example) => example.y === 1).length;
  const share = Math.min(Math.max(positives / Math.max(count, 1), 1e-6), 1 - 1e-6);
  const base = Math.log(share / (1 - share));
  const score = new Float64Array(count).fill(base);
  const g = new Float64Array(count);
  const h = new Float64Array(count);
  const { l2, minLeaf } = options;
  const clamp = (value: number, bounds: Bounds) => Math.min(Math.max(value, bounds.low), bounds.high);
  const valueOf = (stats: Stats, bounds: Bounds) => clamp(-stats.g / (stats.h + l2), bounds);
  // How much a leaf of this value lowers the loss (its second-order estimate; G²/(H+λ) when unbounded).
  const reduction = (stats: Stats, value: number) => -(2 * stats.g * value + (stats.h + l2) * value * value);
  const statsOf = (members: readonly number[]): Stats => members.reduce((sum, at) => add(sum, { g: g[at]!, h: h[at]!, n: 1 }), empty());

  function bestSplit(members: readonly number[], bounds: Bounds): Split | undefined {
    const total = statsOf(members);
    const parent = reduction(total, valueOf(total, bounds));
    let best: Split | undefined;
    const consider = (left: Stats, make: () => Omit<Split, 'gain' | 'bounds'>, direction: -1 | 0 | 1 = 0) => {
      const right = minus(total, left);
      if (left.n < minLeaf || right.n < minLeaf) return;
      const yesValue = valueOf(left, bounds);
      const noValue = valueOf(right, bounds);
      if ((direction > 0 && yesValue > noValue) || (direction < 0 && yesValue < noValue)) return;
      const gain = reduction(left, yesValue) + reduction(right, noValue) - parent;
      if (gain <= 1e-9 || (best && gain <= best.gain)) return;
      const middle = (yesValue + noValue) / 2;
      const childBounds: Split['bounds'] =
        direction > 0 ? [{ ...bounds, high: middle }, { ...bounds, low: middle }] : direction < 0 ? [{ ...bounds, low: middle }, { ...bounds, high: middle }] : [bounds, bounds];
      best = { gain, bounds: childBounds, ...make() };
    };
    numeric.forEach((_, input) => {
      const inputCuts = cuts[input]!;
      if (inputCuts.length === 0) return;
      const histogram = Array.from({ length: inputCuts.length + 1 }, empty);
      for (const at of members) {
        const bin = histogram[bins[input]![at]!]!;
        bin.g += g[at]!;
        bin.h += h[at]!;
        bin.n += 1;
      }
      let left = empty();
      for (let cut = 0; cut < inputCuts.length; cut += 1) {
        left = add(left, histogram[cut]!);
        const threshold = inputCuts[cut]!;
        const inputBins = bins[input]!;
        consider(left, () => ({ node: (yes, no) => [input, threshold, yes, no] as const, goesYes: (example) => inputBins[example]! <= cut }), options.monotone?.[input] ?? 0);
      }
    });
    categorical.forEach((_, input) => {
      const perValue = new Map<number, Stats>();
      for (const at of members) {
        const code = codes[input]![at]!;
        const stats = perValue.get(code) ?? empty();
        stats.g += g[at]!;
        stats.h += h[at]!;
        stats.n += 1;
        perValue.set(code, stats);
      }
      // Values too rare here, and examples without one, go together wherever most examples go.
      let rare = empty();
      const rareCodes: number[] = [];
      const ordered: Array<[number, Stats]> = [];
      for (const [code, stats] of perValue) {
        if (code < 0 || stats.n < options.minCategorySupport) {
          rare = add(rare, stats);
          if (code >= 0) rareCodes.push(code);
        } else ordered.push([code, stats]);
      }
      ordered.sort((a, b) => a[1].g / (a[1].h + l2) - b[1].g / (b[1].h + l2));
      let prefix = empty();
      const inputCodes = codes[input]!;
      for (let cut = 0; cut < ordered.length - 1; cut += 1) {
        prefix = add(prefix, ordered[cut]![1]);
        const rest = minus(minus(total, rare), prefix);
        const rareGoYes = prefix.n >= rest.n;
        const yesCodes = new Set(ordered.slice(0, cut + 1).map(([code]) => code));
        if (rareGoYes) for (const code of rareCodes) yesCodes.add(code);
        const yesValues = [...yesCodes].sort((a, b) => a - b);
        consider(rareGoYes ? add(prefix, rare) : prefix, () => ({
          node: (yes, no) => [numeric.length + input, yesValues, yes, no, rareGoYes ? yes : no] as const,
          goesYes: (example) => (inputCodes[example]! < 0 ? rareGoYes : yesCodes.has(inputCodes[example]!)),
        }));
      }
    });
    return best;
  }

  const trees: TreeNode[][] = [];
  for (let round = 0; round < options.trees; round += 1) {
    for (let at = 0; at < count; at += 1) {
      const p = 1 / (1 + Math.exp(-score[at]!));
      g[at] = p - examples[at]!.y;
      h[at] = Math.max(p * (1 - p), 1e-12);
    }
    const nodes: TreeNode[] = [0];
    const unbounded: Bounds = { low: -Infinity, high: Infinity };
    let leaves = [{ node: 0, members: [...Array(count).keys()], bounds: unbounded, split: undefined as Split | undefined }];
    leaves[0]!.split = bestSplit(leaves[0]!.members, unbounded);
    while (leaves.length < options.leaves) {
      const splittable = leaves.filter((leaf) => leaf.split);
      if (splittable.length === 0) break;
      const leaf = splittable.reduce((a, b) => (b.split!.gain > a.split!.gain ? b : a));
      const split = leaf.split!;
      const yes = nodes.push(0) - 1;
      const no = nodes.push(0) - 1;
      nodes[leaf.node] = split.node(yes, no);
      const yesMembers = leaf.members.filter((example) => split.goesYes(example));
      const noMembers = leaf.members.filter((example) => !split.goesYes(example));
      leaves = leaves.filter((other) => other !== leaf);
      const [yesBounds, noBounds] = split.bounds;
      leaves.push({ node: yes, members: yesMembers, bounds: yesBounds, split: bestSplit(yesMembers, yesBounds) }, { node: no, members: noMembers, bounds: noBounds, split: bestSplit(noMembers, noBounds) });
    }
    for (const leaf of leaves) {
      const stats = statsOf(leaf.members);
      const value = options.learningRate * valueOf(stats, leaf.bounds);
      nodes[leaf.node] = value;
      for (const at of leaf.members) score[at]! += value;
    }
    trees.push(nodes);
  }
  return { numeric: [...numeric], categorical: [...categorical], values, base, trees };
}
