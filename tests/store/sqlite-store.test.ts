import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../src/core/operator-error';
import { StaleRevisionError } from '../../src/store/fact-store';
import { explainSqliteError, openGapLogConnection, openSqliteDatabase } from '../../src/store/sqlite-schema';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { moderator, sampleFact } from './sample-facts';
import { describeStoreContract } from './store-contract';

const silent = pino({ level: 'silent' });
const folders: string[] = [];

function tempFolder(): string {
  const folder = mkdtempSync(join(tmpdir(), 'factbot-sqlite-'));
  folders.push(folder);
  return folder;
}

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

describeStoreContract('SQLite file', async (options) => {
  const folder = mkdtempSync(join(tmpdir(), 'factbot-contract-'));
  const store = await openSqliteStore(join(folder, 'facts.db'), silent, options);
  return {
    store,
    async cleanup() {
      await store.close();
      rmSync(folder, { recursive: true, force: true });
    },
  };
});

describeStoreContract('SQLite :memory:', async (options) => {
  const store = await openSqliteStore(':memory:', silent, options);
  return { store, cleanup: () => store.close() };
});

async function openError(path: string, options = {}): Promise<Error> {
  return openSqliteStore(path, silent, options).then(
    async (store) => {
      await store.close();
      throw new Error('the store opened, but it should not have');
    },
    (error: Error) => error,
  );
}

