import Fuse from 'fuse.js';
import type { Candidate, CandidateIndex, ResolvedToken } from './candidate-index';
import { CONFIDENCE_WEIGHTS, confidenceOf, fitOf, fuseEvidence } from './confidence';
import { focusOf } from './focus';
import { foreignSubjects, missesAskedWord } from './subjects';
import { FUSE_OPTIONS } from './fuse-options';
import type { MatchCandidate } from './types';

/** Known words of a question that Fuse.js compares, rarest first. */
export const FUSE_PATTERN_WORDS = 8;

/**
 * Fuse.js evidence of each contender as a share of the strongest. Only facts close enough to
 * the best fit to be reordered by Fuse.js are searched: that keeps the costly fuzzy search to
 * a few records however large the fact base is.
 */
function fuseShares(index: CandidateIndex, resolved: readonly ResolvedToken[], pool: readonly Candidate[], fits: readonly number[]): number[] {
  const bestFit = Math.max(...fits);
  const contenders = pool
    .map((_, position) => position)
    .filter((position) => fits[position]! > 0 && fits[position]! >= bestFit * (1 - CONFIDENCE_WEIGHTS.fuseDiscount));
  const shares = new Array<number>(pool.length).fill(0);
  if (contenders.length <= 1) {
    for (const position of contenders) shares[position] = 1;
    return shares;
  }
  // Words no fact contains cannot separate the contenders (coverage already counts them against
  // all), and the rarest known words carry the distinction, so Fuse.js sees only those.
  const pattern = [...resolved]
    .filter((token) => token.tokens.length > 0)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, FUSE_PATTERN_WORDS)
    .map((token) => token.tokens[0])
    .join(' ');
  const records = contenders.map((position) => index.facts[pool[position]!.index]!.record);
  const evidence = new Array<number>(contenders.length).fill(0);
  for (const result of new Fuse(records, FUSE_OPTIONS).search(pattern)) evidence[result.refIndex] = fuseEvidence(result.score);
  const strongest = Math.max(...evidence);
  contenders.forEach((position, order) => {
    shares[position] = strongest > 0 ? evidence[order]! / strongest : 1;
  });
  return shares;
}

/** Scores the pre-selected facts against the question, best first. */
export function rankCandidates(index: CandidateIndex, resolved: readonly ResolvedToken[], pool: readonly Candidate[]): MatchCandidate[] {
  const fits = pool.map((candidate) => fitOf({
    coverage: candidate.coverage,
    focus: focusOf(index.facts[candidate.index]!, resolved, index),
    specificity: Math.min(1, candidate.mass / index.specificMass),
    foreignSubjects: foreignSubjects(index, resolved, candidate.index),
    missesAskedWord: missesAskedWord(index, resolved, candidate.index),
  }));
  const shares = fuseShares(index, resolved, pool, fits);
  return pool
    .map((candidate, position) => ({ fact: index.facts[candidate.index]!.fact, score: confidenceOf(fits[position]!, shares[position]!) }))
    .sort((a, b) => b.score - a.score);
}
