import { detectLanguage } from '../../src/language/detect-language';
import type { FactMatcher, MatchStatus } from '../../src/matching/types';
import type { DeclineKind, EvalSet } from './eval-set';

export interface EvalMiss {
  q: string;
  expected: string;
  /** The best candidate's id, whatever the status; null when there was no candidate. */
  got: string | null;
  status: MatchStatus;
  score: number | null;
}

export interface FalseAnswer {
  q: string;
  kind: DeclineKind;
  got: string | null;
  status: MatchStatus;
  score: number | null;
}

interface Share {
  part: number;
  total: number;
  rate: number;
}

export interface EvalScore {
  /** Answerable questions answered (status 'answered') with a right fact. */
  accuracy: Share;
  /** Of all 'answered' replies (to any question of the set), the right ones. */
  precision: Share;
  /** Must-decline questions that got 'no_match' ('ambiguous' is not a decline), by kind. */
  declined: Record<DeclineKind, Share>;
  misses: EvalMiss[];
  falseAnswers: FalseAnswer[];
}

function share(part: number, total: number): Share {
  return { part, total, rate: total === 0 ? 1 : part / total };
}

export function scoreEval(matcher: FactMatcher, set: EvalSet): EvalScore {
  const misses: EvalMiss[] = [];
  let answered = 0;
  let answeredRight = 0;
  for (const question of set.answerable) {
    const result = matcher.match(question.q, detectLanguage(question.q));
    const best = result.candidates[0];
    if (result.status === 'answered') answered += 1;
    if (result.status === 'answered' && best && question.isRight(best.fact)) {
      answeredRight += 1;
      continue;
    }
    misses.push({ q: question.q, expected: question.expected, got: best?.fact.id ?? null, status: result.status, score: best?.score ?? null });
  }

  const falseAnswers: FalseAnswer[] = [];
  const declinedCount: Record<DeclineKind, number> = { near_miss: 0, unrelated: 0 };
  const declineTotal: Record<DeclineKind, number> = { near_miss: 0, unrelated: 0 };
  for (const { q, kind } of set.decline) {
    declineTotal[kind] += 1;
    const result = matcher.match(q, detectLanguage(q));
    if (result.status === 'answered') answered += 1;
    if (result.status === 'no_match') {
      declinedCount[kind] += 1;
      continue;
    }
    const best = result.candidates[0];
    falseAnswers.push({ q, kind, got: best?.fact.id ?? null, status: result.status, score: best?.score ?? null });
  }

  return {
    accuracy: share(answeredRight, set.answerable.length),
    precision: share(answeredRight, answered),
    declined: {
      near_miss: share(declinedCount.near_miss, declineTotal.near_miss),
      unrelated: share(declinedCount.unrelated, declineTotal.unrelated),
    },
    misses,
    falseAnswers,
  };
}
