import modelFile from './decision-model.json' with { type: 'json' };
import type { AnswerKind } from './answer-kinds';
import { treesProbability, type BoostedTrees } from './boosted-trees';
import { FEATURE_NAMES, type Features } from './features';

/**
 * The decision model, fitted by `npm run fit` from the tuning sets, in two steps: a ranker (a
 * logistic regression over each candidate's features: how likely it is to be the right fact)
 * orders the candidates, and a confidence model (boosted trees over what the best candidate
 * looks like, by how much it leads, which fact it is and what the question asks for) says how
 * likely the best one is to be right. The matcher answers, offers a choice, or declines from
 * those two alone.
 */
export interface LogisticModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
}

export interface DecisionModel {
  ranker: LogisticModel;
  confidence: BoostedTrees;
  /** Answer when the best candidate is at least this likely to be right. */
  answerAt: number;
  /** A candidate ranked below this is not offered as a "did you mean" choice. */
  offerAt: number;
  /** Candidates ranked within this of the best are close contenders. */
  closeGap: number;
}

/**
 * What the confidence model weighs: the best candidate's ranking, its lead, the question's fit to
 * it (with whether it counts something the fact's "how many" questions do not), and its unsaid
 * echo: how much more closely the question echoes what the source leaves unsaid about the fact
 * than one of the fact's own questions (below 0 when an own question is closer: "who kidnapped
 * Tsurkov?" is one, however much it shares with "who exactly took her?"). Chosen by
 * leave-one-set-out cross-validation over the tuning sets (README, "Eighth session"; the
 * difference rather than the echo times what the own questions leave, "Fourteenth session"), and
 * how many words the question asks with: the same coverage means more in a paraphrase of eight
 * words than in a search for two ("Fifteenth session"). Then how alike the message reads letter by
 * letter to the best candidate's closest phrasing and to the runner-up's, and to its closest unsaid
 * question, also as the difference from its closest phrasing ("Seventeenth session").
 */
export const CONFIDENCE_INPUTS = Object.freeze([
  'rank',
  'rankLead',
  'coverage',
  'predicateCoverage',
  'unknownShare',
  'nameMissing',
  'phrasingOverlap',
  'kindMismatch',
  'countMismatch',
  'unsaidEcho',
  'askedTerms',
  'letterSimilarity',
  'runnerUpLetterSimilarity',
  'unsaidLetterSimilarity',
  'unsaidLetterEcho',
] as const);

/**
 * And which fact the best candidate is, and what the question asks for (its question words, or
 * "none"): "who" questions landing on the fact about the ministers' letter are mostly near misses
 * (the article names none of them), "why" questions there are not; questions landing on a fact
 * whose subject the source says little more about are more often near misses. Trees weigh these
 * with the numbers above, where a learnt bias per fact could only shift them all alike (README,
 * "Sixteenth session").
 */
export const CONFIDENCE_CATEGORIES = Object.freeze(['fact', 'asks'] as const);

export interface Ranked {
  features: Features;
  /** The ranker's probability. */
  rank: number;
  /** How closely the question echoes something the source does not say about the fact (see unsaidOverlaps), in terms and letter by letter; 0 when not measured. */
  unsaid?: { overlap: number; letters: number };
}

export const DECISION_MODEL: Readonly<DecisionModel> = Object.freeze(modelFile as unknown as DecisionModel);

function matches(model: LogisticModel, names: readonly string[]): boolean {
  return model.features.join() === names.join() && model.weights.length === names.length;
}

function treesMatch(model: BoostedTrees): boolean {
  return model.numeric.join() === CONFIDENCE_INPUTS.join() && model.categorical.join() === CONFIDENCE_CATEGORIES.join() && model.values.length === CONFIDENCE_CATEGORIES.length;
}

/**
 * Every matcher checks this when it is built, so a model file left behind by a change to the
 * features stops the bot at start-up. `npm run fit` builds no matcher: it is how the file is mended.
 */
export function assertDecisionModelFitsCode(): void {
  if (!matches(DECISION_MODEL.ranker, FEATURE_NAMES) || !treesMatch(DECISION_MODEL.confidence)) {
    throw new Error('src/matching/decision-model.json does not match the features in the code: run `npm run fit`');
  }
}

export function featureVector(features: Features): number[] {
  return FEATURE_NAMES.map((name) => features[name]);
}

/** The confidence model's numeric inputs (CONFIDENCE_INPUTS), from the candidates best first. */
export function confidenceInputs(ranked: readonly Ranked[]): number[] {
  const [best, second] = ranked;
  if (!best) return CONFIDENCE_INPUTS.map(() => 0);
  const f = best.features;
  const unsaidLetters = best.unsaid?.letters ?? 0;
  return [best.rank, best.rank - (second?.rank ?? 0), f.coverage, f.predicateCoverage, f.unknownShare, f.nameMissing, f.phrasingOverlap, f.kindMismatch, f.countMismatch, (best.unsaid?.overlap ?? 0) - f.phrasingOverlap, f.askedTerms, f.letterSimilarity, second?.features.letterSimilarity ?? 0, unsaidLetters, unsaidLetters - f.letterSimilarity];
}

/** The confidence model's categorical inputs (CONFIDENCE_CATEGORIES). */
export function confidenceCategories(ranked: ReadonlyArray<{ fact: { id: string } }>, asks: AnswerKind | null): (string | null)[] {
  return [ranked[0]?.fact.id ?? null, asks ?? 'none'];
}

/** How likely the best candidate is to be right, for a question asking for `asks`. */
export function confidenceIn(ranked: ReadonlyArray<Ranked & { fact: { id: string } }>, model: Pick<DecisionModel, 'confidence'>, asks: AnswerKind | null = null): number {
  return treesProbability(model.confidence, { numeric: confidenceInputs(ranked), categorical: confidenceCategories(ranked, asks) });
}

export function probability(model: Pick<LogisticModel, 'weights' | 'bias'>, vector: readonly number[]): number {
  const z = vector.reduce((sum, value, at) => sum + value * model.weights[at]!, model.bias);
  return 1 / (1 + Math.exp(-z));
}
