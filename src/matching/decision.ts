import modelFile from './decision-model.json' with { type: 'json' };
import type { AnswerKind } from './answer-kinds';
import { FEATURE_NAMES, type Features } from './features';

/**
 * The decision model, fitted by `npm run fit` from the tuning sets, in two steps: a ranker (a
 * logistic regression over each candidate's features: how likely it is to be the right fact)
 * orders the candidates, and a confidence model (a logistic regression over what the best
 * candidate looks like, and by how much it leads) says how likely the best one is to be right.
 * The matcher answers, offers a choice, or declines from those two alone.
 */
export interface LogisticModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
}

export interface DecisionModel {
  ranker: LogisticModel;
  confidence: LogisticModel;
  /** Answer when the best candidate is at least this likely to be right. */
  answerAt: number;
  /** A candidate ranked below this is not offered as a "did you mean" choice. */
  offerAt: number;
  /** Candidates ranked within this of the best are close contenders. */
  closeGap: number;
  /**
   * What the confidence model learnt about each fact as the best candidate, by fact id, added to
   * its log-odds: questions that land on a fact whose subject the source says little more about are
   * more often near misses, and a fact whose curated questions cover the ways people ask is more
   * often right. A fact the tuning sets never led to (one a moderator just added) has none.
   */
  factBias?: Readonly<Record<string, number>>;
  /**
   * The same, by fact id and what the question asks for (see BiasKind): "who" questions landing
   * on the fact about the ministers' letter are mostly near misses (the article names none of
   * them), "why" questions there are not; and a fact answers kinds its curated questions never ask.
   */
  factKindBias?: Readonly<Record<string, Readonly<Partial<Record<BiasKind, number>>>>>;
}

/** What a question asks for, as the learnt fact biases tell it apart: the kinds asked most, and all else (no kind, an age, a place) together. */
export type BiasKind = 'number' | 'date' | 'person' | 'reason' | 'other';
export const BIAS_KINDS: readonly BiasKind[] = Object.freeze(['number', 'date', 'person', 'reason', 'other']);

export function biasKindOf(asks: AnswerKind | null): BiasKind {
  return asks === 'number' || asks === 'date' || asks === 'person' || asks === 'reason' ? asks : 'other';
}

/**
 * What the confidence model weighs: the best candidate's ranking, its lead, the question's fit to
 * it (with whether it counts something the fact's "how many" questions do not), and its unsaid echo: how much more closely the question echoes what the source leaves unsaid about
 * the fact than one of the fact's own questions (below 0 when an own question is closer: "who
 * kidnapped Tsurkov?" is one, however much it shares with "who exactly took her?"). Chosen by
 * leave-one-set-out cross-validation over the tuning sets (README, "Eighth session"; the
 * difference rather than the echo times what the own questions leave, "Fourteenth session"), and
 * how many words the question asks with: the same coverage means more in a paraphrase of eight
 * words than in a search for two ("Fifteenth session").
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
] as const);

/** Inputs that are 0 or 1 (their squares are themselves) are not squared: the others' places. */
const YES_NO_INPUTS: ReadonlySet<string> = new Set(['nameMissing', 'kindMismatch', 'countMismatch']);
const SQUARED_AT: readonly number[] = CONFIDENCE_INPUTS.flatMap((input, at) => (YES_NO_INPUTS.has(input) ? [] : [at]));

/**
 * The confidence model is quadratic in its inputs, as far as it pays: each input, the rank times
 * each other input ("rank*unsaidEcho"), and the square of each input that is not yes-or-no
 * ("rank^2"). What an input says depends on how sure the ranker is: a high rank with a strong
 * unsaid echo is a near miss, a high rank with a lead is not. Leave-one-set-out cross-validated
 * utility over 33 tuning sets: 2,627 linear, 2,732 so, 2,727 with every product of two inputs
 * (54 weights against 24, and more wrong answers), 2,703 with every product but those of the
 * unknown share (README, "Eleventh session").
 */
export const CONFIDENCE_FEATURE_NAMES: readonly string[] = Object.freeze([
  ...CONFIDENCE_INPUTS,
  ...CONFIDENCE_INPUTS.slice(1).map((input) => `rank*${input}`),
  ...SQUARED_AT.map((at) => `${CONFIDENCE_INPUTS[at]}^2`),
]);

function quadratic(inputs: readonly number[]): number[] {
  const [rank = 0] = inputs;
  return [...inputs, ...inputs.slice(1).map((input) => rank * input), ...SQUARED_AT.map((at) => inputs[at]! * inputs[at]!)];
}

export interface Ranked {
  features: Features;
  /** The ranker's probability. */
  rank: number;
  /** How closely the question echoes something the source does not say about the fact (see unsaidOverlaps); 0 when not measured. */
  unsaid?: { overlap: number };
}

export const DECISION_MODEL: Readonly<DecisionModel> = Object.freeze(modelFile as DecisionModel);

function matches(model: LogisticModel, names: readonly string[]): boolean {
  return model.features.join() === names.join() && model.weights.length === names.length;
}

/**
 * Every matcher checks this when it is built, so a model file left behind by a change to the
 * features stops the bot at start-up. `npm run fit` builds no matcher: it is how the file is mended.
 */
export function assertDecisionModelFitsCode(): void {
  if (!matches(DECISION_MODEL.ranker, FEATURE_NAMES) || !matches(DECISION_MODEL.confidence, CONFIDENCE_FEATURE_NAMES)) {
    throw new Error('src/matching/decision-model.json does not match the features in the code: run `npm run fit`');
  }
}

export function featureVector(features: Features): number[] {
  return FEATURE_NAMES.map((name) => features[name]);
}

/** The confidence model's inputs (CONFIDENCE_INPUTS), from the candidates best first. */
export function confidenceInputs(ranked: readonly Ranked[]): number[] {
  const [best, second] = ranked;
  if (!best) return CONFIDENCE_INPUTS.map(() => 0);
  const f = best.features;
  return [best.rank, best.rank - (second?.rank ?? 0), f.coverage, f.predicateCoverage, f.unknownShare, f.nameMissing, f.phrasingOverlap, f.kindMismatch, f.countMismatch, (best.unsaid?.overlap ?? 0) - f.phrasingOverlap, f.askedTerms];
}

/** The confidence model's features (CONFIDENCE_FEATURE_NAMES), from the candidates best first. */
export function confidenceVector(ranked: readonly Ranked[]): number[] {
  return quadratic(confidenceInputs(ranked));
}

/** How likely the best candidate is to be right, for a question asking for `asks` (see DecisionModel.factBias and factKindBias). */
export function confidenceIn(ranked: ReadonlyArray<Ranked & { fact: { id: string } }>, model: Pick<DecisionModel, 'confidence' | 'factBias' | 'factKindBias'>, asks: AnswerKind | null = null): number {
  const id = ranked[0]?.fact.id;
  const learnt = id === undefined ? 0 : (model.factBias?.[id] ?? 0) + (model.factKindBias?.[id]?.[biasKindOf(asks)] ?? 0);
  return probability({ weights: model.confidence.weights, bias: model.confidence.bias + learnt }, confidenceVector(ranked));
}

export function probability(model: Pick<LogisticModel, 'weights' | 'bias'>, vector: readonly number[]): number {
  const z = vector.reduce((sum, value, at) => sum + value * model.weights[at]!, model.bias);
  return 1 / (1 + Math.exp(-z));
}
