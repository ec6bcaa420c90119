import { LRUCache } from 'lru-cache';
import type { SeenRevisions } from './context';

/** Bounded so a long-running bot does not grow without end; the oldest entries go first. */
const MAX_ENTRIES = 10_000;

export function createSeenRevisions(): SeenRevisions {
  // Remembering refreshes an entry, looking one up does not (peek): the least recently remembered goes first.
  const seen = new LRUCache<string, number>({ max: MAX_ENTRIES });
  return {
    remember(userKey, factId, revision) {
      const key = `${userKey}\u0000${factId}`;
      seen.set(key, revision);
    },
    lastSeen(userKey, factId) {
      return seen.peek(`${userKey}\u0000${factId}`);
    },
  };
}
