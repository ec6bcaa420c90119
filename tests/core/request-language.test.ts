import { describe, expect, it } from 'vitest';
import type { Command } from '../../src/core/command';
import { ownWords, requestLanguage } from '../../src/core/request-language';
import type { Actor } from '../../src/core/request';
import { detectLanguage } from '../../src/language/detect-language';

const PERSON: Actor = { platform: 'slack', userId: 'U1', displayName: 'someone' };
const DUTCH_CLIENT: Actor = { ...PERSON, platform: 'discord', clientLanguage: 'nl' };
const command = {
  options: [
    { name: 'id', description: 'id', required: true, kind: 'string', positional: true },
    { name: 'answer', description: 'a fact field', required: false, kind: 'text' },
    { name: 'question', description: 'q', required: false, kind: 'string', positional: true, rest: true, prose: true },
  ],
} as unknown as Command;

describe("a request's language", () => {
  it('is the language a button carried, before anything else', () => {
    expect(requestLanguage(detectLanguage, PERSON, { carried: 'nl' }, 'How many soldiers are going?')).toBe('nl');
    expect(requestLanguage(detectLanguage, DUTCH_CLIENT, { carried: 'en' })).toBe('en');
    expect(requestLanguage(detectLanguage, DUTCH_CLIENT, { carried: 'fr' })).toBe('nl');
  });

  it("is read from the person's own words, with the Dutch name or the locale only breaking a tie", () => {
    expect(requestLanguage(detectLanguage, DUTCH_CLIENT, {}, 'How many soldiers are the Dutch sending to Iraq?')).toBe('en');
    expect(requestLanguage(detectLanguage, PERSON, {}, 'hoeveel soldaten stuurt nederland naar irak')).toBe('nl');
    expect(requestLanguage(detectLanguage, PERSON, { dutchName: true })).toBe('nl');
    expect(requestLanguage(detectLanguage, DUTCH_CLIENT, {})).toBe('nl');
    expect(requestLanguage(detectLanguage, PERSON, {})).toBe('en');
  });

  it("takes only prose options as the person's words: not ids, nor a fact's fields, whose language is the field's", () => {
    expect(ownWords(command, { id: 'company-size', answer: 'Een compagnie van 145 militairen.', question: 'hoeveel soldaten' })).toBe('hoeveel soldaten');
    expect(ownWords(command, { id: 'company-size', answer: 'Een compagnie van 145 militairen.' })).toBe('');
  });
});
