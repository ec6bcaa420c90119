/**
 * Remembers the last ids it has seen, oldest forgotten first. Slack retries an event it
 * thinks went unanswered (X-Slack-Retry-Num, retry_attempt) for up to about an hour, so a
 * few thousand ids cover every retry of a busy workspace.
 */
export function createRecentIds(capacity = 5_000) {
  const seen = new Set<string>();
  return {
    /** True the first time an id is offered, false for every repeat. */
    firstSighting(id: string): boolean {
      if (seen.has(id)) return false;
      seen.add(id);
      if (seen.size > capacity) seen.delete(seen.values().next().value!);
      return true;
    },
  };
}

export type RecentIds = ReturnType<typeof createRecentIds>;
