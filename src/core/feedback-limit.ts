/**
 * How many questions, votes and picks of one person are recorded per hour (FEEDBACK_PER_USER_PER_HOUR),
 * so one person cannot flood the question log. Beyond it they are still answered, just not counted.
 * Per process and in memory: bounded, and the oldest users are forgotten first.
 */
export interface FeedbackLimit {
  /** True, and counted, when this user may record one more now. */
  allow(userKey: string, now: Date): boolean;
}

import { LRUCache } from 'lru-cache';

const HOUR_MS = 60 * 60 * 1000;
const MAX_USERS = 50_000;

export function createFeedbackLimit(perHour: number): FeedbackLimit {
  // A user's place is refreshed when a new hour starts for them, not by each count (peek).
  const windows = new LRUCache<string, { start: number; used: number }>({ max: MAX_USERS });
  return {
    allow(userKey, now) {
      const time = now.getTime();
      let window = windows.peek(userKey);
      if (!window || time - window.start >= HOUR_MS) {
        window = { start: time, used: 0 };
        windows.set(userKey, window);
      }
      if (window.used >= perHour) return false;
      window.used += 1;
      return true;
    },
  };
}
