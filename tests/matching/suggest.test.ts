import { describe, expect, it } from 'vitest';
import { createFactMatcher, SUGGEST_LIMIT_MAX } from '../../src/matching/fact-matcher';
import { loadEvalKnowledge } from '../eval/eval-matcher';
import { SAMPLE_FACTS } from './sample-facts';

const matcher = createFactMatcher(SAMPLE_FACTS);
const suggested = (partial: string, limit = 10) => matcher.suggest(partial, limit).map((candidate) => candidate.fact.id);

describe('autocomplete', () => {
  it('completes the word being typed', () => {
    expect(suggested('kidn')).toEqual(['tsurkov-kidnapping']);
    expect(suggested('occup')).toEqual(['isis-occupation']);
  });

  it('combines the finished words with the unfinished one', () => {
    expect(suggested('nato adv')[0]).toBe('nato-advisory-mission');
    expect(suggested('dutch adv')[0]).toBe('deployment-task');
  });

  it('returns nothing for noise', () => {
    for (const noise of ['zzzzqqq', '🎉', '?!', 'how many']) expect(suggested(noise)).toEqual([]);
  });

  it('returns the first facts for empty input', () => {
    expect(suggested('', 3)).toEqual(SAMPLE_FACTS.slice(0, 3).map((fact) => fact.id));
    expect(suggested('   ', 2)).toEqual(SAMPLE_FACTS.slice(0, 2).map((fact) => fact.id));
  });

  it('never returns more than asked', () => {
    expect(suggested('', 2)).toHaveLength(2);
    expect(suggested('tsurk', 1)).toHaveLength(1);
    for (const limit of [0, -3, Number.NaN, Number.POSITIVE_INFINITY]) expect(suggested('', limit)).toEqual([]);
  });

  it(`never returns more than ${SUGGEST_LIMIT_MAX}, however many are asked for`, () => {
    const { matcher: real, facts } = loadEvalKnowledge('knowledge');
    expect(facts.length).toBeGreaterThan(SUGGEST_LIMIT_MAX);
    expect(real.suggest('', 1000)).toHaveLength(SUGGEST_LIMIT_MAX);
    expect(real.suggest('s', 1000).length).toBeLessThanOrEqual(SUGGEST_LIMIT_MAX);
  });
});
