import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { StoreUnavailableError } from '../core/operator-error';

/** Migration n (1-based) moves the file from user_version n-1 to n. Append only; never edit a shipped one. */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    content TEXT NOT NULL,
    revision INTEGER NOT NULL,
    retired INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_by_moderator INTEGER NOT NULL,
    imported_hash TEXT,
    imported_revision INTEGER
  ) STRICT;
  CREATE TABLE revisions (
    fact_id TEXT NOT NULL REFERENCES facts(id),
    revision INTEGER NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('import', 'add', 'edit', 'retire', 'restore', 'revert')),
    author TEXT NOT NULL,
    at TEXT NOT NULL,
    before TEXT,
    after TEXT NOT NULL,
    retired_before INTEGER NOT NULL,
    retired_after INTEGER NOT NULL,
    PRIMARY KEY (fact_id, revision)
  ) STRICT, WITHOUT ROWID;
  CREATE TABLE unanswered (
    id INTEGER PRIMARY KEY,
    question TEXT NOT NULL,
    question_key TEXT NOT NULL,
    platform TEXT NOT NULL,
    at TEXT NOT NULL
  ) STRICT;
  CREATE INDEX unanswered_by_time ON unanswered (at);
  `,
  `
  CREATE TABLE sources (
    id TEXT PRIMARY KEY,
    meta TEXT NOT NULL,
    text TEXT,
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL
  ) STRICT;
  `,
  // One row per kind, normalised question and fact, with a counter: bounded however often people ask.
  `
  CREATE TABLE question_log (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('unanswered', 'not_helpful', 'suggested')),
    question_key TEXT NOT NULL,
    fact_id TEXT NOT NULL DEFAULT '',
    question TEXT NOT NULL,
    count INTEGER NOT NULL,
    platforms TEXT NOT NULL,
    first_at TEXT NOT NULL,
    last_at TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'dismissed')),
    UNIQUE (kind, question_key, fact_id)
  ) STRICT;
  CREATE INDEX question_log_ranked ON question_log (kind, status, count DESC, last_at DESC);
  CREATE INDEX question_log_by_age ON question_log (last_at);
  INSERT INTO question_log (kind, question_key, fact_id, question, count, platforms, first_at, last_at)
    SELECT 'unanswered', question_key, '', question, COUNT(*), group_concat(DISTINCT platform), MIN(at), MAX(at)
    FROM unanswered GROUP BY question_key;
  DROP TABLE unanswered;
  CREATE TABLE votes (
    voter TEXT NOT NULL,
    fact_id TEXT NOT NULL,
    question_key TEXT NOT NULL,
    helpful INTEGER NOT NULL,
    at TEXT NOT NULL,
    PRIMARY KEY (voter, fact_id, question_key)
  ) STRICT, WITHOUT ROWID;
  CREATE INDEX votes_by_age ON votes (at);
  CREATE TABLE store_secrets (name TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
  INSERT INTO store_secrets (name, value) VALUES ('vote_salt', lower(hex(randomblob(32))));
  `,
];

const SCHEMA_VERSION = MIGRATIONS.length;
export const DEFAULT_BUSY_TIMEOUT_MS = 5000;

/**
 * Opens (creating if needed) the database file, checks it and brings its schema up to date.
 * Every way the file can be unusable ends in a StoreUnavailableError that names the path
 * and says what to do, before the bot starts listening.
 */
export function openSqliteDatabase(path: string, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): Database.Database {
  const inMemory = path === ':memory:';
  if (!inMemory) createParentFolder(path);
  let db: Database.Database | undefined;
  try {
    db = new Database(path, { timeout: busyTimeoutMs });
    db.pragma('journal_mode = WAL');
    // FULL: a committed edit survives a power cut too, not only a killed process.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    const check = db.pragma('quick_check', { simple: true });
    if (check !== 'ok') throw Object.assign(new Error(String(check)), { code: 'SQLITE_CORRUPT' });
    migrate(db, path);
    return db;
  } catch (error) {
    db?.close();
    throw explainSqliteError(error, path, busyTimeoutMs);
  }
}

function migrate(db: Database.Database, path: string): void {
  db.transaction(() => {
    const version = Number(db.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new StoreUnavailableError(
        `The database file ${path} has schema version ${version}, newer than this bot knows (${SCHEMA_VERSION}). Run a newer version of the bot, or point DATABASE_PATH at another file.`,
      );
    }
    for (let next = version + 1; next <= SCHEMA_VERSION; next += 1) db.exec(MIGRATIONS[next - 1]!);
    // Written even when nothing migrated: it proves at start that the file can be written.
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}

/**
 * A second connection to the same file, for the question log and votes only. It commits
 * without waiting for the disk (synchronous NORMAL, safe in WAL mode: a killed process loses
 * nothing, a power cut may lose the last few entries). With FULL, every unanswered question
 * held the whole bot still for one disk flush, so a burst of them slowed every answer.
 */
export function openGapLogConnection(path: string, busyTimeoutMs = DEFAULT_BUSY_TIMEOUT_MS): Database.Database {
  try {
    const db = new Database(path, { timeout: busyTimeoutMs });
    db.pragma('synchronous = NORMAL');
    return db;
  } catch (error) {
    throw explainSqliteError(error, path, busyTimeoutMs);
  }
}

function createParentFolder(path: string): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
  } catch (error) {
    throw new StoreUnavailableError(
      `Cannot create the folder for the database file ${path} (${(error as NodeJS.ErrnoException).code ?? 'error'}). Create it yourself, or set DATABASE_PATH to a writable place.`,
    );
  }
}

function sqliteErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : '';
}

/**
 * Turns SQLite's terse codes, at open and on every later read or write, into a
 * StoreUnavailableError naming the file and the remedy. Other errors pass through unchanged.
 */
export function explainSqliteError(error: unknown, path: string, busyTimeoutMs: number): Error {
  if (error instanceof StoreUnavailableError) return error;
  const code = sqliteErrorCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT')) {
    return new StoreUnavailableError(
      `The database file ${path} is not a SQLite database or is damaged (${detail}). Move it aside or restore a backup: the bot then creates a new one from knowledge/ at the next start (moderators' changes in the old file are not in knowledge/ unless they were exported).`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_PERM') {
    return new StoreUnavailableError(
      `The database file ${path} cannot be opened for writing (${detail}). Give the bot's user write access to the file and its folder, or set DATABASE_PATH to a writable place.`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new StoreUnavailableError(
      `The database file ${path} is locked by another program (still locked after ${busyTimeoutMs} ms). Close whatever holds it open in a transaction (a sqlite3 shell, a backup tool, a stuck bot) and start again.`,
      { cause: error },
    );
  }
  if (code === 'SQLITE_FULL') {
    return new StoreUnavailableError(
      `The database file ${path} cannot grow: its disk is full (${detail}). Free some space on that disk, or set DATABASE_PATH to a disk with room; nothing was saved.`,
      { cause: error },
    );
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new StoreUnavailableError(
      `The database file ${path} could not be read or written: the disk or file system failed (${detail}). Check that disk (space, file size limits, a network share that went away) and the system log; nothing was saved.`,
      { cause: error },
    );
  }
  return error instanceof Error ? error : new Error(detail);
}
