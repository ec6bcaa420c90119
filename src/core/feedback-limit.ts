/**
 * How many questions, votes and picks of one person are recorded per hour (FEEDBACK_PER_USER_PER_HOUR),
 * so one person cannot flood the question log. Beyond it they are still answered, just not counted.
 * Per process and in memory: bounded, and the oldest users are forgotten first.
 */
export interface FeedbackLimit {
  /** True, and counted, when this user may record one more now. */
  allow(userKey: string, now: Date): boolean;
}

const HOUR_MS = 60 * 60 * 1000;
const MAX_USERS = 50_000;

export function createFeedbackLimit(perHour: number): FeedbackLimit {
  const windows = new Map<string, { start: number; used: number }>();
  // Always at the oldest user: a fresh `windows.keys()` would step over every entry deleted since
  // V8 last compacted the map (see seen-revisions.ts).
  const oldestFirst = windows.keys();
  return {
    allow(userKey, now) {
      const time = now.getTime();
      let window = windows.get(userKey);
      if (!window || time - window.start >= HOUR_MS) {
        window = { start: time, used: 0 };
        windows.delete(userKey);
        windows.set(userKey, window);
        if (windows.size > MAX_USERS) windows.delete(oldestFirst.next().value!);
      }
      if (window.used >= perHour) return false;
      window.used += 1;
      return true;
    },
  };
}
