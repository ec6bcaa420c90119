import type { Reply } from '../core/request';
import type { Language } from '../core/languages';

/** The stable JSON line contract of `npm run ask -- --json`, which evaluation tools read. */
export interface JsonAnswer {
  question: string;
  status: 'answered' | 'ambiguous' | 'no_match';
  answer: string | null;
  factId: string | null;
  score: number;
  suggestions: Array<{ factId: string; title: string; score: number }>;
  /** Of the fact answered (or the top one of an ambiguous result); null, null, null and [] without one. */
  claim: string | null;
  asOf: string | null;
  caveat: string | null;
  sources: Array<{ id: string; title: string }>;
  /** The language the question was read and answered in. */
  language: Language;
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
    claim: match.provenance?.claim ?? null,
    asOf: match.provenance?.asOf ?? null,
    caveat: match.provenance?.caveat ?? null,
    sources: match.provenance?.sources ?? [],
    language: reply.language ?? 'en',
  };
}

function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}
