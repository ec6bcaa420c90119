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
import { beginBulkReading, endBulkReading } from './normalize';
import type { Language } from '../core/languages';
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
  endBulkReading();
  const snapshots = indexes.map((index) => index.snapshot(facts as Fact[]));
  port!.postMessage({ snapshots } satisfies FromWorker, buffersOf(snapshots));
}

/**
 * A fresh thread runs its code unoptimised at first and builds at about half the speed of one
 * that has built before. A worker started early (see startWorkerEarly) has the other core to
 * itself while the process opens its store and lists its facts: it indexes made-up facts and
 * throws them away meanwhile, so that its first real build runs optimised code. It stops as soon
 * as a build starts (a build's messages are taken in one go, so a slice queued before it would
 * otherwise run after it), or after WARM_UP_FACTS; the word caches it fills are let go slice by slice.
 */
const WARM_UP_FACTS = 1_500;
const WARM_UP_SLICE = 25;
const SYLLABLES = ['ka', 'lo', 'mi', 'tor', 'ven', 'ra', 'sul', 'dex', 'an', 'bri', 'cho', 'per', 'gan', 'is', 'ur', 'tel', 'mon', 'qua', 'zen', 'fi'];

function madeUpFact(number: number): FactText {
  let state = number * 2654435761;
  const next = (below: number) => {
    state = (Math.imul(state ^ (state >>> 15), 2246822519) + 0x6d2b79f5) >>> 0;
    return state % below;
  };
  const word = () => Array.from({ length: 2 + next(3) }, () => SYLLABLES[next(SYLLABLES.length)]).join('');
  const sentence = (length: number) => Array.from({ length }, (_, at) => (at > 0 && next(8) === 0 ? `${word()[0]!.toUpperCase()}${word()}` : word())).join(' ');
  return {
    id: `warm-up-${number}`,
    title: sentence(3 + next(5)),
    questions: Array.from({ length: 3 + next(5) }, () => `${sentence(4 + next(6))}?`),
    keywords: Array.from({ length: 3 + next(6) }, () => sentence(1 + next(2))),
    answer: `${sentence(25 + next(50))}.`,
  };
}

/** Set by the first build: a worker warms up once, before it (a slice queued meanwhile must not resume after it). */
let warmUpOver = false;

function warmUp(languages: readonly Language[], from = 0): void {
  if (warmUpOver || build || from >= WARM_UP_FACTS) return;
  const indexes = languages.map((language) => new FactIndex([], language));
  beginBulkReading();
  try {
    for (let number = from; number < from + WARM_UP_SLICE; number += 1) {
      const fact = madeUpFact(number) as Fact;
      for (const index of indexes) index.add(fact);
    }
  } finally {
    // Its made-up words are let go at once: the real build fills the caches with the base's own.
    endBulkReading();
  }
  // The next slice after the messages that came meanwhile, so a build that starts is not kept waiting.
  setImmediate(() => warmUp(languages, from + WARM_UP_SLICE));
}

port.on('message', (message: ToWorker) => {
  try {
    if ('warmUp' in message) {
      warmUp(message.warmUp.languages);
    } else if ('start' in message) {
      const { languages, quota } = message.start;
      warmUpOver = true;
      if (build) endBulkReading();
      build = { indexes: languages.map((language) => new FactIndex([], language)), facts: [], quota: new SharedQuota(quota) };
      beginBulkReading();
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
    if (build) endBulkReading();
    build = undefined;
    port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies FromWorker);
  }
});
