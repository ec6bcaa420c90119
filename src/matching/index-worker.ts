/**
 * A worker thread that builds the indexes (one per language) over a later part of the facts
 * while the main thread builds them over the first part (see parallel-build.ts), so a big base's
 * start-up uses a second core. It adds the facts as their chunks come in, as many as the shared
 * quota lets it, and sends the finished indexes back as snapshots whose arrays are handed over,
 * not copied; then it waits for the next build (see index-worker-pool.ts).
 */
import { parentPort } from 'node:worker_threads';
import type { Fact } from '../facts/fact';
import { FactIndex } from './fact-index';
import { buffersOf, decodeFactTexts, type FactText, type FromWorker, type ToWorker } from './index-worker-protocol';
import { SharedQuota } from './shared-quota';

const port = parentPort;
if (!port) throw new Error('index-worker.ts runs as a worker thread (see parallel-build.ts)');

/** The build under way; none once it was sent back or failed, until the next one starts. */
let build: { indexes: FactIndex[]; facts: FactText[]; quota: SharedQuota } | undefined;

/** Sends the indexes of the facts built so far. */
function finish(): void {
  const { indexes, facts } = build!;
  build = undefined;
  const snapshots = indexes.map((index) => index.snapshot(facts as Fact[]));
  port!.postMessage({ snapshots } satisfies FromWorker, buffersOf(snapshots));
}

port.on('message', (message: ToWorker) => {
  try {
    if ('start' in message) {
      const { languages, quota } = message.start;
      build = { indexes: languages.map((language) => new FactIndex([], language)), facts: [], quota: new SharedQuota(quota) };
      if (build.quota.limit === 0) finish();
    } else if (!build) {
      return;
    } else if ('facts' in message) {
      // The index reads only a fact's text (FactText); a snapshot names facts by their place in the list, never by object.
      for (const fact of decodeFactTexts(message.facts)) {
        if (!build.quota.begin()) break;
        build.facts.push(fact);
        for (const index of build.indexes) index.add(fact as Fact);
      }
      // The main thread took the rest: it is waiting for these.
      if (build.facts.length >= build.quota.limit) finish();
    } else {
      finish();
    }
  } catch (error) {
    // A fact that failed leaves the indexes half built: the main thread builds this part itself.
    build = undefined;
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
  }
});
