import { vi } from 'vitest';

/**
 * How long a test waits for something that happens "soon" (a notice from another process, a
 * reconnection, a client that gives up). Generous, because on a loaded two-core machine soon
 * can take seconds; polled, so a fast machine does not wait. Speed targets belong in benchmarks.
 */
export const EVENTUALLY = Object.freeze({ timeout: 15_000, interval: 50 });

/**
 * For checking that something does NOT happen too early (a shutdown that should wait for a
 * reply in flight): gives it a generous time to show, polling, and says whether it did. A
 * fixed 100 ms pause could end before a wrong shutdown shows itself on a loaded machine.
 */
export async function showsWithin(happened: () => boolean, timeout = 2_000): Promise<boolean> {
  return vi
    .waitFor(() => {
      if (!happened()) throw new Error('not yet');
    }, { timeout, interval: 20 })
    .then(() => true, () => false);
}
