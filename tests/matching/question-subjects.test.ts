import { describe, expect, it } from 'vitest';
import { createCandidateIndex } from '../../src/matching/candidate-index';
import { CONFIDENCE_WEIGHTS, fitOf } from '../../src/matching/confidence';
import { createFactMatcher } from '../../src/matching/fact-matcher';
import { normalizeQuery } from '../../src/matching/normalize';
import { foreignSubjects } from '../../src/matching/subjects';
import type { MatchResult } from '../../src/matching/types';
import { SAMPLE_FACTS } from './sample-facts';

const matcher = createFactMatcher(SAMPLE_FACTS);
const index = createCandidateIndex(SAMPLE_FACTS);
const answeredId = (result: MatchResult) => (result.status === 'answered' ? result.candidates[0]?.fact.id : `(${result.status})`);
const topScore = (question: string) => matcher.match(question).candidates[0]?.score ?? 0;
const readingsOf = (question: string) => {
  const normalized = normalizeQuery(question);
  return index.resolve(normalized.tokens, normalized.names);
};

describe('questions about a country or name the facts do not cover', () => {
  it('declines a question about troops in a country no fact mentions, while the same question about Iraq is answered', () => {
    expect(answeredId(matcher.match('how many Dutch troops are in Iraq'))).toBe('company-size');
    expect(matcher.match('how many Dutch troops are in Lithuania').status).toBe('no_match');
    expect(matcher.match('how many dutch troops are in belgium').status).toBe('no_match');
  });

  it('does not answer with a fact about Dutch soldiers when the question names a country that fact never mentions', () => {
    const result = matcher.match('how many American soldiers are in Iraq');
    expect(answeredId(result)).not.toBe('company-size');
  });

  it('counts a capitalised unknown word inside a sentence as a name, but not a capital that starts the sentence', () => {
    expect(readingsOf('how many troops are in Zembla').find((token) => token.typed === 'zembla')?.subject).toBe(true);
    expect(readingsOf('Zembla troops').find((token) => token.typed === 'zembla')?.subject).toBe(false);
  });

  it('does not treat a country every fact shares (the setting) as a reason to doubt a fact', () => {
    // "Iraq" is in nearly every sample fact, so naming it says nothing about which fact is meant.
    expect(answeredId(matcher.match('when does the Dutch company start working in Iraq'))).toBe('deployment-start');
  });

  it('does not doubt a fact that mentions one of the countries the question names, only one that mentions none', () => {
    const kidnapping = SAMPLE_FACTS.findIndex((fact) => fact.id === 'tsurkov-kidnapping');
    const occupation = SAMPLE_FACTS.findIndex((fact) => fact.id === 'isis-occupation');
    const question = readingsOf('was the Israeli Russian researcher kidnapped');
    expect(foreignSubjects(index, question, kidnapping)).toBe(0);
    expect(foreignSubjects(index, question, occupation)).toBe(1);
    expect(foreignSubjects(index, readingsOf('was the researcher kidnapped in Zembla'), kidnapping)).toBe(1);
  });

  it('lowers the fit by a factor for each subject the fact is not about', () => {
    const fit = { coverage: 0.8, focus: 0.6, specificity: 1 };
    expect(fitOf({ ...fit, foreignSubjects: 1 })).toBeCloseTo(fitOf({ ...fit, foreignSubjects: 0 }) * CONFIDENCE_WEIGHTS.foreignSubject);
    expect(fitOf({ ...fit, foreignSubjects: 2 })).toBeLessThan(fitOf({ ...fit, foreignSubjects: 1 }));
  });
});

describe('everyday words', () => {
  it('an everyday word no fact uses costs less confidence than an unknown rare word', () => {
    const plain = topScore('how many troops r the dutch sending');
    const everyday = topScore('how many troops r the dutch sending these days');
    const rare = topScore('how many troops r the dutch sending quokkas');
    expect(everyday).toBeGreaterThan(rare);
    expect(everyday).toBeLessThanOrEqual(plain);
    expect(answeredId(matcher.match('how many troops r the dutch sending these days'))).toBe('company-size');
  });

  it('reads an everyday word as itself, not as a typo of a rarer known word', () => {
    // "whole" stems to "whol", one edit from the known "who".
    expect(readingsOf('the whole thing')[0]?.tokens).toEqual([]);
  });

  it('reads a country as itself, not as a typo of a known word', () => {
    expect(readingsOf('belgian')[0]?.tokens).toEqual([]);
    expect(readingsOf('belgian')[0]?.subject).toBe(true);
  });
});
