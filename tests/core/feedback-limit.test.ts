import { describe, expect, it } from 'vitest';
import { createFeedbackLimit } from '../../src/core/feedback-limit';

const MAX_USERS = 50_000;
const NOW = new Date('2026-12-01T10:00:00Z');

describe('the per-person feedback limit', () => {
  it('counts each person within the hour, and starts again after it', () => {
    const limit = createFeedbackLimit(2);
    expect([limit.allow('a', NOW), limit.allow('a', NOW), limit.allow('a', NOW)]).toEqual([true, true, false]);
    expect(limit.allow('b', NOW)).toBe(true);
    expect(limit.allow('a', new Date(NOW.getTime() + 60 * 60 * 1000))).toBe(true);
  });

  it('remembers at most its number of people, forgetting the oldest first, however many come', () => {
    const limit = createFeedbackLimit(1);
    for (let index = 0; index < MAX_USERS; index += 1) limit.allow(`user${index}`, NOW);
    expect(limit.allow('user0', NOW)).toBe(false);
    limit.allow(`user${MAX_USERS}`, NOW);
    // user0 was forgotten, so it is counted afresh (and pushes out user1); user2 is still over its limit.
    expect(limit.allow('user0', NOW)).toBe(true);
    expect(limit.allow('user2', NOW)).toBe(false);
    expect(limit.allow('user1', NOW)).toBe(true);
    for (let index = MAX_USERS + 1; index < 3 * MAX_USERS; index += 1) limit.allow(`user${index}`, NOW);
    expect(limit.allow(`user${3 * MAX_USERS - 1}`, NOW)).toBe(false);
    expect(limit.allow(`user${MAX_USERS + 2}`, NOW)).toBe(true);
  });
});
