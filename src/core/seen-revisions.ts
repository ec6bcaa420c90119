import type { SeenRevisions } from './context';

/** Bounded so a long-running bot does not grow without end; the oldest entries go first. */
const MAX_ENTRIES = 10_000;

export function createSeenRevisions(): SeenRevisions {
  const seen = new Map<string, number>();
  // One iterator for the whole life of the map, always at the oldest entry: a fresh `seen.keys()`
  // would step again over every entry deleted since V8 last compacted the map (10 µs an entry
  // when full). A Map iterator also sees the entries set after it was made.
  const oldestFirst = seen.keys();
  return {
    remember(userKey, factId, revision) {
      const key = `${userKey}\u0000${factId}`;
      seen.delete(key);
      seen.set(key, revision);
      if (seen.size > MAX_ENTRIES) seen.delete(oldestFirst.next().value!);
    },
    lastSeen(userKey, factId) {
      return seen.get(`${userKey}\u0000${factId}`);
    },
  };
}
