import { describe, expect, it } from 'vitest';
import { ELLIPSIS, graphemePrefix, truncateText, wellFormed } from '../../src/core/truncate';
import { quoted, shorten } from '../../src/moderation/format';
import { factChoice } from '../../src/moderation/fact-autocomplete';
import { AWKWARD_GRAPHEMES } from '../helpers/awkward-text';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

const graphemeEnds = (text: string) => new Set([...segmenter.segment(text)].map(({ index, segment }) => index + segment.length));

/** Text with one awkward grapheme starting at each offset from 0 to `span`. */
function withGraphemeAt(offset: number, grapheme: string, length: number): string {
  return `${'x'.repeat(offset)}${grapheme}${'y'.repeat(Math.max(0, length - offset - grapheme.length))}`;
}

function expectWellFormed(text: string, where = ''): void {
  expect(/\p{Surrogate}/u.test(text), `lone surrogate in ${where}: ${JSON.stringify(text.slice(-20))}`).toBe(false);
}

describe('the one truncation helper', () => {
  it('cuts only between graphemes, at every position an emoji can straddle', () => {
    for (const grapheme of AWKWARD_GRAPHEMES) {
      for (let offset = 0; offset <= 40; offset++) {
        const text = withGraphemeAt(offset, grapheme, 60);
        for (const max of [10, 20, 30, 40]) {
          const cut = truncateText(text, max);
          expect(cut.length).toBeLessThanOrEqual(max);
          expect(cut.endsWith(ELLIPSIS)).toBe(true);
          const kept = cut.slice(0, -ELLIPSIS.length);
          expect(text.startsWith(kept)).toBe(true);
          expect(graphemeEnds(text).has(kept.length) || kept.length === 0, `${grapheme} at ${offset}, max ${max}`).toBe(true);
          expectWellFormed(cut);
        }
      }
    }
  });

  it('finds the same cut as segmenting the whole text, for mixed text of every kind', () => {
    const pieces = ['a', 'b', ' ', '.', '\r\n', '\u0301', '\u200D', '😀', '🏽', '🇳', '🇱', '\uFE0F', 'ᄀ', 'ᅡ', 'ᆨ', 'क', '\u094D', 'ष', '\u00AD', '\t'];
    let seed = 7;
    const random = (below: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % below);
    for (let sample = 0; sample < 400; sample++) {
      const text = Array.from({ length: 20 + random(120) }, () => pieces[random(pieces.length)]).join('');
      const room = random(text.length);
      let longest = 0;
      for (const end of graphemeEnds(text)) if (end <= room) longest = Math.max(longest, end);
      expect(graphemePrefix(text, room), JSON.stringify({ text, room })).toBe(text.slice(0, longest));
    }
  });

  it('leaves text that fits alone, except that lone surrogates become U+FFFD', () => {
    expect(truncateText('short 😀', 100)).toBe('short 😀');
    expect(wellFormed('a\uD83Db\uDE00')).toBe('a\uFFFDb\uFFFD');
    expect(truncateText('\uD83D', 5)).toBe('\uFFFD');
  });

  it('keeps the work bounded by the room, not the text: 40,000 graphemes cost no more than a few', () => {
    const text = '👨‍👩‍👧'.repeat(6000);
    expect(graphemePrefix(text, 100).length).toBeLessThanOrEqual(100);
    const start = performance.now();
    for (let run = 0; run < 100; run++) graphemePrefix(text, 100);
    expect(performance.now() - start).toBeLessThan(500);
  });

  it('is what shorten, quoted and autocomplete names use (fact gaps, history summaries, /fact choices)', () => {
    for (let offset = 0; offset < 12; offset++) {
      const text = withGraphemeAt(offset, '👨‍👩‍👧‍👦', 30);
      expectWellFormed(shorten(text, 10));
      expectWellFormed(quoted(text, 10));
      const kept = shorten(text, 10).slice(0, -ELLIPSIS.length);
      expect(kept.length === 0 || graphemeEnds(text).has(kept.length), `offset ${offset}`).toBe(true);
      expectWellFormed(factChoice({ id: 'x', title: `${'t'.repeat(90 + (offset % 8))}😀😀😀😀😀😀` }, 'en').name);
    }
  });
});
