import { describe, expect, it } from 'vitest';
import { NORMALIZE_LIMITS, normalizeField, normalizeQuery, stem } from '../../src/matching/normalize';

const tokensOf = (text: string) => normalizeQuery(text).tokens;

describe('normalizing a question', () => {
  it('ignores case, accents and punctuation', () => {
    expect(tokensOf('TSÜRKOV!!!')).toEqual(tokensOf('tsurkov'));
    expect(tokensOf('Kataib-Hezbollah?')).toEqual(['kataib', 'hezbollah']);
  });

  it('drops possessives and contractions down to their words', () => {
    expect(tokensOf("Iraq's dollar reserves")).toEqual(tokensOf('iraq dollar reserves'));
    expect(tokensOf('the soldiers’ task')).toEqual(tokensOf('soldiers task'));
    expect(tokensOf("don't")).toEqual(['not']);
  });

  it('drops stop words but keeps words that say what is asked (who, when, where, why)', () => {
    expect(tokensOf('what is the name of the researcher')).toEqual(tokensOf('name researcher'));
    expect(tokensOf('when does it start')).toContain('when');
    expect(tokensOf('who kidnapped her')).toContain('who');
    expect(tokensOf('why')).toEqual(tokensOf('reason'));
  });

  it('stems plural and verb forms to one token', () => {
    expect(stem('militias')).toBe(stem('militia'));
    expect(stem('protected')).toBe(stem('protect'));
    expect(stem('bases')).toBe(stem('base'));
    expect(tokensOf('attacks')).toEqual(tokensOf('attacked'));
  });

  it('reads chat-speak: r, u, ppl, wen, b4', () => {
    expect(tokensOf('how many troops r the dutch sending')).toEqual(tokensOf('how many troops are the dutch sending'));
    expect(tokensOf('wen')).toEqual(['when']);
    expect(tokensOf('ppl')).toEqual(tokensOf('people'));
  });

  it('maps everyday synonyms to one token', () => {
    for (const word of ['troops', 'soldiers', 'men', 'military']) expect(tokensOf(word)).toEqual(['soldier']);
    for (const word of ['dutch', 'Netherlands', 'NL', 'Holland']) expect(tokensOf(word)).toEqual(['netherlands']);
    for (const word of ['USA', 'America', 'American', 'yanks', 'U.S.']) expect(tokensOf(word)).toEqual(['america']);
    expect(tokensOf('how many')).toEqual(tokensOf('number'));
    expect(tokensOf('begin')).toEqual(tokensOf('start'));
  });

  it('tells the country US from the pronoun us', () => {
    expect(tokensOf('US troops')).toEqual(['america', 'soldier']);
    expect(tokensOf('us bases in iraq')).toContain('america');
    expect(tokensOf('tell us about the mission')).not.toContain('america');
  });

  it('treats British and American spellings alike', () => {
    expect(tokensOf('defence')).toEqual(tokensOf('defense'));
  });

  it('keeps "do" only when it is the verb, not the auxiliary of a question', () => {
    expect(tokensOf('what will the soldiers do')).toContain('do');
    expect(tokensOf('what are they doing there')).toContain('do');
    expect(tokensOf('do the soldiers protect advisers')).not.toContain('do');
    expect(tokensOf('how many did they send')).not.toContain('do');
  });

  it('does not cut -eed words as if they were past tenses ("bleed" is not "bl")', () => {
    expect(stem('bleeding')).toBe(stem('bleed'));
    expect(stem('need')).toBe('need');
    expect(stem('protected')).toBe(stem('protect'));
  });

  it('reports words capitalised inside a sentence as names, but not the first word of a sentence', () => {
    expect(normalizeQuery('how many Dutch troops are in Lithuania').names).toEqual(['netherlands', 'lithuania']);
    expect(normalizeQuery('Lithuania? Troops there').names).toEqual([]);
    expect(normalizeQuery('how many dutch troops are in lithuania').names).toEqual([]);
  });

  it('normalizes fact fields with the same rules as questions', () => {
    expect(normalizeField('How many troops are the Dutch sending?')).toEqual(tokensOf('how many troops r the dutch sending'));
  });
});

describe('normalizing awkward input', () => {
  it('reports blank input as having no text', () => {
    for (const input of ['', '   ', '\n\t']) expect(normalizeQuery(input)).toEqual({ tokens: [], hasText: false, hasWords: false, names: [] });
  });

  it('reports emoji and punctuation as having no words', () => {
    for (const input of ['🤔🤔🤔', '????', '\u0000\u0007']) expect(normalizeQuery(input)).toMatchObject({ tokens: [], hasText: true, hasWords: false });
  });

  it('knows words that are all stop words are still words', () => {
    expect(normalizeQuery('hello')).toEqual({ tokens: [], hasText: true, hasWords: true, names: [] });
  });

  it('bounds the number of tokens kept from a very long question', () => {
    const long = Array.from({ length: 5000 }, (_, index) => `word${index}`).join(' ');
    expect(normalizeQuery(long).tokens.length).toBeLessThanOrEqual(NORMALIZE_LIMITS.maxQueryTokens);
  });

  it('skips "words" too long to be words', () => {
    expect(normalizeQuery(`${'a'.repeat(NORMALIZE_LIMITS.maxTokenLength + 1)} tsurkov`).tokens).toEqual(['tsurkov']);
  });

  it('returns nothing for a value that is not a string', () => {
    expect(normalizeQuery(undefined).hasText).toBe(false);
    expect(normalizeQuery(42).hasText).toBe(false);
  });
});

describe('normalizing words that name built-in object members', () => {
  it('treats "constructor", "toString" and "__proto__" as plain words', () => {
    expect(normalizeQuery('constructor toString __proto__').tokens).toEqual(['constructor', stem('tostring'), 'proto']);
  });
});
