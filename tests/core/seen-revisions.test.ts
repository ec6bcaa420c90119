import { describe, expect, it } from 'vitest';
import { createSeenRevisions } from '../../src/core/seen-revisions';

const CAPACITY = 10_000;

describe('the revisions each person has seen', () => {
  it('are remembered per person and fact, the latest winning', () => {
    const seen = createSeenRevisions();
    seen.remember('discord:1', 'company-size', 1);
    seen.remember('discord:1', 'company-size', 3);
    seen.remember('slack:T1:U2', 'company-size', 2);
    expect(seen.lastSeen('discord:1', 'company-size')).toBe(3);
    expect(seen.lastSeen('slack:T1:U2', 'company-size')).toBe(2);
    expect(seen.lastSeen('discord:1', 'isis-occupation')).toBeUndefined();
  });

  it('stay bounded, forgetting the least recently seen first, however many come and go', () => {
    const seen = createSeenRevisions();
    for (let index = 0; index < CAPACITY; index += 1) seen.remember(`user${index}`, 'fact', index);
    // Seen again: now the most recent, so the next one to go is user1.
    seen.remember('user0', 'fact', 0);
    seen.remember(`user${CAPACITY}`, 'fact', CAPACITY);
    expect(seen.lastSeen('user1', 'fact')).toBeUndefined();
    expect(seen.lastSeen('user0', 'fact')).toBe(0);
    expect(seen.lastSeen('user2', 'fact')).toBe(2);

    // Three times round the whole memory: each newcomer pushes out exactly the oldest.
    const more = 3 * CAPACITY;
    for (let index = CAPACITY + 1; index <= CAPACITY + more; index += 1) seen.remember(`user${index}`, 'fact', index);
    const newest = CAPACITY + more;
    expect(seen.lastSeen(`user${newest - CAPACITY + 1}`, 'fact')).toBe(newest - CAPACITY + 1);
    expect(seen.lastSeen(`user${newest - CAPACITY}`, 'fact')).toBeUndefined();
    expect(seen.lastSeen('user0', 'fact')).toBeUndefined();
  });
});
