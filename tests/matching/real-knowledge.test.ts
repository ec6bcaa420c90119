import { describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { createFactMatcher } from '../../src/matching/fact-matcher';

const matcher = createFactMatcher(loadKnowledgeDir('knowledge').map(({ fact }) => fact));

describe('matching against the real fact base in knowledge/', () => {
  it.each([
    ['how many troops r the dutch sending', 'company-size'],
    ['troop count', 'company-size'],
    ['wen does the misison start', 'deployment-start'],
  ])('answers the issue example "%s" with %s', (question, id) => {
    const result = matcher.match(question);
    expect(result.status).toBe('answered');
    expect(result.candidates[0]?.fact.id).toBe(id);
  });

  it.each(['weather in Amsterdam tomorrow', 'tell me a joke', 'asdfghjkl', 'hello'])('declines the issue example "%s"', (question) => {
    expect(matcher.match(question).status).toBe('no_match');
  });
});
