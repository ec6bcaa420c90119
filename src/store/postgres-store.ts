import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { Logger } from 'pino';
import type { StoredFact } from '../facts/fact';
import { factContent } from '../facts/fact-content';
import { createChangeListeners } from './change-listeners';
import { StoreUnavailableError } from '../core/operator-error';
import { FactExistsError, SourceExistsError, type FactChangedEvent, type FactStore } from './fact-store';
import { createPool, describeDatabase, inTransaction, redactDatabaseUrl, summarize, withAvailability } from './postgres-connection';
import { startChangeListener, type ChangeListener } from './postgres-listener';
import { revisionFromRow, sourceFromRow, SQL, storedFactFromRow, type FactRow, type RevisionRow, type SourceRow } from './postgres-rows';
import { createPostgresQuestionLog } from './postgres-question-log';
import { DEFAULT_QUESTION_LOG_MAX_ROWS } from './question-log';
import { sourceRecord } from './source-rows';
import { migrate } from './postgres-schema';
import { exportPostgresSnapshot, importPostgresSnapshot } from './postgres-snapshot';
import { applyChangeIn, importKnowledgeIn, type WriteContext } from './postgres-writes';
import { questionLogMethods, type Guard } from './question-log-methods';
import { changedEvent } from './write-plan';
import { checkSnapshot, lastEvent, snapshotEvents } from './snapshot';

const CHANGES_CHANNEL = 'fact_changes';

export interface PostgresStoreOptions {
  now?: () => Date;
  /** The question log's row cap (QUESTION_LOG_MAX_ROWS); the least recently seen rows go first. */
  questionLogMaxRows?: number;
}

/** What travels on the channel: the event, and which store sent it (it has told its own listeners already). */
interface ChangeNotice extends FactChangedEvent {
  origin: string;
}

/**
 * The shared engine: several bot processes on one database. Every change is one transaction
 * that locks the fact's row and checks the base revision, so two processes cannot both win;
 * its NOTIFY reaches every other process at commit, and they reload their matcher.
 */
