import type { Reply } from '../core/request';

/** The stable JSON line contract of `npm run ask -- --json`, which evaluation tools read. */
export interface JsonAnswer {
  question: string;
  status: 'answered' | 'ambiguous' | 'no_match';
  answer: string | null;
  factId: string | null;
  score: number;
  suggestions: Array<{ factId: string; title: string; score: number }>;
}

export function toJsonAnswer(question: string, reply: Reply): JsonAnswer {
  const match = reply.match ?? { status: 'no_match' as const, factId: null, answer: null, score: 0 };
  return {
    question,
    status: match.status,
    answer: match.answer,
    factId: match.factId,
    score: round(match.score),
    suggestions: reply.suggestions.map((suggestion) => ({ factId: suggestion.factId, title: suggestion.title, score: round(suggestion.score ?? 0) })),
  };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
