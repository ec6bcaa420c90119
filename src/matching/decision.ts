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
 * it, and its unsaid echo: how closely the question echoes what the source leaves unsaid about
 * the fact, as far as it is not one of the fact's own questions ("who kidnapped Tsurkov?" is
 * one, however much it shares with "who exactly took her?"). Chosen by leave-one-set-out
 * cross-validation over the tuning sets (README, "Eighth session").
 */
export const CONFIDENCE_FEATURE_NAMES = Object.freeze([
  'rank',
  'rankLead',
  'coverage',
  'predicateCoverage',
  'unknownShare',
  'nameMissing',
  'phrasingOverlap',
  'kindMismatch',
  'unsaidEcho',
] as const);

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

if (!matches(DECISION_MODEL.ranker, FEATURE_NAMES) || !matches(DECISION_MODEL.confidence, CONFIDENCE_FEATURE_NAMES)) {
  throw new Error('src/matching/decision-model.json does not match the features in the code: run `npm run fit`');
}

export function featureVector(features: Features): number[] {
  return FEATURE_NAMES.map((name) => features[name]);
}

/** The confidence model's inputs, from the candidates best first. */
export function confidenceVector(ranked: readonly Ranked[]): number[] {
  const [best, second] = ranked;
  if (!best) return CONFIDENCE_FEATURE_NAMES.map(() => 0);
  const f = best.features;
  return [best.rank, best.rank - (second?.rank ?? 0), f.coverage, f.predicateCoverage, f.unknownShare, f.nameMissing, f.phrasingOverlap, f.kindMismatch, (best.unsaid?.overlap ?? 0) * (1 - f.phrasingOverlap)];
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
