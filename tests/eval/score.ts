import type { FactMatcher, MatchStatus } from '../../src/matching/types';
import type { EvalSet } from './eval-set';

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
  got: string | null;
  status: MatchStatus;
  score: number | null;
}

export interface EvalScore {
  /** Share of answerable questions answered (status 'answered') with the expected fact. */
  accuracy: number;
  /** Share of off-topic questions declined (status 'no_match'; 'ambiguous' is not a decline). */
  abstention: number;
  answeredRight: number;
  answerableTotal: number;
  declined: number;
  offTopicTotal: number;
  misses: EvalMiss[];
  falseAnswers: FalseAnswer[];
}

export function scoreEval(matcher: FactMatcher, set: EvalSet): EvalScore {
  const misses: EvalMiss[] = [];
  for (const { q, fact: expected } of set.answerable) {
    const result = matcher.match(q);
    const best = result.candidates[0];
    if (result.status === 'answered' && best?.fact.id === expected) continue;
    misses.push({ q, expected, got: best?.fact.id ?? null, status: result.status, score: best?.score ?? null });
  }

  const falseAnswers: FalseAnswer[] = [];
  for (const q of set.off_topic) {
    const result = matcher.match(q);
    if (result.status === 'no_match') continue;
    const best = result.candidates[0];
    falseAnswers.push({ q, got: best?.fact.id ?? null, status: result.status, score: best?.score ?? null });
  }

  const answerableTotal = set.answerable.length;
  const offTopicTotal = set.off_topic.length;
  const answeredRight = answerableTotal - misses.length;
  const declined = offTopicTotal - falseAnswers.length;
  return {
    accuracy: share(answeredRight, answerableTotal),
    abstention: share(declined, offTopicTotal),
    answeredRight,
    answerableTotal,
    declined,
    offTopicTotal,
    misses,
    falseAnswers,
  };
}

function share(part: number, total: number): number {
  return total === 0 ? 0 : part / total;
}
