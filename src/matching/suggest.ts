import type { CandidateIndex } from './candidate-index';
import { focusOf } from './focus';
import { foldWord, NORMALIZE_LIMITS, normalizeQuery } from './normalize';
import type { MatchCandidate } from './types';

/** Discord shows at most 25 autocomplete choices. */
export const SUGGEST_LIMIT_MAX = 25;

/** Known words an unfinished word may become; enough to cover "tr" without drowning the finished words. */
const COMPLETIONS_PER_WORD = 8;

/**
 * Facts fitting what the user has typed so far, for autocomplete. The last word may be
 * unfinished, so it stands for any known word it begins; no Fuse.js pass, because this runs
 * on every keystroke and only needs a plausible order.
 */
export function suggestFacts(index: CandidateIndex, partial: string, limit: number): MatchCandidate[] {
  const wanted = Math.max(0, Math.min(SUGGEST_LIMIT_MAX, Math.floor(Number.isFinite(limit) ? limit : 0)));
  if (wanted === 0) return [];
  const text = typeof partial === 'string' ? partial.slice(0, NORMALIZE_LIMITS.maxInputChars) : '';
  // Nothing typed yet: offer the first facts so the list is never empty.
  if (text.trim() === '') return index.facts.slice(0, wanted).map((entry) => ({ fact: entry.fact, score: 0 }));

  const lastWord = /([\p{L}\p{N}]+)$/u.exec(text)?.[1];
  const resolved = index.resolve(normalizeQuery(lastWord ? text.slice(0, -lastWord.length) : text).tokens);
  if (lastWord) {
    const readings = [...normalizeQuery(lastWord).tokens, ...index.completions(foldWord(lastWord), COMPLETIONS_PER_WORD)];
    const known = [...new Set(readings)].filter(index.knows);
    if (known.length > 0) resolved.push({ typed: lastWord, tokens: known, similarity: 1, weight: Math.max(...known.map(index.idf)), subject: false, asked: false });
  }
  if (resolved.every((token) => token.tokens.length === 0)) return [];
  return index
    .candidates(resolved, wanted)
    .map((candidate) => {
      const score = 0.7 * candidate.coverage + 0.3 * focusOf(index.facts[candidate.index]!, resolved, index);
      return { fact: index.facts[candidate.index]!.fact, score: Math.round(score * 1000) / 1000 };
    })
    .sort((a, b) => b.score - a.score);
}
