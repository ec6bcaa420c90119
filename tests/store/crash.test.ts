import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { contentOf } from './sample-facts';

const EDITS_BEFORE_KILL = 150;
let folder: string | undefined;

afterEach(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

/** Runs the writer until it has reported enough commits, then kills it with SIGKILL. */
function runWriterAndKill(path: string): Promise<{ committed: Array<[string, number]>; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/store/fixtures/crash-writer.ts', path], { stdio: ['ignore', 'pipe', 'pipe'] });
    const committed: Array<[string, number]> = [];
    let buffered = '';
    let stderr = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      buffered += chunk;
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        const [id, revision] = line.split(' ');
        committed.push([id!, Number(revision)]);
      }
      if (committed.length >= EDITS_BEFORE_KILL && child.exitCode === null && !child.killed) child.kill('SIGKILL');
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (signal === null) reject(new Error(`the writer ended by itself (code ${code}): ${stderr}`));
      else resolve({ committed, signal });
    });
  });
}

it('when the process is killed mid-burst, every committed edit survives and no fact is half-written', async () => {
  folder = mkdtempSync(join(tmpdir(), 'factbot-crash-'));
  const path = join(folder, 'facts.db');

  const { committed, signal } = await runWriterAndKill(path);
  expect(signal).toBe('SIGKILL');
  expect(committed.length).toBeGreaterThanOrEqual(EDITS_BEFORE_KILL);

  const raw = new Database(path);
  expect(raw.pragma('integrity_check', { simple: true })).toBe('ok');
  raw.close();

  const store = await openSqliteStore(path, pino({ level: 'silent' }));
  try {
    for (const [id, revision] of committed) {
      expect(await store.getRevision(id, revision), `${id} revision ${revision}`).toBeDefined();
    }
    for (const fact of await store.listFacts({ includeRetired: true })) {
      const history = await store.history(fact.id);
      expect(history.map((entry) => entry.revision)).toEqual(history.map((_, index) => index + 1));
      const latest = history.at(-1)!;
      expect(fact.revision).toBe(latest.revision);
      expect(contentOf(fact)).toEqual(latest.after);
    }
  } finally {
    await store.close();
  }
});
