/**
 * A boosted-trees model: the sum of many small decision trees' leaves is the log-odds of a
 * yes. Each tree splits on a numeric input ("coverage at most 0.62?") or on a categorical one
 * ("the best candidate is one of these facts?"). `npm run fit` grows the trees
 * (tests/eval/boosting.ts); this module only reads them.
 */

/** A leaf: what the tree adds to the log-odds. */
export type TreeLeaf = number;
/** Go to node `yes` when the numeric input is at most `threshold`, else to node `no`. */
export type NumericSplit = readonly [input: number, threshold: number, yes: number, no: number];
/**
 * Go to node `yes` when the categorical input is one of `values` (indexes into the model's list
 * for that input), else to node `no`; a value the fit never saw (a fact a moderator just added)
 * goes where most of the fit's examples went, `unseen`.
 */
export type CategoricalSplit = readonly [input: number, values: readonly number[], yes: number, no: number, unseen: number];
export type TreeNode = TreeLeaf | NumericSplit | CategoricalSplit;

export interface BoostedTrees {
  /** The numeric inputs' names, in the order of a model's numeric input vector. */
  numeric: readonly string[];
  /** The categorical inputs' names; a split's input index counts on from the numeric ones. */
  categorical: readonly string[];
  /** Each categorical input's values the fit saw, which categorical splits name by index. */
  values: readonly (readonly string[])[];
  /** The log-odds before any tree: the share of yes among the fit's examples. */
  base: number;
  /** Each tree's nodes, its root first. */
  trees: readonly (readonly TreeNode[])[];
}

/** Numeric and categorical inputs, in the model's orders; a categorical input may be missing (null). */
export interface TreeInputs {
  numeric: readonly number[];
  categorical: readonly (string | null)[];
}

function isCategorical(node: NumericSplit | CategoricalSplit): node is CategoricalSplit {
  return Array.isArray(node[1]);
}

/** Each categorical value's index in the model's list, built once per model. */
const valueIndexes = new WeakMap<BoostedTrees, readonly ReadonlyMap<string, number>[]>();

function indexesOf(model: BoostedTrees): readonly ReadonlyMap<string, number>[] {
  let indexes = valueIndexes.get(model);
  if (!indexes) {
    indexes = model.values.map((values) => new Map(values.map((value, at) => [value, at])));
    valueIndexes.set(model, indexes);
  }
  return indexes;
}

/** The model's log-odds for these inputs. */
function treesLogOdds(model: BoostedTrees, inputs: TreeInputs): number {
  const numericCount = model.numeric.length;
  const categories = indexesOf(model).map((index, at) => {
    const value = inputs.categorical[at];
    return value === null || value === undefined ? undefined : index.get(value);
  });
  let sum = model.base;
  for (const tree of model.trees) {
    let node = tree[0]!;
    while (typeof node !== 'number') {
      if (isCategorical(node)) {
        const value = categories[node[0] - numericCount];
        node = tree[value === undefined ? node[4] : node[1].includes(value) ? node[2] : node[3]]!;
      } else {
        node = tree[inputs.numeric[node[0]]! <= node[1] ? node[2] : node[3]]!;
      }
    }
    sum += node;
  }
  return sum;
}

export function treesProbability(model: BoostedTrees, inputs: TreeInputs): number {
  return 1 / (1 + Math.exp(-treesLogOdds(model, inputs)));
}
