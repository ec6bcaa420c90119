import type pg from 'pg';
import { StoreUnavailableError } from '../core/operator-error';
import { inTransaction } from './postgres-connection';

/** Migration n (1-based) moves the database from version n-1 to n. Append only; never edit a shipped one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE facts (
    id text PRIMARY KEY,
    content jsonb NOT NULL,
    revision integer NOT NULL,
    retired boolean NOT NULL DEFAULT false,
    updated_at timestamptz NOT NULL,
    updated_by text NOT NULL,
    updated_by_moderator boolean NOT NULL,
    imported_hash text,
    imported_revision integer
  );
  CREATE TABLE revisions (
    fact_id text NOT NULL REFERENCES facts (id),
    revision integer NOT NULL,
    action text NOT NULL CHECK (action IN ('import', 'add', 'edit', 'retire', 'restore', 'revert')),
    author jsonb NOT NULL,
    at timestamptz NOT NULL,
    before jsonb,
    after jsonb NOT NULL,
    retired_before boolean NOT NULL,
    retired_after boolean NOT NULL,
    PRIMARY KEY (fact_id, revision)
  );
  CREATE TABLE unanswered (
    id bigserial PRIMARY KEY,
    question text NOT NULL,
    question_key text NOT NULL,
    platform text NOT NULL,
    at timestamptz NOT NULL
  );
  CREATE INDEX unanswered_by_time ON unanswered (at);
  `,
  `
  CREATE TABLE sources (
    id text PRIMARY KEY,
    meta jsonb NOT NULL,
    text text,
    added_by jsonb NOT NULL,
    added_at timestamptz NOT NULL
  );
  `,
  // One row per kind, normalised question and fact, with a counter: bounded however often people ask.
  `
  CREATE TABLE question_log (
    id bigserial PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('unanswered', 'not_helpful', 'suggested')),
    question_key text NOT NULL,
    fact_id text NOT NULL DEFAULT '',
    question text NOT NULL,
    count integer NOT NULL,
    platforms text NOT NULL,
    first_at timestamptz NOT NULL,
    last_at timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
    UNIQUE (kind, question_key, fact_id)
  );
  CREATE INDEX question_log_ranked ON question_log (kind, status, count DESC, last_at DESC);
  CREATE INDEX question_log_by_age ON question_log (last_at);
  INSERT INTO question_log (kind, question_key, fact_id, question, count, platforms, first_at, last_at)
    SELECT 'unanswered', question_key, '', (array_agg(question ORDER BY at DESC, id DESC))[1], count(*),
           string_agg(DISTINCT platform, ','), min(at), max(at)
    FROM unanswered GROUP BY question_key;
  DROP TABLE unanswered;
  CREATE TABLE votes (
    voter text NOT NULL,
    fact_id text NOT NULL,
    question_key text NOT NULL,
    helpful boolean NOT NULL,
    at timestamptz NOT NULL,
    PRIMARY KEY (voter, fact_id, question_key)
  );
  CREATE INDEX votes_by_age ON votes (at);
  CREATE TABLE store_secrets (name text PRIMARY KEY, value text NOT NULL);
  INSERT INTO store_secrets (name, value)
    VALUES ('vote_salt', replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Arbitrary, fixed keys for pg_advisory_xact_lock: one per kind of whole-database work. */
export const ADVISORY_LOCKS = Object.freeze({
  migrate: 7_301_001,
  importKnowledge: 7_301_002,
  importSnapshot: 7_301_003,
});

/**
 * Creates or updates the schema in one transaction. Several processes may start at once:
 * the advisory lock makes the others wait, and they then find nothing left to do.
 */
export async function migrate(pool: pg.Pool, database: string): Promise<void> {
  await inTransaction(pool, async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.migrate]);
    await client.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())');
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_migrations');
    const version = rows[0]?.version ?? 0;
    if (version > SCHEMA_VERSION) {
      throw new StoreUnavailableError(
        `The PostgreSQL database ${database} has schema version ${version}, newer than this bot knows (${SCHEMA_VERSION}). Run a newer version of the bot, or point DATABASE_URL at another database.`,
      );
    }
    for (let next = version + 1; next <= SCHEMA_VERSION; next += 1) {
      await client.query(MIGRATIONS[next - 1]!);
      await client.query('INSERT INTO schema_migrations (version) VALUES ($1)', [next]);
    }
  });
}
