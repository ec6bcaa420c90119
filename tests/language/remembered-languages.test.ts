import { describe, expect, it, vi } from 'vitest';
import { detectLanguage } from '../../src/language/detect-language';
import { REMEMBERED_LANGUAGES, rememberingDetector } from '../../src/language/remembered-languages';

describe('rememberingDetector', () => {
  it('reads a text once and gives the same language again', () => {
    const detect = vi.fn(detectLanguage);
    const remembering = rememberingDetector(detect);
    expect(remembering('Hoeveel soldaten gaan er naar Irak?')).toBe('nl');
    expect(remembering('Hoeveel soldaten gaan er naar Irak?')).toBe('nl');
    expect(detect).toHaveBeenCalledTimes(1);
  });

  it('reads the same text with another hint anew, since the hint decides what the words do not', () => {
    const detect = vi.fn(detectLanguage);
    const remembering = rememberingDetector(detect);
    expect(remembering('Rutte Erbil 2016', 'nl')).toBe(detectLanguage('Rutte Erbil 2016', 'nl'));
    expect(remembering('Rutte Erbil 2016', 'en')).toBe(detectLanguage('Rutte Erbil 2016', 'en'));
    expect(remembering('Rutte Erbil 2016')).toBe(detectLanguage('Rutte Erbil 2016'));
    expect(detect).toHaveBeenCalledTimes(3);
  });

  it('does not keep long texts, which are rarely asked twice', () => {
    const detect = vi.fn(detectLanguage);
    const remembering = rememberingDetector(detect);
    const long = 'How many soldiers are going to Iraq? '.repeat(Math.ceil(REMEMBERED_LANGUAGES.maxTextChars / 30));
    remembering(long);
    remembering(long);
    expect(detect).toHaveBeenCalledTimes(2);
  });
});
