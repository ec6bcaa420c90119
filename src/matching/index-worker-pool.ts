import { Worker } from 'node:worker_threads';
import type { Language } from '../core/languages';
import type { ToWorker } from './index-worker-protocol';

/**
 * The index worker thread (index-worker.ts), kept for a while after a build: a second build soon
 * after (a reload after a database reconnect, a bulk import) finds it started and its code
 * compiled, where a fresh thread takes a few hundred milliseconds to start and builds at half
 * speed until V8 has optimised it. An idle worker does not keep the process alive.
 */

/** How long an idle worker is kept for the next build. */
const WORKER_IDLE_MS = 60_000;

/** From the sources (tsx, vitest) the worker is the TypeScript file beside this one; from the dist/ bundle, dist/index-worker.js beside main.js. */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');
const WORKER_ENTRY = new URL(RUNNING_FROM_SOURCE ? './index-worker.ts' : './index-worker.js', import.meta.url);

/** A worker thread ignores `--import tsx` in its execArgv (Node 20): from the sources it registers tsx itself, then loads the TypeScript entry. */
function sourceWorker(): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_ENTRY.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}

const startIndexWorker = (): Worker => (RUNNING_FROM_SOURCE ? sourceWorker() : new Worker(WORKER_ENTRY));

let idle: { worker: Worker; timer: NodeJS.Timeout } | undefined;

/** The idle worker, or a new one from `start`; it keeps the process alive until given back. */
export function takeWorker(start: () => Worker = startIndexWorker): Worker {
  if (idle) {
    const { worker, timer } = idle;
    idle = undefined;
    clearTimeout(timer);
    worker.ref();
    return worker;
  }
  const worker = start();
  worker.once('exit', () => {
    if (idle?.worker === worker) {
      clearTimeout(idle.timer);
      idle = undefined;
    }
  });
  return worker;
}

/**
 * Starts the worker before a build needs it, so that its start (a few hundred milliseconds on the
 * other core) overlaps the work a process does before its first build (opening the store, merging
 * knowledge/, listing the facts): the first build then takes it ready, as it takes a kept one.
 * Nothing happens when one is kept already. Like a kept worker, it is ended after a minute unused
 * (a base too small for the parallel build never takes it) and does not keep the process alive.
 */
export function startWorkerEarly(languages: readonly Language[], start: () => Worker = startIndexWorker): void {
  if (idle) return;
  const worker = takeWorker(start);
  worker.postMessage({ warmUp: { languages } } satisfies ToWorker);
  // A worker that cannot start is dropped; the build then starts another, whose failure it reports.
  worker.on('error', () => {
    if (idle?.worker === worker) {
      clearTimeout(idle.timer);
      idle = undefined;
    }
    void worker.terminate();
  });
  returnWorker(worker);
}

/** Whether a worker is kept, started and waiting for a build (tests check an early start). */
export const hasIdleWorker = (): boolean => idle !== undefined;

/** Keeps a worker that finished a build for the next one (one is enough: a second is ended). */
export function returnWorker(worker: Worker): void {
  worker.unref();
  if (idle) {
    void worker.terminate();
    return;
  }
  const timer = setTimeout(() => {
    if (idle?.worker === worker) idle = undefined;
    void worker.terminate();
  }, WORKER_IDLE_MS);
  timer.unref();
  idle = { worker, timer };
}
