import { describe, expect, it } from 'vitest';
import { createRecentIds } from '../../../src/adapters/slack/recent-ids';

describe('recently seen Slack ids', () => {
  it('are new once, repeats after that, and the oldest are forgotten beyond the capacity', () => {
    const seen = createRecentIds(3);
    expect(['a', 'b', 'a', 'c'].map((id) => seen.firstSighting(id))).toEqual([true, true, false, true]);
    // A repeat does not make "a" younger: it is the first forgotten when "d" comes.
    expect(seen.firstSighting('d')).toBe(true);
    expect(['b', 'c', 'd', 'a'].map((id) => seen.firstSighting(id))).toEqual([false, false, false, true]);
  });

});
