import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/fact';
import type { FactMatcher, MatchResult } from '../../src/matching/types';
import { parseEvalSet } from './eval-set';
import { scoreEval } from './score';

function fact(id: string): Fact {
  return {
    id,
    title: id,
    answer: `answer of ${id}`,
    questions: [],
    keywords: [],
    topic: 'test',
    tags: [],
    source: { title: 'test', quotes: ['a quote'] },
    as_of: '2023-08-01',
  };
}

/** A matcher that replies from a fixed table, so the scoring rules can be checked alone. */
function scriptedMatcher(replies: Record<string, MatchResult>): FactMatcher {
  return {
    size: 0,
    match: (question) => replies[question] ?? { status: 'no_match', candidates: [] },
    suggest: () => [],
  };
}

describe('scoreEval', () => {
  const matcher = scriptedMatcher({
    'right fact': { status: 'answered', candidates: [{ fact: fact('company-size'), score: 0.9 }] },
    'wrong fact': { status: 'answered', candidates: [{ fact: fact('deployment-start'), score: 0.8 }] },
    'right fact but unsure': {
      status: 'ambiguous',
      candidates: [{ fact: fact('company-size'), score: 0.5 }, { fact: fact('deployment-task'), score: 0.49 }],
    },
    'off-topic answered': { status: 'answered', candidates: [{ fact: fact('tsurkov-who'), score: 0.7 }] },
    'off-topic ambiguous': { status: 'ambiguous', candidates: [{ fact: fact('tsurkov-who'), score: 0.4 }] },
  });
  const set = parseEvalSet('inline', `
answerable:
  - { q: "right fact", fact: company-size }
  - { q: "wrong fact", fact: company-size }
  - { q: "right fact but unsure", fact: company-size }
  - { q: "never matched", fact: company-size }
off_topic: ["off-topic answered", "off-topic ambiguous", "declined"]
`);
  const result = scoreEval(matcher, set);

  it('counts an answerable question only when it is answered with the expected fact', () => {
    expect(result.accuracy).toEqual({ part: 1, total: 4, rate: 1 / 4 });
    expect(result.misses).toEqual([
      { q: 'wrong fact', expected: 'company-size', got: 'deployment-start', status: 'answered', score: 0.8 },
      { q: 'right fact but unsure', expected: 'company-size', got: 'company-size', status: 'ambiguous', score: 0.5 },
      { q: 'never matched', expected: 'company-size', got: null, status: 'no_match', score: null },
    ]);
  });

  it('counts an off-topic question as declined only on no_match, not on ambiguous', () => {
    expect(result.declined.unrelated).toEqual({ part: 1, total: 3, rate: 1 / 3 });
    expect(result.falseAnswers.map(({ q, status }) => ({ q, status }))).toEqual([
      { q: 'off-topic answered', status: 'answered' },
      { q: 'off-topic ambiguous', status: 'ambiguous' },
    ]);
  });

  it('precision counts every answered reply, to answerable and must-decline questions alike', () => {
    expect(result.precision).toEqual({ part: 1, total: 3, rate: 1 / 3 });
  });
});

describe('sets that name expected tokens', () => {
  const tokenSet = parseEvalSet('inline', `
answerable:
  - { q: "how many", expect: ["145"], style: plain, source: "145 soldiers" }
  - { q: "how many trainers", expect: ["Twelve"], style: plain, source: "Twelve Dutch officers" }
decline:
  - { q: "how old", kind: near_miss, why: "no age" }
  - { q: "weather", kind: unrelated, why: "off topic" }
`);

  it('a right answer holds every token as whole words, digits and number words alike', () => {
    const [size, trainers] = tokenSet.answerable;
    expect(size!.isRight({ id: 'x', title: 'Size', answer: 'A company of 145 soldiers.' })).toBe(true);
    expect(size!.isRight({ id: 'x', title: 'Size', answer: 'A company of 1450 soldiers.' })).toBe(false);
    expect(trainers!.isRight({ id: 'y', title: 'Trainers', answer: '12 Dutch officers train special forces.' })).toBe(true);
  });

  it('near misses and unrelated questions are counted apart', () => {
    const declining = scriptedMatcher({ 'how old': { status: 'answered', candidates: [{ fact: fact('company-size'), score: 0.9 }] } });
    const result = scoreEval(declining, tokenSet);
    expect(result.declined.near_miss).toEqual({ part: 0, total: 1, rate: 0 });
    expect(result.declined.unrelated).toEqual({ part: 1, total: 1, rate: 1 });
  });
});

describe('parseEvalSet', () => {
  it('refuses a set whose expected fact is not a valid fact id, naming the place', () => {
    expect(() => parseEvalSet('bad.yaml', 'answerable: [{ q: "x", fact: "Not An Id" }]\noff_topic: ["hi"]')).toThrow(
      /bad\.yaml.*\n.*answerable\.0\.fact/,
    );
  });

  it('refuses unknown keys rather than ignoring them', () => {
    expect(() => parseEvalSet('bad.yaml', 'answerable: [{ q: "x", fact: ok-id, note: 1 }]\noff_topic: ["hi"]')).toThrow(/bad\.yaml/);
  });
});
