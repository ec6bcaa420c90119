import { EventEmitter } from 'node:events';
import type { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { buildFactMatcher, createFactMatcher, prepareMatcherBuild } from '../../src/matching/fact-matcher';
import { hasIdleWorker, startWorkerEarly, takeWorker } from '../../src/matching/index-worker-pool';
import type { ToWorker } from '../../src/matching/index-worker-protocol';
import { SAMPLE_FACTS } from './sample-facts';

/** A stand-in worker that only records what it is sent. */
class RecordingWorker extends EventEmitter {
  readonly sent: ToWorker[] = [];
  terminated = false;
  postMessage(message: ToWorker): void {
    this.sent.push(message);
  }
  terminate = async () => {
    this.terminated = true;
    return 0;
  };
  ref(): void {}
  unref(): void {}
}

describe('starting the index worker early', () => {
  it('starts a worker before any build, tells it to warm up, and hands that worker to the next build', () => {
    const started: RecordingWorker[] = [];
    const start = () => {
      const worker = new RecordingWorker();
      started.push(worker);
      return worker as unknown as Worker;
    };
    startWorkerEarly(['en', 'nl'], start);
    startWorkerEarly(['en', 'nl'], start);
    expect(started).toHaveLength(1);
    expect(started[0]!.sent).toEqual([{ warmUp: { languages: ['en', 'nl'] } }]);
    expect(hasIdleWorker()).toBe(true);
    expect(takeWorker(start)).toBe(started[0]);
    expect(started).toHaveLength(1);
    expect(hasIdleWorker()).toBe(false);
    void started[0]!.terminate();
  });

  it('drops an early worker that fails to start, so the build starts another', () => {
    const failing = new RecordingWorker();
    startWorkerEarly(['en'], () => failing as unknown as Worker);
    failing.emit('error', new Error('no such file'));
    expect(failing.terminated).toBe(true);
    expect(hasIdleWorker()).toBe(false);
  });

  it('builds with the worker started early (warming up meanwhile) exactly the indexes the main thread builds', async () => {
    prepareMatcherBuild();
    expect(hasIdleWorker()).toBe(true);
    // Time for the thread to start and begin warming up, as the bot's store opens.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const built = await buildFactMatcher(SAMPLE_FACTS, { workerMinFacts: 0, workerKeepsItsPart: true, onWorkerFailure: (reason) => expect.fail(reason) });
    const alone = createFactMatcher(SAMPLE_FACTS);
    for (const language of ['en', 'nl'] as const) {
      expect(built.indexes[language].snapshot(SAMPLE_FACTS)).toEqual(alone.indexes[language].snapshot(SAMPLE_FACTS));
    }
    // Kept for the next build, as any worker that finished one.
    expect(hasIdleWorker()).toBe(true);
  }, 30_000);
});