export async function openPostgresStore(url: string, logger: Logger, options: PostgresStoreOptions = {}): Promise<FactStore> {
  const now = options.now ?? (() => new Date());
  const database = describeDatabase(url);
  const origin = randomUUID();
  const listeners = createChangeListeners(logger);
  /** The revision of each fact this process has heard of, to see what it missed while disconnected. */
  const knownRevisions = new Map<string, number>();
  const pool = createPool(url, logger);
  let listener: ChangeListener | undefined;
  let questions!: Awaited<ReturnType<typeof createPostgresQuestionLog>>;

  try {
    await migrate(pool, database);
    listener = await startChangeListener({ url, channel: CHANGES_CHANNEL, logger, onNotification, onReconnected: catchUp });
    const { rows } = await pool.query<{ id: string; revision: number }>('SELECT id, revision FROM facts');
    for (const row of rows) knownRevisions.set(row.id, row.revision);
    questions = await createPostgresQuestionLog(pool, (work) => inTransaction(pool, work), options.questionLogMaxRows ?? DEFAULT_QUESTION_LOG_MAX_ROWS);
  } catch (error) {
    await listener?.close();
    await pool.end().catch(() => {});
    if (error instanceof StoreUnavailableError) throw error;
    throw new StoreUnavailableError(
      `Cannot open the PostgreSQL database ${redactDatabaseUrl(url)}: ${summarize(error).message}. Check DATABASE_URL and that the server is running and reachable.`,
      { cause: error },
    );
  }

  function emit(events: readonly FactChangedEvent[]): void {
    for (const event of events) {
      if ((knownRevisions.get(event.factId) ?? 0) < event.revision) knownRevisions.set(event.factId, event.revision);
    }
    listeners.notify(events);
  }

  function onNotification(payload: string): void {
    let notice: Partial<ChangeNotice>;
    try {
      notice = JSON.parse(payload) as Partial<ChangeNotice>;
    } catch {
      logger.warn({ channel: CHANGES_CHANNEL }, 'ignored a malformed change notification');
      return;
    }
    if (notice.origin === origin) return;
    if (typeof notice.factId !== 'string' || typeof notice.revision !== 'number' || typeof notice.action !== 'string') {
      logger.warn({ channel: CHANGES_CHANNEL }, 'ignored a malformed change notification');
      return;
    }
    emit([{ factId: notice.factId, revision: notice.revision, action: notice.action }]);
  }

  /**
   * After a reconnection: announce every fact that changed while we were not listening. When
   * nothing did, the latest change is announced again, so a listener whose reload failed while
   * the database was down reloads now.
   */
  async function catchUp(): Promise<void> {
    const { rows } = await pool.query<FactChangedEvent>(
      `SELECT f.id AS "factId", f.revision, r.action FROM facts f
       JOIN revisions r ON r.fact_id = f.id AND r.revision = f.revision ORDER BY f.updated_at DESC`,
    );
    const missed = rows.filter((row) => knownRevisions.get(row.factId) !== row.revision);
    emit((missed.length > 0 ? missed : rows.slice(0, 1)).map((row) => ({ ...row, resync: true as const })));
  }

  const transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => inTransaction(pool, work);

  const writeContext: WriteContext = {
    now,
    async notify(client, event) {
      const notice: ChangeNotice = { ...event, origin };
      await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, JSON.stringify(notice)]);
    },
  };

  const read: Guard = (work) => withAvailability(database, 'read', async () => work());
  const write: Guard = (work) => withAvailability(database, 'write', async () => work());

  return {
    engine: 'postgres',
    async listFacts(options = {}): Promise<StoredFact[]> {
      const where = options.includeRetired ? '' : 'WHERE NOT retired';
      return read(async () => (await pool.query<FactRow>(`SELECT * FROM facts ${where} ORDER BY id COLLATE "C"`)).rows.map(storedFactFromRow));
    },
    async getFact(id) {
      const row = await read(async () => (await pool.query<FactRow>('SELECT * FROM facts WHERE id = $1', [id])).rows[0]);
      return row ? storedFactFromRow(row) : undefined;
    },
    async applyChange(change) {
      const after = factContent(change.after);
      if (after.id !== change.factId) throw new Error(`The change is for fact ${change.factId} but its content has id ${after.id}`);
      const revision = await write(() =>
        transaction((client) => applyChangeIn(client, writeContext, change, after)).catch((error: unknown) => {
          // Two processes adding the same id at once: the loser hits the primary key.
          if (change.action === 'add' && (error as { code?: unknown }).code === '23505') throw new FactExistsError(change.factId);
          throw error;
        }),
      );
      emit([changedEvent(revision)]);
      return revision;
    },
    async history(factId) {
      return read(async () => (await pool.query<RevisionRow>('SELECT * FROM revisions WHERE fact_id = $1 ORDER BY revision', [factId])).rows.map(revisionFromRow));
    },
    async getRevision(factId, revision) {
      const row = await read(async () => (await pool.query<RevisionRow>(SQL.revision, [factId, revision])).rows[0]);
      return row ? revisionFromRow(row) : undefined;
    },
    async importKnowledge(facts) {
      const contents = facts.map(factContent);
      const { report, events } = await write(() => transaction((client) => importKnowledgeIn(client, writeContext, contents)));
      emit(events);
      return report;
    },
    ...questionLogMethods(questions, read, write),
    async listSources() {
      return read(async () => (await pool.query<SourceRow>('SELECT * FROM sources ORDER BY id COLLATE "C"')).rows.map(sourceFromRow));
    },
    async addSource(source, author) {
      const record = sourceRecord(source);
      const { rows } = await write(() =>
        pool
          .query<SourceRow>('INSERT INTO sources (id, meta, text, added_by, added_at) VALUES ($1, $2, $3, $4, $5) RETURNING *', [
            record.id,
            record.meta,
            record.text,
            JSON.stringify(author),
            now(),
          ])
          .catch((error: unknown) => {
            if ((error as { code?: unknown }).code === '23505') throw new SourceExistsError(record.id);
            throw error;
          }),
      );
      return sourceFromRow(rows[0]!);
    },
    async exportAll() {
      return read(() => inTransaction(pool, exportPostgresSnapshot, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY'));
    },
    async importAll(snapshot) {
      checkSnapshot(snapshot);
      await write(() => transaction((client) => importPostgresSnapshot(client, snapshot, (fact) => writeContext.notify(client, lastEvent(fact)))));
      emit(snapshotEvents(snapshot));
    },
    subscribe: listeners.subscribe,
    async close() {
      listeners.clear();
      await listener?.close();
      await pool.end().catch(() => {});
    },
  };
}
