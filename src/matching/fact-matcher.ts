import type { Fact } from '../facts/fact';
import { createCandidateIndex } from './candidate-index';
import { decide, MATCH_THRESHOLDS } from './confidence';
import { rankCandidates } from './rank';
import { suggestFacts } from './suggest';
import { normalizeQuery } from './normalize';
import type { FactMatcher, MatchResult } from './types';

export { MATCH_THRESHOLDS } from './confidence';
export { SUGGEST_LIMIT_MAX } from './suggest';

/** Builds the matcher over a fixed set of facts; rebuild it when the facts change. */
export function createFactMatcher(facts: readonly Fact[]): FactMatcher {
  const index = createCandidateIndex(facts);

  function match(question: string): MatchResult {
    const normalized = normalizeQuery(question);
    if (!normalized.hasText) return { status: 'no_match', candidates: [], inputProblem: 'empty' };
    if (!normalized.hasWords) return { status: 'no_match', candidates: [], inputProblem: 'no_words' };
    if (normalized.tokens.length === 0 || index.facts.length === 0) return { status: 'no_match', candidates: [] };
    const resolved = index.resolve(normalized.tokens, normalized.names, normalized.askedWord);
    const pool = index.candidates(resolved, MATCH_THRESHOLDS.candidatePool);
    if (pool.length === 0) return { status: 'no_match', candidates: [] };
    return decide(rankCandidates(index, resolved, pool));
  }

  return { size: facts.length, match, suggest: (partial, limit) => suggestFacts(index, partial, limit) };
}
