import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { FactStore } from '../../src/store/fact-store';
import { MIGRATIONS as POSTGRES_MIGRATIONS } from '../../src/store/postgres-schema';
import { openPostgresStore } from '../../src/store/postgres-store';
import { MIGRATIONS as SQLITE_MIGRATIONS } from '../../src/store/sqlite-schema';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { createTestDatabase, TEST_DATABASE_URL } from './postgres-test-db';

const silent = pino({ level: 'silent' });
/** The unanswered-question log as schema version 2 kept it: one row per asking. */
const OLD_ROWS = [
  ['Who pays for the mission?', 'who pays for the mission', 'discord', '2025-01-02T10:00:00.000Z'],
  ['who pays for the  mission', 'who pays for the mission', 'slack', '2025-01-03T10:00:00.000Z'],
  ['Weather in Erbil?', 'weather in erbil', 'console', '2025-01-04T10:00:00.000Z'],
] as const;

async function expectMigrated(store: FactStore): Promise<void> {
  const gaps = await store.gaps({ since: new Date('2025-01-01T00:00:00Z'), limit: 10 });
  expect(gaps.map(({ count, lastAskedAt, platforms }) => ({ count, lastAskedAt, platforms }))).toEqual([
    { count: 2, lastAskedAt: '2025-01-03T10:00:00.000Z', platforms: ['discord', 'slack'] },
    { count: 1, lastAskedAt: '2025-01-04T10:00:00.000Z', platforms: ['console'] },
  ]);
  expect(await store.recordVote({ voter: 'discord:1', factId: 'x', question: 'q', helpful: true, platform: 'discord', at: new Date() })).toBe('recorded');
}

describe('upgrading a store from the unanswered-question log to the question log', () => {
  it('SQLite: groups the old rows into one counted row per question', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'factbot-migrate-'));
    try {
      const path = join(folder, 'facts.db');
      const old = new Database(path);
      for (const migration of SQLITE_MIGRATIONS.slice(0, 2)) old.exec(migration);
      old.pragma('user_version = 2');
      const insert = old.prepare('INSERT INTO unanswered (question, question_key, platform, at) VALUES (?, ?, ?, ?)');
      for (const row of OLD_ROWS) insert.run(...row);
      old.close();

      const store = await openSqliteStore(path, silent);
      try {
        await expectMigrated(store);
      } finally {
        await store.close();
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it.skipIf(!TEST_DATABASE_URL)('PostgreSQL: groups the old rows into one counted row per question', async () => {
    const database = await createTestDatabase();
    try {
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query('CREATE TABLE schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
      for (const [index, migration] of POSTGRES_MIGRATIONS.slice(0, 2).entries()) {
        await client.query(migration);
        await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [index + 1]);
      }
      for (const row of OLD_ROWS) await client.query('INSERT INTO unanswered (question, question_key, platform, at) VALUES ($1, $2, $3, $4)', [...row]);
      await client.end();

      const store = await openPostgresStore(database.url, silent);
      try {
        await expectMigrated(store);
      } finally {
        await store.close();
      }
    } finally {
      await database.drop();
    }
  });
});
