import type { Fact } from '../facts/fact';
import { normalizeField } from './normalize';

/** How much a word found in each field counts as evidence that a question is about the fact. */
export const FIELD_EVIDENCE = Object.freeze({ title: 1, questions: 1, keywords: 1, answer: 0.6 });

/** Fuse.js reads only the start of a long answer: it is weak evidence and costly to scan. */
export const FUSE_ANSWER_TOKENS = 40;

/** A fact's fields as normalised text, which is what Fuse.js searches. */
export interface FactRecord {
  title: string;
  questions: string[];
  keywords: string[];
  answer: string;
}

export interface IndexedFact {
  fact: Fact;
  record: FactRecord;
  /** The title, each alternate question and each keyword as token lists: phrasings a question may echo. */
  phrases: string[][];
}

/**
 * Normalises a fact's fields once, when the index is built. The evidence map (strongest field
 * evidence of every token) goes into the postings and is not kept per fact.
 */
export function indexFact(fact: Fact): { entry: IndexedFact; evidence: Map<string, number> } {
  const title = normalizeField(fact.title);
  const questions = fact.questions.map(normalizeField);
  const keywords = fact.keywords.map(normalizeField);
  const answer = normalizeField(fact.answer);
  const evidence = new Map<string, number>();
  const note = (tokens: readonly string[], strength: number) => {
    for (const token of tokens) evidence.set(token, Math.max(evidence.get(token) ?? 0, strength));
  };
  note(answer, FIELD_EVIDENCE.answer);
  note(title, FIELD_EVIDENCE.title);
  questions.forEach((tokens) => note(tokens, FIELD_EVIDENCE.questions));
  keywords.forEach((tokens) => note(tokens, FIELD_EVIDENCE.keywords));
  const entry: IndexedFact = {
    fact,
    phrases: [title, ...questions, ...keywords].filter((tokens) => tokens.length > 0),
    record: {
      title: title.join(' '),
      questions: questions.map((tokens) => tokens.join(' ')),
      keywords: keywords.map((tokens) => tokens.join(' ')),
      answer: answer.slice(0, FUSE_ANSWER_TOKENS).join(' '),
    },
  };
  return { entry, evidence };
}
