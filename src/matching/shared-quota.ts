/**
 * How many of its facts the index worker may build, and how many it has begun, in memory both
 * threads share: the main thread, done with its own part, lowers the limit to take over the rest
 * of the worker's facts when the worker is behind (it started late, or got little of a busy
 * machine). Both numbers are one 64-bit word changed only by compare-and-swap, so the worker never
 * begins a fact the main thread has taken, and the main thread knows exactly which ones it took.
 */
const HALF = 2n ** 32n;

export class SharedQuota {
  private readonly word: BigInt64Array;
  /** When the worker began building (Date.now()), 0 until then. */
  private readonly began: Float64Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.word = new BigInt64Array(buffer, 0, 1);
    this.began = new Float64Array(buffer, 8, 1);
  }

  static create(limit: number): SharedQuota {
    const quota = new SharedQuota(new SharedArrayBuffer(16));
    Atomics.store(quota.word, 0, BigInt(limit));
    return quota;
  }

  /** Facts begun, and the limit. */
  private read(): { begun: number; limit: number; word: bigint } {
    const word = Atomics.load(this.word, 0);
    return { begun: Number(word / HALF), limit: Number(word % HALF), word };
  }

  get begun(): number {
    return this.read().begun;
  }

  get limit(): number {
    return this.read().limit;
  }

  /** The worker: begins the next fact if the limit allows it, true if so. */
  begin(): boolean {
    for (;;) {
      const { begun, limit, word } = this.read();
      if (begun >= limit) return false;
      if (begun === 0 && this.began[0] === 0) this.began[0] = Date.now();
      if (Atomics.compareExchange(this.word, 0, word, BigInt(begun + 1) * HALF + BigInt(limit)) === word) return true;
    }
  }

  /** The main thread: lowers the limit to `wanted`, or to the facts the worker has begun if more; the worker builds exactly that many. */
  lower(wanted: number): number {
    for (;;) {
      const { begun, limit, word } = this.read();
      const lowered = Math.min(limit, Math.max(begun, wanted));
      if (Atomics.compareExchange(this.word, 0, word, BigInt(begun) * HALF + BigInt(lowered)) === word) return lowered;
    }
  }

  /** Facts a millisecond the worker has built since it began (0 before it began). */
  rate(now = Date.now()): number {
    const began = this.began[0]!;
    return began === 0 ? 0 : this.begun / Math.max(1, now - began);
  }
}