describe('SQLite store file', () => {
  it('creates the file and its parent folders on first start', async () => {
    const path = join(tempFolder(), 'nested', 'data', 'facts.db');
    const store = await openSqliteStore(path, silent);
    await store.close();
    expect(existsSync(path)).toBe(true);
  });

  it('keeps facts, revisions and unanswered questions when reopened', async () => {
    const path = join(tempFolder(), 'facts.db');
    const first = await openSqliteStore(path, silent);
    await first.importKnowledge([sampleFact('company-size')]);
    await first.applyChange({ action: 'edit', factId: 'company-size', baseRevision: 1, after: sampleFact('company-size', { answer: 'Edited.' }), retired: false, author: moderator('alice') });
    await first.recordUnanswered({ question: 'Who pays?', platform: 'discord', at: new Date('2025-01-02T00:00:00Z') });
    await first.close();

    const second = await openSqliteStore(path, silent);
    expect(await second.getFact('company-size')).toMatchObject({ revision: 2, answer: 'Edited.', updatedBy: 'alice' });
    expect((await second.history('company-size')).map((revision) => revision.action)).toEqual(['import', 'edit']);
    expect(await second.gaps({ since: new Date('2025-01-01T00:00:00Z'), limit: 5 })).toHaveLength(1);
    await second.close();
  });

  it('flushes fact changes to disk on every commit, and the unanswered-question log without waiting for the disk', async () => {
    const path = join(tempFolder(), 'facts.db');
    const facts = openSqliteDatabase(path);
    const gapLog = openGapLogConnection(path);
    const FULL = 2;
    const NORMAL = 1;
    expect(facts.pragma('synchronous', { simple: true })).toBe(FULL);
    expect(gapLog.pragma('synchronous', { simple: true })).toBe(NORMAL);
    expect(gapLog.pragma('journal_mode', { simple: true })).toBe('wal');
    gapLog.close();
    facts.close();

    // Recorded through the gap-log connection, read through the facts connection at once.
    const store = await openSqliteStore(path, silent);
    await store.recordUnanswered({ question: 'Who pays?', platform: 'slack', at: new Date('2025-01-02T00:00:00Z') });
    expect(await store.gaps({ since: new Date('2025-01-01T00:00:00Z'), limit: 5 })).toMatchObject([{ question: 'Who pays?', count: 1 }]);
    await store.close();
  });

  it('refuses a file that is not a SQLite database, naming the path and what to do', async () => {
    const path = join(tempFolder(), 'facts.db');
    writeFileSync(path, 'These are notes, not a database. '.repeat(200));
    const error = await openError(path);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toContain(path);
    expect(error.message).toContain('is not a SQLite database');
    expect(error.message).toContain('Move it aside');
  });

  it('refuses a file another program holds locked, naming the path', async () => {
    const path = join(tempFolder(), 'facts.db');
    await (await openSqliteStore(path, silent)).close();
    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    other.exec("INSERT INTO question_log (kind, question_key, question, count, platforms, first_at, last_at) VALUES ('unanswered', 'q', 'q', 1, 'cli', '2025-01-01', '2025-01-01')");
    try {
      const error = await openError(path, { busyTimeoutMs: 50 });
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect(error.message).toContain(path);
      expect(error.message).toContain('is locked by another program');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  // root may write any file, so the bot is run as an unprivileged user when the tests run as root;
  // that user must be able to reach the checkout (a clone inside a private 0700 folder is not).
  const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
  const unprivilegedCanRun = spawnSync(process.execPath, ['--import', 'tsx', '-e', ''], { ...asUser }).status === 0;

  it.skipIf(!unprivilegedCanRun)('refuses a file it cannot write, naming the path and the remedy', async () => {
    const folder = tempFolder();
    chmodSync(folder, 0o777);
    const path = join(folder, 'facts.db');
    await (await openSqliteStore(path, silent)).close();
    chmodSync(path, 0o444);
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'tests/store/fixtures/open-store-child.ts', path], { encoding: 'utf8', ...asUser });
    expect(child.stderr).toBe('');
    const outcome = JSON.parse(child.stdout) as { ok: boolean; name?: string; message?: string };
    expect(outcome).toMatchObject({ ok: false, name: 'StoreUnavailableError' });
    expect(outcome.message).toContain(path);
    expect(outcome.message).toContain('cannot be opened for writing');
  });

  it('refuses a file written by a newer schema version', async () => {
    const path = join(tempFolder(), 'facts.db');
    const raw = new Database(path);
    raw.pragma('user_version = 99');
    raw.close();
    const error = await openError(path);
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect(error.message).toContain('schema version 99');
  });

  it('lets one of two connections on the same file win an edit on the same base and refuses the other', async () => {
    const path = join(tempFolder(), 'facts.db');
    const first = await openSqliteStore(path, silent);
    const second = await openSqliteStore(path, silent);
    try {
      await first.importKnowledge([sampleFact('company-size')]);
      const change = (answer: string, name: string) => ({
        action: 'edit' as const,
        factId: 'company-size',
        baseRevision: 1,
        after: sampleFact('company-size', { answer }),
        retired: false,
        author: moderator(name),
      });
      const results = await Promise.allSettled([first.applyChange(change('From one.', 'alice')), second.applyChange(change('From two.', 'bob'))]);
      expect(results.map((result) => result.status).sort()).toEqual(['fulfilled', 'rejected']);
      const refused = results.find((result): result is PromiseRejectedResult => result.status === 'rejected')!;
      expect(refused.reason).toBeInstanceOf(StaleRevisionError);
      expect((refused.reason as StaleRevisionError).current.revision).toBe(2);
      expect(await second.getFact('company-size')).toEqual(await first.getFact('company-size'));
      expect(await first.history('company-size')).toHaveLength(2);
    } finally {
      await first.close();
      await second.close();
    }
  });

  describe('when the disk cannot take more', () => {
    /** Runs the fill fixture under a file size limit (in `ulimit -f` blocks), as a full disk would stop the bot. */
    function fillUnderSizeLimit(path: string, blocks: number) {
      const child = spawnSync('sh', ['-c', `ulimit -f ${blocks} && exec "$0" --import tsx tests/store/fixtures/fill-store-child.ts "$1"`, process.execPath, path], {
        encoding: 'utf8',
      });
      expect(child.stderr).toBe('');
      return JSON.parse(child.stdout) as { ok: boolean; stage?: string; name?: string; message?: string };
    }

    it('refuses to start on a disk that cannot hold the new file, naming the path and the remedy', () => {
      const path = join(tempFolder(), 'facts.db');
      const outcome = fillUnderSizeLimit(path, 4);
      expect(outcome).toMatchObject({ ok: false, stage: 'open', name: 'StoreUnavailableError' });
      expect(outcome.message).toContain(path);
      expect(outcome.message).toContain('could not be read or written');
    });

    it('refuses a write once the disk is full as the store being unavailable, naming the path', () => {
      const path = join(tempFolder(), 'facts.db');
      const outcome = fillUnderSizeLimit(path, 256);
      expect(outcome).toMatchObject({ ok: false, stage: 'write', name: 'StoreUnavailableError' });
      expect(outcome.message).toContain(path);
      expect(outcome.message).toContain('nothing was saved');
    });

    it('explains SQLite reporting a full database as the disk being full', () => {
      const raw = new Database(':memory:');
      raw.exec('CREATE TABLE filler (text TEXT)');
      raw.pragma(`max_page_count = ${Number(raw.pragma('page_count', { simple: true }))}`);
      const full = (() => {
        try {
          raw.prepare('INSERT INTO filler VALUES (?)').run('x'.repeat(100_000));
        } catch (error) {
          return error;
        } finally {
          raw.close();
        }
        throw new Error('the insert fitted, but it should not have');
      })();
      expect(full).toMatchObject({ code: 'SQLITE_FULL' });

      const explained = explainSqliteError(full, '/data/facts.db', 5000);
      expect(explained).toBeInstanceOf(StoreUnavailableError);
      expect(explained.message).toContain('/data/facts.db');
      expect(explained.message).toContain('its disk is full');
    });
  });
});
