import modelFile from './decision-model.json' with { type: 'json' };
import { FEATURE_NAMES, type Features } from './features';

/**
 * The decision model: a logistic regression over the candidate features, fitted by
 * `npm run fit` from the tuning sets, plus the thresholds the fit chose. It says how likely a
 * candidate fact is to be the right answer; the matcher answers, offers a choice, or declines
 * from those probabilities alone.
 */
export interface DecisionModel {
  features: readonly string[];
  weights: readonly number[];
  bias: number;
  /** Answer when the best candidate is at least this likely and no other is close. */
  answerAt: number;
  /** Below this a candidate is not offered as a "did you mean" choice. */
  offerAt: number;
  /** Candidates within this of the best are close contenders. */
  closeGap: number;
}

export const DECISION_MODEL: Readonly<DecisionModel> = Object.freeze(modelFile as DecisionModel);

if (DECISION_MODEL.features.join() !== FEATURE_NAMES.join() || DECISION_MODEL.weights.length !== FEATURE_NAMES.length) {
  throw new Error('src/matching/decision-model.json does not match the features in features.ts: run `npm run fit`');
}

export function featureVector(features: Features): number[] {
  return FEATURE_NAMES.map((name) => features[name]);
}

export function probability(model: Pick<DecisionModel, 'weights' | 'bias'>, vector: readonly number[]): number {
  const z = vector.reduce((sum, value, at) => sum + value * model.weights[at]!, model.bias);
  return 1 / (1 + Math.exp(-z));
}
