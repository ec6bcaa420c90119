import type { Logger } from 'pino';
import type { RunningAdapter } from '../adapters/adapter';

/** How long closing the store may take once the adapters are done or given up on. */
export const STORE_CLOSE_LIMIT_MS = 5_000;

export interface ShutdownDeps {
  /** Read at shutdown time: adapters still starting when the signal came are included once started. */
  adapters: () => readonly RunningAdapter[];
  closeStore: () => Promise<void>;
  logger: Logger;
  /** How long in-flight replies may take to finish (SHUTDOWN_GRACE_SECONDS). */
  graceMs: number;
  exit: (code: number) => void;
}

/**
 * Stops the adapters (they finish in-flight replies), closes the store and exits, always:
 * a platform API that never answers cannot keep the process alive past the grace period,
 * and a database that hangs on close cannot either.
 */
export function createShutdown({ adapters, closeStore, logger, graceMs, exit }: ShutdownDeps): (code: number) => Promise<void> {
  let stopping: Promise<void> | undefined;
  return (code) => {
    stopping ??= (async () => {
      logger.info({ graceMs }, 'shutting down');
      const stopped = await settlesWithin(Promise.allSettled(adapters().map((adapter) => adapter.stop())), graceMs);
      if (!stopped) logger.warn({ graceMs }, 'replies still in flight after the shutdown grace period; stopping without them');
      const closing = closeStore().catch((error: unknown) => logger.error({ err: error }, 'could not close the store cleanly'));
      if (!(await settlesWithin(closing, STORE_CLOSE_LIMIT_MS))) logger.error('the store did not close in time; exiting without it');
      exit(code);
    })();
    return stopping;
  };
}

/** Whether the work settled before the deadline. */
function settlesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    void work.then(
      () => (clearTimeout(timer), resolve(true)),
      () => (clearTimeout(timer), resolve(true)),
    );
  });
}
