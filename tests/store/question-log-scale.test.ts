import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillQuestionLog } from '../../bench/question-log-fill';
import type { FactStore } from '../../src/store/fact-store';
import { openSqliteStore } from '../../src/store/sqlite-store';

/** Generous: the exact figures are in `npm run bench:gaps`; this only catches an unindexed query. */
const BOUND_MS = 100;
const ROWS = 1_000_000;
const NOW = new Date('2025-06-01T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

async function timed<T>(work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await work();
  return { ms: performance.now() - start, result };
}

describe('the question log at a million rows (SQLite)', () => {
  let folder: string;
  let store: FactStore;

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'factbot-million-'));
    const path = join(folder, 'facts.db');
    await (await openSqliteStore(path, pino({ level: 'silent' }))).close();
    fillQuestionLog(path, ROWS, NOW);
    store = await openSqliteStore(path, pino({ level: 'silent' }), { questionLogMaxRows: ROWS + 10, now: () => NOW });
  }, 180_000);
  afterAll(async () => {
    await store?.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('lists each kind, most frequent first, without blocking for long (indexed)', async () => {
    for (const kind of ['unanswered', 'not_helpful', 'suggested'] as const) {
      for (const days of [90, 7, 1]) {
        const { ms, result } = await timed(() => store.questionLog({ kind, since: new Date(NOW.getTime() - days * DAY_MS), limit: 15 }));
        expect(result).toHaveLength(15);
        expect(result.map((entry) => entry.count)).toEqual([...result.map((entry) => entry.count)].sort((a, b) => b - a));
        expect(ms, `${kind} over ${days} days took ${ms.toFixed(1)} ms`).toBeLessThan(BOUND_MS);
      }
    }
  });

  it('records a question, new or known, and a vote, in a few milliseconds', async () => {
    const at = NOW;
    for (const question of ['synthetic question number 00000015 about the mission', 'A question nobody asked before?']) {
      const { ms } = await timed(() => store.recordUnanswered({ question, platform: 'discord', at }));
      expect(ms).toBeLessThan(BOUND_MS);
    }
    const { ms } = await timed(() => store.recordVote({ voter: 'discord:1', factId: 'fact-3', question: 'How many?', helpful: true, platform: 'discord', at }));
    expect(ms).toBeLessThan(BOUND_MS);
  });

  it('prunes in slices, each short, however many rows are old', async () => {
    const ticks: number[] = [];
    let last = performance.now();
    let running = true;
    const tick = () => {
      const now = performance.now();
      ticks.push(now - last);
      last = now;
      if (running) setImmediate(tick);
    };
    setImmediate(tick);
    const removed = await store.pruneUnanswered(new Date(NOW.getTime() - 89 * DAY_MS));
    running = false;
    expect(removed).toBeGreaterThan(5_000);
    // Deleting them all at once takes many seconds; a slice takes about a millisecond (up to ~0.15 s with a WAL checkpoint).
    expect(Math.max(...ticks)).toBeLessThan(BOUND_MS * 10);
  }, 120_000);
});
