/** Closed-loop bursts: keep `concurrency` questions in flight until `count` are answered. */

export interface BurstResult {
  answersPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface BurstOptions {
  count: number;
  concurrency: number;
  /** Sends question number `index`; resolves when its answer reached the fake platform. */
  askOne(index: number): Promise<void>;
}

export async function runBurst({ count, concurrency, askOne }: BurstOptions): Promise<BurstResult> {
  const roundTrips: number[] = [];
  let next = 0;
  const startedAt = performance.now();
  async function lane(): Promise<void> {
    while (next < count) {
      const index = next++;
      const sentAt = performance.now();
      await askOne(index);
      roundTrips.push(performance.now() - sentAt);
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, lane));
  const seconds = (performance.now() - startedAt) / 1000;
  return {
    answersPerSecond: count / seconds,
    p50: percentile(roundTrips, 0.5),
    p95: percentile(roundTrips, 0.95),
    p99: percentile(roundTrips, 0.99),
  };
}

function percentile(samples: readonly number[], share: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))] ?? Number.NaN;
}

/** Each figure of a level is the median over its runs, so one preempted run does not decide a row. */
export function medianOfRuns(runs: readonly BurstResult[]): BurstResult {
  const median = (pick: (run: BurstResult) => number) => percentile(runs.map(pick), 0.5);
  return {
    answersPerSecond: median((run) => run.answersPerSecond),
    p50: median((run) => run.p50),
    p95: median((run) => run.p95),
    p99: median((run) => run.p99),
  };
}

/** Resolves an answer by key when the fake platform sees it; fails one that never comes. */
export function createAnswerWaiters(timeoutMs: number) {
  const waiting = new Map<string, { resolve: () => void; reject: (error: Error) => void; timer: NodeJS.Timeout }>();
  return {
    expect(key: string): Promise<void> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.delete(key);
          reject(new Error(`no answer to ${key} within ${timeoutMs} ms`));
        }, timeoutMs);
        waiting.set(key, { resolve, reject, timer });
      });
    },
    failed(key: string, error: Error): void {
      const waiter = waiting.get(key);
      if (!waiter) return;
      waiting.delete(key);
      clearTimeout(waiter.timer);
      waiter.reject(error);
    },
    answered(key: string): void {
      const waiter = waiting.get(key);
      if (!waiter) return;
      waiting.delete(key);
      clearTimeout(waiter.timer);
      waiter.resolve();
    },
  };
}
