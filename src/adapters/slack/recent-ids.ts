import { LRUCache } from 'lru-cache';

/**
 * Remembers the last ids it has seen, oldest forgotten first. Slack retries an event it
 * thinks went unanswered (X-Slack-Retry-Num, retry_attempt) for up to about an hour, so a
 * few thousand ids cover every retry of a busy workspace. (A Set used as a queue costs more
 * with every id it forgets: V8 skips each forgotten slot again to find the oldest.)
 */
export function createRecentIds(capacity = 5_000) {
  // Only `has` and `set` are used, and `has` does not refresh an id: the least recently used is the oldest seen.
  const seen = new LRUCache<string, true>({ max: capacity });
  return {
    /** True the first time an id is offered, false for every repeat. */
    firstSighting(id: string): boolean {
      if (seen.has(id)) return false;
      seen.set(id, true);
      return true;
    },
  };
}

export type RecentIds = ReturnType<typeof createRecentIds>;
