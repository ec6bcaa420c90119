import type { SeenRevisions } from './context';

/** Bounded so a long-running bot does not grow without end; the oldest entries go first. */
const MAX_ENTRIES = 10_000;

export function createSeenRevisions(): SeenRevisions {
  const seen = new Map<string, number>();
  return {
    remember(userKey, factId, revision) {
      const key = `${userKey}\u0000${factId}`;
      seen.delete(key);
      seen.set(key, revision);
      if (seen.size > MAX_ENTRIES) seen.delete(seen.keys().next().value!);
    },
    lastSeen(userKey, factId) {
      return seen.get(`${userKey}\u0000${factId}`);
    },
  };
}
