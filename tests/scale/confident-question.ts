import type { Fact } from '../../src/facts/fact';
import { createFactMatcher } from '../../src/matching/fact-matcher';

/**
 * One of a fact's own alternate questions that the matcher answers with that fact. These tests
 * are about processes sharing a database, not about matching, so they must not hinge on which
 * phrasings the matcher of the day is sure of (it declines or offers a choice when unsure).
 */
export function confidentQuestionFor(facts: readonly Fact[], id: string): string {
  const fact = facts.find((candidate) => candidate.id === id);
  if (!fact) throw new Error(`no fact "${id}" in the knowledge`);
  const matcher = createFactMatcher(facts);
  const question = [...fact.questions, fact.title].find((text) => {
    const result = matcher.match(text);
    return result.status === 'answered' && result.candidates[0]?.fact.id === id;
  });
  if (!question) throw new Error(`the matcher answers none of the questions of "${id}" with it`);
  return question;
}
