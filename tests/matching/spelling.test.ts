import { describe, expect, it } from 'vitest';
import { Spelling as TreeSpelling } from '../../bench/baseline/spelling';
import { seededRandom } from '../../bench/synthetic-facts';
import { Spelling } from '../../src/matching/spelling';

function spellingOf(counts: Record<string, number>): Spelling {
  const spelling = new Spelling();
  for (const [word, count] of Object.entries(counts)) for (let at = 0; at < count; at += 1) spelling.add([word]);
  return spelling;
}

describe('correcting a misspelling against the facts\' own words', () => {
  it('corrects a misspelt fact word', () => {
    const spelling = spellingOf({ parliament: 1, occupy: 1 });
    expect(spelling.correct('parlament')).toBe('parliament');
    expect(spelling.correct('ocupy')).toBe('occupy');
  });

  it('leaves a known word and a word too far from any known one alone', () => {
    const spelling = spellingOf({ parliament: 1 });
    expect(spelling.correct('parliament')).toBeUndefined();
    expect(spelling.correct('pxrlxmxnt')).toBeUndefined();
  });

  it('allows one edit in a short word and two in a long one', () => {
    const spelling = spellingOf({ occupy: 1, parliament: 1 });
    expect(spelling.correct('oxcupz')).toBeUndefined();
    expect(spelling.correct('parlamant')).toBe('parliament');
  });

  it('refuses to correct words shorter than four letters, and does not learn them', () => {
    const spelling = spellingOf({ old: 1, odd: 1, base: 1 });
    expect(spelling.correct('odl')).toBeUndefined();
    expect(spelling.has('old')).toBe(false);
    expect(spelling.correct('bas')).toBeUndefined();
  });

  it('prefers the word fewer edits away, however much more another is used', () => {
    const spelling = spellingOf({ militia: 1, militias: 9 });
    expect(spelling.correct('milittia')).toBe('militia');
  });

  it('prefers the more used word among equally close ones', () => {
    expect(spellingOf({ advisers: 3, advisors: 1 }).correct('advisrs')).toBe('advisers');
    expect(spellingOf({ advisers: 1, advisors: 3 }).correct('advisrs')).toBe('advisors');
  });

  it('forgets a word once every fact that used it is removed', () => {
    const spelling = spellingOf({ occupy: 2 });
    spelling.remove(['occupy']);
    expect(spelling.correct('ocupy')).toBe('occupy');
    spelling.remove(['occupy']);
    expect(spelling.has('occupy')).toBe(false);
    expect(spelling.correct('ocupy')).toBeUndefined();
    expect(() => spelling.remove(['occupy', 'never-added'])).not.toThrow();
  });
});

describe('the same corrections as the radix tree it replaced', () => {
  /** Words from a small alphabet, so that many are equally close and equally used (ties). */
  function wordsDrawn(random: () => number, count: number): string[] {
    return Array.from({ length: count }, () => {
      const length = 4 + Math.floor(random() * 5);
      return Array.from({ length }, () => 'abcde'[Math.floor(random() * 5)]).join('');
    });
  }

  it('corrects every misspelling as MiniSearch\'s SearchableMap did, ties included, whether built at once or word by word', () => {
    const random = seededRandom(20231201);
    let corrected = 0;
    for (let base = 0; base < 40; base += 1) {
      const words = wordsDrawn(random, 30 + Math.floor(random() * 200));
      const reference = new TreeSpelling();
      const built = new Spelling();
      const grown = new Spelling();
      grown.settle();
      for (const word of words) {
        reference.add([word]);
        built.add([word]);
        grown.add([word]);
      }
      built.settle();
      for (const typo of wordsDrawn(random, 100)) {
        const expected = reference.correct(typo);
        if (expected !== undefined) corrected += 1;
        expect([built.correct(typo), grown.correct(typo)], typo).toEqual([expected, expected]);
      }
    }
    // The comparison means something only if many misspellings were corrected.
    expect(corrected).toBeGreaterThan(1000);
  });
});
