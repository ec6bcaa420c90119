import { stemmer } from 'stemmer';
import { describe, expect, it } from 'vitest';
import { CHAT_SPEAK, NUMBER_WORDS, SPELLING_VARIANTS, STOP_WORDS, SYNONYM_GROUPS } from '../../src/matching/word-lists';

/** Pairs of [entry, group index] for every synonym-group entry. */
const entries = SYNONYM_GROUPS.flatMap((group, at) => group.map((entry) => [entry, at] as const));

describe('the hand-written word lists', () => {
  it('put no word in two synonym groups', () => {
    const groupOf = new Map<string, number>();
    const clashes: string[] = [];
    for (const [entry, at] of entries) {
      if (groupOf.has(entry) && groupOf.get(entry) !== at) clashes.push(entry);
      groupOf.set(entry, at);
    }
    expect(clashes).toEqual([]);
  });

  it('give no two synonym groups a single word with the same stem (the stem would silently join the first group)', () => {
    const groupOfStem = new Map<string, number>();
    const clashes: string[] = [];
    for (const [entry, at] of entries) {
      if (entry.includes(' ')) continue;
      const stem = stemmer(entry);
      if (groupOfStem.has(stem) && groupOfStem.get(stem) !== at) clashes.push(entry);
      if (!groupOfStem.has(stem)) groupOfStem.set(stem, at);
    }
    expect(clashes).toEqual([]);
  });

  it('make no synonym-group entry a stop word (it would be dropped before it is grouped)', () => {
    expect(entries.map(([entry]) => entry).filter((entry) => STOP_WORDS.has(entry))).toEqual([]);
  });

  it('write every list in lower case, as the words are looked up after folding', () => {
    const all = [...STOP_WORDS, ...entries.map(([entry]) => entry), ...Object.keys(CHAT_SPEAK), ...Object.keys(SPELLING_VARIANTS), ...Object.keys(NUMBER_WORDS)];
    expect(all.filter((word) => word !== word.toLowerCase())).toEqual([]);
  });

  it('map a spelling variant to a different word', () => {
    expect(Object.entries(SPELLING_VARIANTS).filter(([british, american]) => british === american)).toEqual([]);
  });
});
