import { describe, expect, it } from 'vitest';
import { RememberingMatcher, REMEMBERED_ANSWERS } from '../../src/matching/remembered-answers';
import type { FactMatcher, MatchResult } from '../../src/matching/types';

function countingMatcher(): FactMatcher & { calls: string[]; answer: MatchResult } {
  const matcher = {
    calls: [] as string[],
    answer: { status: 'no_match', candidates: [] } as MatchResult,
    size: 0,
    match(question: string, language = 'en') {
      matcher.calls.push(`${language}:${question}`);
      return matcher.answer;
    },
    suggest: () => [],
  };
  return matcher;
}

describe('RememberingMatcher', () => {
  it('reads a question once and answers it again from memory', () => {
    const inner = countingMatcher();
    const matcher = new RememberingMatcher(() => inner);
    const first = matcher.match('how many soldiers?', 'en');
    expect(matcher.match('how many soldiers?', 'en')).toBe(first);
    expect(inner.calls).toEqual(['en:how many soldiers?']);
  });

  it('keeps the languages apart', () => {
    const inner = countingMatcher();
    const matcher = new RememberingMatcher(() => inner);
    matcher.match('Erbil', 'en');
    matcher.match('Erbil', 'nl');
    expect(inner.calls).toEqual(['en:Erbil', 'nl:Erbil']);
  });

  it('forgets every answer when told the facts changed, so an edit is seen at once', () => {
    const inner = countingMatcher();
    const matcher = new RememberingMatcher(() => inner);
    matcher.match('how many soldiers?');
    const edited: MatchResult = { status: 'answered', candidates: [] };
    inner.answer = edited;
    matcher.forget();
    expect(matcher.match('how many soldiers?')).toBe(edited);
    expect(inner.calls).toHaveLength(2);
  });

  it('does not remember long pastes', () => {
    const inner = countingMatcher();
    const matcher = new RememberingMatcher(() => inner);
    const paste = 'x'.repeat(REMEMBERED_ANSWERS.maxQuestionChars + 1);
    matcher.match(paste);
    matcher.match(paste);
    expect(inner.calls).toHaveLength(2);
  });
});
