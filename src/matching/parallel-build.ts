import type { Worker } from 'node:worker_threads';
import type { Fact } from '../facts/fact';
import type { Language } from '../core/languages';
import { FactIndex, type FactIndexSnapshot } from './fact-index';
import { returnWorker, startWorkerEarly, takeWorker } from './index-worker-pool';
import { encodeFactTexts, type FromWorker, type ToWorker } from './index-worker-protocol';
import { SharedQuota } from './shared-quota';
import { nextTurn } from './slices';
import { mergeSnapshots } from './snapshot-merge';

/**
 * Below this many facts the main thread builds everything itself. A fresh worker thread costs its
 * start (about 130 ms built, 400 from the sources) and builds slowly until V8 has optimised its
 * code, on the same two cores: at a process's first build (start-up, from dist/) it came out even
 * with building alone at about 7,500 facts and ahead above (10,000: about 1,600 ms against
 * 1,700 to 1,950; 20,000: 2,500 to 3,200 against 4,600 to 4,950); a kept, warm worker (a second
 * build within a minute) is ahead from about 3,000.
 */
const WORKER_MIN_FACTS = 8_000;
/**
 * The share of the facts the main thread builds first: less than half, as the main thread also
 * sends the facts and joins the parts, and it takes over whatever of the worker's part the worker
 * has not begun when it is done (a worker that started late or got little of the machine).
 */
const MAIN_SHARE = 0.45;
/** Facts per message to the worker: a few milliseconds of encoding, so the main thread stays responsive. */
const CHUNK_FACTS = 250;
/**
 * Once its own part is built, the main thread waits for the worker's at most this many times as
 * long as its own took (and at least WORKER_GRACE_MIN_MS): a worker that hangs or crawls is ended
 * and its part built here, so start-up never waits on it for ever.
 */
const WORKER_GRACE_FACTOR = 4;
const WORKER_GRACE_MIN_MS = 10_000;

/**
 * Starts the index worker thread now, for a process that will build a matcher soon (the bot at
 * start-up), so that its start overlaps what comes before the build; see startWorkerEarly.
 */
export const prepareParallelBuild = (languages: readonly Language[]): void => startWorkerEarly(languages);

export interface ParallelBuildOptions {
  /** Fewest facts for which a worker thread builds part of the indexes. */
  workerMinFacts?: number;
  /** Starts a worker of its own instead of taking the kept one (tests start one that fails). */
  startWorker?: () => Worker;
  /** Told why the worker's part could not be used, when the main thread builds that part too. */
  onWorkerFailure?: (reason: string) => void;
  /** The main thread waits for the worker's whole part, taking none of it over (tests check the worker's indexes this way). */
  workerKeepsItsPart?: boolean;
  /** The least time the main thread waits for the worker's indexes once its own are built (see WORKER_GRACE_FACTOR). */
  workerGraceMinMs?: number;
}

/**
 * Builds indexes over the same facts, one per language, exactly as FactIndex.build does. For a
 * big base a worker thread builds a later part of the facts meanwhile: the main thread builds the
 * first part (in slices, so questions are still answered), then takes over whatever of the
 * worker's part the worker would finish later than itself (it started late, or got little of a
 * busy machine), and the parts are joined into one index over this thread's own fact objects.
 * When the worker cannot start or fails, the main thread builds its part too: the indexes are the
 * same either way.
 */
