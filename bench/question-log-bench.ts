/**
 * `npm run bench:gaps`: the question log (unanswered questions, votes, suggestions) on SQLite
 * at a million distinct recorded questions: how long `fact gaps`' queries, recording a
 * question or a vote, and one prune slice hold the event loop. Target: a few milliseconds each.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { openSqliteStore } from '../src/store/sqlite-store';
import { fillQuestionLog } from './question-log-fill';

const ROWS = Number(process.argv[2] ?? 1_000_000);
const NOW = new Date('2025-06-01T12:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;
const TARGET_MS = 5;

function summary(samples: number[]): string {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (share: number) => sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)]!;
  return `p50 ${at(0.5).toFixed(2)} ms  p99 ${at(0.99).toFixed(2)} ms  max ${sorted.at(-1)!.toFixed(2)} ms  (${samples.length} runs)`;
}

async function measure(label: string, runs: number, work: (run: number) => Promise<unknown>): Promise<void> {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work(run);
    samples.push(performance.now() - start);
  }
  console.log(`${label.padEnd(44)} ${summary(samples)}`);
}

const folder = mkdtempSync(join(tmpdir(), 'factbot-bench-gaps-'));
try {
  const path = join(folder, 'facts.db');
  await (await openSqliteStore(path, pino({ level: 'silent' }))).close();
  let start = performance.now();
  fillQuestionLog(path, ROWS, NOW);
  console.log(`filled ${ROWS.toLocaleString('en')} rows in ${((performance.now() - start) / 1000).toFixed(1)} s`);
  start = performance.now();
  const store = await openSqliteStore(path, pino({ level: 'silent' }), { questionLogMaxRows: ROWS * 2, now: () => NOW });
  console.log(`opened the store (schema check, row count) in ${(performance.now() - start).toFixed(0)} ms\n`);
  console.log(`target: each under ${TARGET_MS} ms at p99\n`);

  for (const kind of ['unanswered', 'not_helpful', 'suggested'] as const) {
    for (const days of [90, 7]) {
      await measure(`fact gaps list: ${kind}, last ${days} days`, 50, () => store.questionLog({ kind, since: new Date(NOW.getTime() - days * DAY_MS), limit: 15 }));
    }
  }
  await measure('record a known unanswered question', 500, (run) =>
    store.recordUnanswered({ question: `synthetic question number ${String(run * 7).padStart(8, '0')} about the mission`, platform: 'discord', at: NOW }),
  );
  await measure('record a new unanswered question', 500, (run) => store.recordUnanswered({ question: `A new question ${run}?`, platform: 'slack', at: NOW }));
  await measure('record a vote', 500, (run) =>
    store.recordVote({ voter: `discord:${run}`, factId: `fact-${run % 50}`, question: `Vote question ${run % 40}?`, helpful: run % 3 !== 0, platform: 'discord', at: NOW }),
  );

  // Prune slices: time each event-loop turn while pruning everything older than 80 days.
  const turns: number[] = [];
  let last = performance.now();
  let pruning = true;
  const tick = () => {
    const now = performance.now();
    turns.push(now - last);
    last = now;
    if (pruning) setImmediate(tick);
  };
  setImmediate(tick);
  start = performance.now();
  const removed = await store.pruneUnanswered(new Date(NOW.getTime() - 80 * DAY_MS));
  pruning = false;
  console.log(`prune ${removed.toLocaleString('en')} old rows in ${((performance.now() - start) / 1000).toFixed(1)} s; longest event-loop turn meanwhile:`);
  console.log(`${'  one prune slice (event-loop turn)'.padEnd(44)} ${summary(turns)}`);
  await store.close();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
