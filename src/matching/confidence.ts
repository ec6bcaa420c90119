import type { MatchCandidate, MatchResult } from './types';

/**
 * When the bot answers, offers a choice, or admits it does not know. Tests pin these values:
 * change them only together with the evaluation numbers that justify the change.
 */
export const MATCH_THRESHOLDS = Object.freeze({
  /** Confidence the best fact needs before the bot answers with it. */
  answer: 0.55,
  /** Below this nothing is offered: the question is treated as off-topic. */
  suggest: 0.5,
  /** The best fact must lead the runner-up by this much to be answered outright. */
  margin: 0.05,
  /** Contenders within this distance of the best are offered together when it is unclear. */
  ambiguityWindow: 0.12,
  /** At most this many facts are offered when the question is ambiguous. */
  maxAmbiguous: 3,
  /** Facts pre-selected by the word index before Fuse.js scores them. */
  candidatePool: 8,
});

/**
 * How the signals combine. Coverage and focus are absolute (they say how well the question
 * fits the fact); Fuse.js evidence is relative (it says which of several fitting facts matches
 * the question's words more often and more closely), so it only discounts the weaker contenders.
 */
export const CONFIDENCE_WEIGHTS = Object.freeze({
  /** Share of the question's (rarity-weighted) words that the fact contains. */
  coverage: 0.7,
  /** How completely the question echoes one of the fact's own phrasings. */
  focus: 0.3,
  /** Largest discount for a contender with no Fuse.js evidence compared with the best one. */
  fuseDiscount: 0.15,
  /** Factor for each country, people or unknown name of the question that the fact never mentions. */
  foreignSubject: 0.7,
  /** Factor when the fact lacks the action or property asked about right after "who" or "how". */
  missingAskedWord: 0.7,
});

export interface Fit {
  coverage: number;
  focus: number;
  /** How specific the matched words are (0..1): common words alone cannot make a confident answer. */
  specificity: number;
  /** Countries, peoples and unknown names of the question that the fact never mentions. */
  foreignSubjects: number;
  /** The fact lacks the word right after "who"/"how" (see ResolvedToken.asked). */
  missesAskedWord?: boolean;
}

/** How well the question fits one fact on its own (0..1), before contenders are compared. */
export function fitOf(fit: Fit): number {
  const words = CONFIDENCE_WEIGHTS.coverage * fit.coverage + CONFIDENCE_WEIGHTS.focus * fit.focus;
  const asked = fit.missesAskedWord ? CONFIDENCE_WEIGHTS.missingAskedWord : 1;
  const value = words * fit.specificity * CONFIDENCE_WEIGHTS.foreignSubject ** fit.foreignSubjects * asked;
  return Math.min(1, Math.max(0, value));
}

/** The final confidence: the fit, discounted when another contender matched the question's words better. */
export function confidenceOf(fit: number, fuseShare: number): number {
  const value = fit * (1 - CONFIDENCE_WEIGHTS.fuseDiscount * (1 - Math.min(1, Math.max(0, fuseShare))));
  return Math.round(value * 1000) / 1000;
}

/** Fuse.js scores multiply over every matching field; their negative logarithm adds the evidence up. */
export function fuseEvidence(fuseScore: number | undefined): number {
  if (fuseScore === undefined) return 0;
  return -Math.log(Math.max(fuseScore, Number.EPSILON));
}

/** Turns scored candidates (best first) into the answer, a short list of choices, or no match. */
export function decide(ranked: readonly MatchCandidate[]): MatchResult {
  const [best, runnerUp] = ranked;
  if (!best || best.score < MATCH_THRESHOLDS.suggest) return { status: 'no_match', candidates: [] };
  const clearLead = !runnerUp || best.score - runnerUp.score >= MATCH_THRESHOLDS.margin;
  if (best.score >= MATCH_THRESHOLDS.answer && clearLead) {
    return { status: 'answered', candidates: [best] };
  }
  const contenders = ranked
    .filter((candidate) => candidate.score >= MATCH_THRESHOLDS.suggest && best.score - candidate.score <= MATCH_THRESHOLDS.ambiguityWindow)
    .slice(0, MATCH_THRESHOLDS.maxAmbiguous);
  return { status: 'ambiguous', candidates: contenders };
}
