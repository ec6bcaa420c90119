import type { Logger } from 'pino';
import type { FactStore } from './fact-store';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** The oldest moment an unanswered question may be from and still be kept. */
function retentionCutoff(now: Date, retentionDays: number): Date {
  return new Date(now.getTime() - retentionDays * DAY_MS);
}

/** Unanswered questions are kept only as long as GAPS_RETENTION_DAYS allows; a failure only costs a log line. */
export async function pruneOldGaps(store: FactStore, retentionDays: number, now: Date, logger: Logger): Promise<void> {
  try {
    const removed = await store.pruneUnanswered(retentionCutoff(now, retentionDays));
    if (removed > 0) logger.info({ removed, retentionDays }, 'pruned unanswered questions past retention');
  } catch (error) {
    logger.warn({ err: error }, 'could not prune old unanswered questions');
  }
}
