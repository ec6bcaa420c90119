import { describe, expect, it } from 'vitest';
import { createFactMatcher, MATCH_THRESHOLDS, SUGGEST_LIMIT_MAX } from '../../src/matching/fact-matcher';
import type { MatchResult } from '../../src/matching/types';
import { SAMPLE_FACTS } from './sample-facts';

const matcher = createFactMatcher(SAMPLE_FACTS);
const answeredId = (result: MatchResult) => (result.status === 'answered' ? result.candidates[0]?.fact.id : `(${result.status})`);

describe('matching questions to facts', () => {
  it('answers the three example questions of the issue with the planned facts', () => {
    expect(answeredId(matcher.match('how many troops r the dutch sending'))).toBe('company-size');
    expect(answeredId(matcher.match('troop count'))).toBe('company-size');
    expect(answeredId(matcher.match('wen does the misison start'))).toBe('deployment-start');
  });

  it('answers a plain question with a confidence between the answer threshold and 1', () => {
    const result = matcher.match('Who is Elizabeth Tsurkov?');
    expect(answeredId(result)).toBe('tsurkov-who');
    expect(result.candidates[0]!.score).toBeGreaterThanOrEqual(MATCH_THRESHOLDS.answer);
    expect(result.candidates[0]!.score).toBeLessThanOrEqual(1);
  });

  it('tolerates a typo in a rare word', () => {
    expect(answeredId(matcher.match('who kidnaped tsurkov'))).toBe('tsurkov-kidnapping');
    expect(answeredId(matcher.match('federal reserv dollars'))).toBe('dollar-reserves-fed');
  });

  it('reads a word with a negating prefix as being about the same subject ("unfair" / "fair")', () => {
    const requested = SAMPLE_FACTS.map((fact) => (fact.id === 'company-size' ? { ...fact, keywords: [...fact.keywords, 'a fair share'] } : fact));
    const result = createFactMatcher(requested).match('unfair');
    expect(result.status).not.toBe('no_match');
    expect(result.candidates[0]?.fact.id).toBe('company-size');
  });

  it('offers the close contenders, at most three, when a question fits several facts', () => {
    const result = matcher.match('tsurkov');
    expect(result.status).toBe('ambiguous');
    expect(result.candidates.length).toBeGreaterThanOrEqual(2);
    expect(result.candidates.length).toBeLessThanOrEqual(MATCH_THRESHOLDS.maxAmbiguous);
    expect(result.candidates.map((candidate) => candidate.fact.id)).toEqual(expect.arrayContaining(['tsurkov-who', 'tsurkov-kidnapping']));
  });

  it('orders candidates best first', () => {
    for (const question of ['tsurkov', 'when does the nato mission start', 'iraq']) {
      const scores = matcher.match(question).candidates.map((candidate) => candidate.score);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
    }
  });

  it.each(['weather in Amsterdam tomorrow', 'tell me a joke', 'asdfghjkl', 'hello', 'who won the world cup', 'what is the bitcoin price today'])(
    'declines the off-topic question "%s" instead of answering a random fact',
    (question) => {
      const result = matcher.match(question);
      expect(result.status).toBe('no_match');
      expect(result.candidates).toEqual([]);
    },
  );

  it('does not answer a question made only of words every fact shares', () => {
    expect(matcher.match('iraq').status).not.toBe('answered');
  });
});

describe('matching any input safely', () => {
  const randomBytes = (length: number) => {
    let seed = 12345;
    return Array.from({ length }, () => {
      seed = (seed * 1103515245 + 12345) >>> 0;
      return String.fromCharCode(seed % 65536);
    }).join('');
  };
  const longQuestion = 'how many dutch troops are going to iraq and why and when and who asked them '.repeat(80).slice(0, 6000);

  it.each([
    ['empty', '', 'empty'],
    ['whitespace', ' \n\t  ', 'empty'],
    ['emoji', '🤔🇳🇱💥', 'no_words'],
    ['control characters', '\u0000\u0001\u0007\u001b\u007f', 'no_words'],
  ])('answers %s input with no_match and says why', (_name, input, problem) => {
    expect(matcher.match(input)).toEqual({ status: 'no_match', candidates: [], inputProblem: problem });
  });

  it.each([
    ['a 6,000-character question', longQuestion],
    ['random bytes', randomBytes(6000)],
    ['a 100,000-character string', 'x'.repeat(100_000)],
    ['a 100,000-character string of words', 'troops iraq '.repeat(9000)],
    ['lone surrogates', '\ud800 troops \udfff'],
  ])('returns a result for %s without throwing', (_name, input) => {
    const result = matcher.match(input);
    expect(['answered', 'ambiguous', 'no_match']).toContain(result.status);
    expect(result.candidates.length).toBeLessThanOrEqual(MATCH_THRESHOLDS.maxAmbiguous);
  });

  it('works on an empty fact base', () => {
    const empty = createFactMatcher([]);
    expect(empty.size).toBe(0);
    expect(empty.match('how many troops').status).toBe('no_match');
    expect(empty.suggest('troops', 5)).toEqual([]);
  });
});

describe('suggesting facts while the user types', () => {
  it('completes the word being typed', () => {
    const ids = matcher.suggest('tsurk', 5).map((candidate) => candidate.fact.id);
    expect(ids).toEqual(expect.arrayContaining(['tsurkov-who', 'tsurkov-kidnapping']));
  });

  it('combines finished words with the word being typed', () => {
    expect(matcher.suggest('how many sol', 3)[0]?.fact.id).toBe('company-size');
  });

  it('never returns more than asked, nor more than Discord shows', () => {
    expect(matcher.suggest('', 3)).toHaveLength(3);
    expect(matcher.suggest('i', 100).length).toBeLessThanOrEqual(SUGGEST_LIMIT_MAX);
    expect(matcher.suggest('tsurkov', 0)).toEqual([]);
    expect(matcher.suggest('tsurkov', -5)).toEqual([]);
  });

  it('suggests nothing for typed noise', () => {
    expect(matcher.suggest('qqqzzz', 5)).toEqual([]);
    expect(matcher.suggest('🤔', 5)).toEqual([]);
  });
});

describe('the match thresholds', () => {
  it('are pinned: changing them needs the evaluation numbers that justify it', () => {
    expect(MATCH_THRESHOLDS).toEqual({
      answer: 0.55,
      suggest: 0.5,
      margin: 0.05,
      ambiguityWindow: 0.12,
      maxAmbiguous: 3,
      candidatePool: 8,
    });
    expect(Object.isFrozen(MATCH_THRESHOLDS)).toBe(true);
  });
});
