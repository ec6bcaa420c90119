import { describe, expect, it } from 'vitest';
import { asciiTokens, MAX_WORD_LENGTH, unicodeTokens } from '../../src/matching/tokens';

/** A seeded generator, so a failure names a text that can be read again. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const PIECES = ['Sudani', 'the', 'US', 'I', 'Erbil', 'x', 'a1', '3rd', '2023', 'IS', 'militia', 'A', 'ok', 'B52', 'q'.repeat(MAX_WORD_LENGTH), 'Q'.repeat(MAX_WORD_LENGTH + 1)];
const BETWEEN = [' ', '  ', '. ', '.', '!', '? ', ':', ';', '\n', '\n\n  ', '"', ' "', '(', ' [', ' (', '\t', '\r\n', ',', '-', '_', '/', '        ', '.         ', ')', '*', '~'];

describe('the ASCII tokenizer', () => {
  it('reads ASCII text exactly as the general (Unicode) reading does', () => {
    const random = seeded(15);
    const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
    for (let text = 0; text < 3000; text += 1) {
      let written = random() < 0.5 ? pick(BETWEEN) : '';
      const parts = 1 + Math.floor(random() * 12);
      for (let part = 0; part < parts; part += 1) written += pick(PIECES) + pick(BETWEEN);
      expect(asciiTokens(written), JSON.stringify(written)).toEqual(unicodeTokens(written));
    }
  });

  it('sees a capital inside a sentence as a name, and one after a sentence end or a quote as a sentence start', () => {
    const capitalised = (text: string) => asciiTokens(text).filter((token) => token.capitalised).map((token) => token.word);
    expect(capitalised('Where did Sudani go? To Erbil. "Then Baghdad" and (Basra)')).toEqual(['Sudani', 'Erbil', 'Baghdad', 'Basra']);
    expect(capitalised('ok\n   Erbil')).toEqual([]);
  });
});
