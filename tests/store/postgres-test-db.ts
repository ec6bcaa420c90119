import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';

/** Set by .ci/run (from `.ci/postgres.sh start`); the PostgreSQL tests skip without it. */
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL;

export function warnWhenSkipped(what: string): void {
  if (!TEST_DATABASE_URL) {
    console.warn(
      `Skipping ${what}: TEST_DATABASE_URL is not set. Run them with\n` +
        '  export TEST_DATABASE_URL="$(.ci/postgres.sh start)"   (installs and starts a throwaway server on 127.0.0.1:54329)\n' +
        '  .ci/postgres.sh stop                                     (afterwards)',
    );
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A new, empty database on the test server, so tests never see each other's facts or notifications. */
export async function createTestDatabase(baseUrl: string = TEST_DATABASE_URL!): Promise<TestDatabase> {
  const name = `factbot_test_${randomBytes(6).toString('hex')}`;
  await adminQuery(baseUrl, `CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await adminQuery(baseUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

/**
 * For a test file: one database of its own (NOTIFY reaches every session of a database, so
 * files running at the same time must not share one), and an empty schema per test in it,
 * which is much cheaper than a database per test. The store finds its schema through the
 * URL's search_path, and creates its tables there.
 */
export function useTestDatabasePerFile(): { freshSchema(): Promise<TestDatabase> } {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    if (TEST_DATABASE_URL) database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.drop();
  });
  return {
    async freshSchema() {
      const name = `test_${randomBytes(6).toString('hex')}`;
      await adminQuery(database!.url, `CREATE SCHEMA ${name}`);
      const url = new URL(database!.url);
      url.searchParams.set('options', `-c search_path=${name}`);
      return {
        url: url.toString(),
        drop: async () => {
          await adminQuery(database!.url, `DROP SCHEMA ${name} CASCADE`);
        },
      };
    },
  };
}

export async function adminQuery(baseUrl: string, sql: string, values: unknown[] = []): Promise<pg.QueryResult> {
  const client = new pg.Client({ connectionString: baseUrl });
  await client.connect();
  try {
    return await client.query(sql, values);
  } finally {
    await client.end();
  }
}
