import type { Fact } from '../facts/fact';
import type { Language } from '../core/languages';

export type MatchStatus = 'answered' | 'ambiguous' | 'no_match';

export interface MatchCandidate {
  fact: Fact;
  /** Confidence from 0 (no evidence) to 1 (certain). */
  score: number;
}

export interface MatchResult {
  status: MatchStatus;
  /** Best first; for 'ambiguous' the close contenders (at most three), for 'no_match' possibly empty. */
  candidates: MatchCandidate[];
  /** Why nothing was matched, when the input itself was the problem. */
  inputProblem?: 'empty' | 'no_words';
  /** For a declined question that asks what the source does not say about a fact: that fact, and the curated note saying what is not known. */
  unsaid?: { fact: Fact; note: string };
}

export interface FactMatcher {
  readonly size: number;
  /** Reads the question in the given language (English when not given) against the facts' text in it. */
  match(question: string, language?: Language): MatchResult;
  /** Facts whose title or questions fit what the user has typed so far (autocomplete). */
  suggest(partial: string, limit: number, language?: Language): MatchCandidate[];
}
