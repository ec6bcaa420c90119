import { describe, expect, it } from 'vitest';
import { detectLanguage, languageOfLocale } from '../../src/language/detect-language';

describe('telling the language of a message', () => {
  it('reads full Dutch and English questions, chat spellings included', () => {
    expect(detectLanguage('hoeveel soldaten stuurt nederland naar irak')).toBe('nl');
    expect(detectLanguage('wrm gaan ze eigenlijk')).toBe('nl');
    expect(detectLanguage('How many Dutch soldiers are going to Iraq?')).toBe('en');
    expect(detectLanguage('why r the dutch going')).toBe('en');
  });

  it('decides very short text by the function words only one language writes', () => {
    expect(detectLanguage('wie is tsurkov')).toBe('nl');
    expect(detectLanguage('who is tsurkov')).toBe('en');
    expect(detectLanguage('wat is OIR')).toBe('nl');
  });

  it('falls back to the hint, then English, when the text does not tell', () => {
    expect(detectLanguage('rutte erbil 2016')).toBe('en');
    expect(detectLanguage('rutte erbil 2016', 'nl')).toBe('nl');
    expect(detectLanguage('Tsurkov?', 'nl')).toBe('nl');
    expect(detectLanguage('')).toBe('en');
  });

  it('maps platform locales to a language the bot speaks, and others to none', () => {
    expect(languageOfLocale('nl')).toBe('nl');
    expect(languageOfLocale('en-US')).toBe('en');
    expect(languageOfLocale('de')).toBeUndefined();
    expect(languageOfLocale(undefined)).toBeUndefined();
  });
});