export async function buildIndexes<L extends Language>(facts: readonly Fact[], languages: readonly L[], options: ParallelBuildOptions = {}): Promise<Record<L, FactIndex>> {
  const { workerMinFacts = WORKER_MIN_FACTS, startWorker, onWorkerFailure = () => {}, workerKeepsItsPart = false, workerGraceMinMs = WORKER_GRACE_MIN_MS } = options;
  // A fact id twice is a replacement, which only a build in one go reproduces.
  if (facts.length < Math.max(2, workerMinFacts) || languages.length === 0 || new Set(facts.map(({ id }) => id)).size < facts.length) return FactIndex.build(facts, languages);
  const split = Math.ceil(facts.length * MAIN_SHARE);
  const firstPart = facts.slice(0, split);
  const workerPart = facts.slice(split);
  const quota = SharedQuota.create(workerPart.length);
  const fromWorker = buildInWorker(workerPart, languages, quota, startWorker);
  // Settled now, so a failure the main thread is not yet waiting for is not reported as unhandled.
  const workerSnapshots = fromWorker.then(
    (snapshots) => snapshots,
    (error: unknown) => {
      onWorkerFailure(error instanceof Error ? error.message : String(error));
      return undefined;
    },
  );
  await fromWorker.sent;
  const ownStart = performance.now();
  const first = await FactIndex.build(firstPart, languages);
  const ownMs = performance.now() - ownStart;
  const ownRate = firstPart.length / Math.max(1, ownMs);
  const graceMs = Math.max(workerGraceMinMs, ownMs * WORKER_GRACE_FACTOR);
  const watchdog = setTimeout(() => fromWorker.abandon(`no indexes ${Math.round(graceMs)} ms after the main thread's part`), graceMs);
  watchdog.unref();
  void workerSnapshots.finally(() => clearTimeout(watchdog));
  // The worker keeps the share of what it has not begun that it would build in the time the main thread builds the rest.
  const workerRate = quota.rate();
  const notBegun = workerPart.length - quota.begun;
  const workerFacts = workerKeepsItsPart ? quota.limit : quota.lower(quota.begun + (workerRate > 0 ? Math.floor((notBegun * workerRate) / (workerRate + ownRate)) : 0));
  const own: FactIndexSnapshot[] = [];
  for (const language of languages) {
    await nextTurn();
    own.push(first[language].snapshot(firstPart));
  }
  const parts = [own];
  const taken = workerPart.slice(workerFacts);
  if (taken.length > 0) parts.push(await snapshotsOf(taken, languages));
  if (workerFacts > 0) parts.splice(1, 0, (await workerSnapshots) ?? (await snapshotsOf(workerPart.slice(0, workerFacts), languages)));
  const indexes = {} as Record<L, FactIndex>;
  for (const [at, language] of languages.entries()) {
    let joined = parts[0]![at]!;
    for (const part of parts.slice(1)) {
      await nextTurn();
      joined = await mergeSnapshots(joined, part[at]!);
    }
    indexes[language] = await FactIndex.restore(joined, facts);
  }
  return indexes;
}

/** A part of the facts built on this thread, as the worker would have sent it. */
async function snapshotsOf(facts: readonly Fact[], languages: readonly Language[]): Promise<FactIndexSnapshot[]> {
  const built = await FactIndex.build(facts, languages);
  const snapshots: FactIndexSnapshot[] = [];
  for (const language of languages) {
    await nextTurn();
    snapshots.push(built[language].snapshot(facts));
  }
  return snapshots;
}

/** The worker's snapshots of the facts' indexes, one per language; `sent` settles once every fact has been sent to it. */
function buildInWorker(
  facts: readonly Fact[],
  languages: readonly Language[],
  quota: SharedQuota,
  startWorker: (() => Worker) | undefined,
): Promise<FactIndexSnapshot[]> & { sent: Promise<void>; abandon: (reason: string) => void } {
  let worker: Worker | undefined;
  let stopped = false;
  let abandon: (reason: string) => void = () => {};
  const built = new Promise<FactIndexSnapshot[]>((resolve, reject) => {
    worker = startWorker ? startWorker() : takeWorker();
    const onMessage = (message: FromWorker) => {
      stopListening();
      if ('snapshots' in message && message.snapshots.length === languages.length && message.snapshots.every((snapshot) => snapshot.search.documents.length === quota.limit)) {
        if (startWorker) void worker!.terminate();
        else returnWorker(worker!);
        resolve(message.snapshots);
      } else fail(new Error(`index worker: ${'error' in message ? message.error : 'a snapshot is missing'}`));
    };
    const onExit = (code: number) => fail(new Error(`index worker stopped (exit code ${code}) before sending its indexes`));
    const stopListening = () => {
      stopped = true;
      worker!.off('message', onMessage).off('error', fail).off('exit', onExit);
    };
    function fail(error: Error): void {
      stopListening();
      void worker!.terminate();
      reject(error);
    }
    worker.on('message', onMessage).on('error', fail).on('exit', onExit);
    abandon = (reason) => {
      if (!stopped) fail(new Error(`index worker: ${reason}`));
    };
  });
  const send = async () => {
    if (!worker || stopped) return;
    worker.postMessage({ start: { languages, quota: quota.buffer } } satisfies ToWorker);
    for (let start = 0; start < facts.length && !stopped; start += CHUNK_FACTS) {
      worker.postMessage({ facts: encodeFactTexts(facts.slice(start, start + CHUNK_FACTS)) } satisfies ToWorker);
      await nextTurn();
    }
    if (!stopped) worker.postMessage({ done: true } satisfies ToWorker);
  };
  return Object.assign(built, { sent: send().catch(() => {}), abandon: (reason: string) => abandon(reason) });
}
