import { describe, expect, it } from 'vitest';
import { FUSE_OPTIONS } from '../../src/matching/fuse-options';

describe('the Fuse.js options', () => {
  it('are one frozen object searching title, questions and keywords, with the answer weighted low', () => {
    expect(Object.isFrozen(FUSE_OPTIONS)).toBe(true);
    expect(FUSE_OPTIONS.keys).toEqual([
      { name: 'title', weight: 3 },
      { name: 'questions', weight: 3 },
      { name: 'keywords', weight: 2 },
      { name: 'answer', weight: 0.5 },
    ]);
  });

  it('are pinned: word-level fuzzy search, location ignored, strict threshold', () => {
    expect(FUSE_OPTIONS).toMatchObject({ useTokenSearch: true, ignoreLocation: true, threshold: 0.2, includeScore: true });
  });
});
