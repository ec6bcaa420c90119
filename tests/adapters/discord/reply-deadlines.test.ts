import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReplyDeadlines, type ReplyDeadlines } from '../../../src/adapters/discord/reply-deadlines';

let deadlines: ReplyDeadlines;
let start: number;
beforeEach(() => {
  vi.useFakeTimers();
  start = Date.now();
  deadlines = createReplyDeadlines(() => Date.now());
});
afterEach(() => {
  vi.useRealTimers();
});

/** Adds a deadline `afterMs` from the start and records when it was called, as ms from the start. */
function record(calls: Array<[string, number]>, name: string, afterMs: number) {
  return deadlines.add(start + afterMs, () => calls.push([name, Date.now() - start]));
}

describe('the reply deadlines on one timer', () => {
  it('calls each deadline at its time, not before, on one timer however many are pending', () => {
    const calls: Array<[string, number]> = [];
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    for (let index = 0; index < 100; index += 1) record(calls, `d${index}`, 1_500 + index);
    // Armed once, for the earliest: not once per deadline.
    expect(setTimer).toHaveBeenCalledTimes(1);
    setTimer.mockRestore();
    expect(vi.getTimerCount()).toBe(1);

    vi.advanceTimersByTime(1_499);
    expect(calls).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([['d0', 1_500]]);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(99);
    expect(calls).toHaveLength(100);
    expect(calls.every(([name, at]) => at === 1_500 + Number(name.slice(1)))).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('never calls a cancelled deadline, and still calls the others', () => {
    const calls: Array<[string, number]> = [];
    const first = record(calls, 'first', 1_000);
    record(calls, 'second', 1_200);
    const third = record(calls, 'third', 1_400);
    first.cancel();
    third.cancel();
    vi.advanceTimersByTime(2_000);
    expect(calls).toEqual([['second', 1_200]]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('calls a deadline added after a later one at its own, earlier time', () => {
    const calls: Array<[string, number]> = [];
    record(calls, 'later', 1_500);
    record(calls, 'earlier', 300);
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(calls).toEqual([['earlier', 300], ['later', 1_500]]);
  });

  it('calls deadlines that fall due together in one turn', () => {
    const calls: Array<[string, number]> = [];
    record(calls, 'a', 500);
    record(calls, 'b', 500);
    vi.advanceTimersByTime(500);
    expect(calls).toEqual([['a', 500], ['b', 500]]);
  });

  it('calls a deadline already past on the timer, not at once, so work done by then can cancel it', async () => {
    vi.useRealTimers();
    const real = createReplyDeadlines();
    let called = 0;
    const ready = Promise.resolve('answer');
    const pending = real.add(Date.now() - 500, () => (called += 1));
    expect(called).toBe(0);
    await ready;
    pending.cancel();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(called).toBe(0);

    real.add(Date.now() - 500, () => (called += 1));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(called).toBe(1);
  });

  it('does not keep the process alive for a deadline', () => {
    vi.useRealTimers();
    const setTimer = vi.spyOn(globalThis, 'setTimeout');
    try {
      createReplyDeadlines().add(Date.now() + 60_000, () => {}).cancel();
      expect(setTimer).toHaveBeenCalledTimes(1);
      const timer = setTimer.mock.results[0]!.value as NodeJS.Timeout;
      expect(timer.hasRef()).toBe(false);
      clearTimeout(timer);
    } finally {
      setTimer.mockRestore();
    }
  });
});
