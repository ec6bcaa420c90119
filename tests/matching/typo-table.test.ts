import { describe, expect, it } from 'vitest';
import { boundedEditDistance, createTypoTable } from '../../src/matching/typo-table';

describe('edit distance', () => {
  it('counts an adjacent swap as one edit', () => {
    expect(boundedEditDistance('misison', 'mission', 2)).toBe(1);
    expect(boundedEditDistance('kidnaped', 'kidnapped', 2)).toBe(1);
  });

  it('gives up past the limit instead of finishing the table', () => {
    expect(boundedEditDistance('asdfghjkl', 'mission', 2)).toBe(3);
    expect(boundedEditDistance('a', 'abcdefgh', 1)).toBe(2);
  });
});

describe('correcting a misspelt word', () => {
  const words = ['mission', 'militia', 'most', 'soldier', 'tsurkov', 'hezbollah', 'kidnap'];
  const table = createTypoTable(words, (word) => (word === 'most' ? 50 : 1));

  it('finds the known word a misspelling meant', () => {
    expect(table.correct('misison')?.word).toBe('mission');
    expect(table.correct('soldeir')?.word).toBe('soldier');
    expect(table.correct('hezbolah')?.word).toBe('hezbollah');
    expect(table.correct('tsurkof')?.word).toBe('tsurkov');
  });

  it('does not turn a short word into another word with a different first letter', () => {
    expect(table.correct('cost')).toBeUndefined();
  });

  it('leaves words alone that are not close to any known word', () => {
    expect(table.correct('weather')).toBeUndefined();
    expect(table.correct('asdfghjkl')).toBeUndefined();
    expect(table.correct('joke')).toBeUndefined();
  });

  it('does not correct words too short to judge, or numbers', () => {
    expect(table.correct('mst')).toBeUndefined();
    expect(table.correct('2025')).toBeUndefined();
  });
});
