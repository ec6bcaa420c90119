import type { Logger } from 'pino';
import type { Fact, StoredFact } from '../facts/fact';
import { factContent } from '../facts/fact-content';
import { createChangeListeners } from './change-listeners';
import { SourceExistsError, StaleRevisionError, type FactChange, type FactRevision, type FactStore } from './fact-store';
import { questionLogMethods, type Guard } from './question-log-methods';
import { snapshotEvents } from './snapshot';
import { DEFAULT_QUESTION_LOG_MAX_ROWS } from './question-log';
import { createSqliteQuestionLog } from './sqlite-question-log';
import { currentFactFromRow, revisionFromRow, sourceFromRow, sourceToRow, storedFactFromRow } from './sqlite-rows';
import { DEFAULT_BUSY_TIMEOUT_MS, explainSqliteError, openGapLogConnection, openSqliteDatabase } from './sqlite-schema';
import { exportSqliteSnapshot, importSqliteSnapshot } from './sqlite-snapshot';
import { prepareStatements, writeRevisionRows } from './sqlite-statements';
import { changedEvent, planChange, planImport, type CurrentFact } from './write-plan';

export interface SqliteStoreOptions {
  /** How long a write waits for another connection's write to finish before giving up. */
  busyTimeoutMs?: number;
  now?: () => Date;
  /** The question log's row cap (QUESTION_LOG_MAX_ROWS); the least recently seen rows go first. */
  questionLogMaxRows?: number;
}

/**
 * The embedded engine: one file, WAL mode, every change in one BEGIN IMMEDIATE transaction
 * that checks the base revision inside it, so two connections (or processes) cannot both win.
 */
export async function openSqliteStore(path: string, logger: Logger, options: SqliteStoreOptions = {}): Promise<FactStore> {
  const busyTimeoutMs = options.busyTimeoutMs ?? DEFAULT_BUSY_TIMEOUT_MS;
  const now = options.now ?? (() => new Date());
  const db = openSqliteDatabase(path, busyTimeoutMs);
  const listeners = createChangeListeners(logger);

  const sql = prepareStatements(db);
  // A second :memory: connection would be another database, so there the one connection logs gaps too.
  const gapLog = path === ':memory:' ? db : openGapLogConnection(path, busyTimeoutMs);
  const questions = createSqliteQuestionLog(db, gapLog, options.questionLogMaxRows ?? DEFAULT_QUESTION_LOG_MAX_ROWS);

  const applyInTransaction = db.transaction((change: FactChange, after: Fact): FactRevision => {
    const row = sql.fact.get(change.factId);
    const plan = planChange(row && currentFactFromRow(row), change, after, now().toISOString());
    if (plan.kind === 'stale') {
      const current = revisionFromRow(sql.revision.get(change.factId, plan.currentRevision)!);
      throw new StaleRevisionError(change.factId, change.baseRevision, current);
    }
    writeRevisionRows(sql, plan.write);
    return plan.write.revision;
  });

  const importInTransaction = db.transaction((facts: readonly Fact[]) => {
    const current = new Map<string, CurrentFact>();
    for (const fact of facts) {
      const row = sql.fact.get(fact.id);
      if (row) current.set(row.id, currentFactFromRow(row));
    }
    const plan = planImport(current, facts, now().toISOString());
    for (const { factId, importedHash } of plan.acknowledged) sql.acknowledgeImport.run(importedHash, factId);
    for (const write of plan.writes) writeRevisionRows(sql, write);
    return plan;
  });

  /** SQLite failures at run time (disk full, disk errors, file locked too long) become StoreUnavailableError. */
  function guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === undefined) throw error;
      throw explainSqliteError(error, path, busyTimeoutMs);
    }
  }
  const guarded: Guard = async (work) => guard(work);

  return {
    engine: 'sqlite',
    async listFacts(options = {}): Promise<StoredFact[]> {
      return guard(() => (options.includeRetired ? sql.allFacts : sql.activeFacts).all().map(storedFactFromRow));
    },
    async getFact(id) {
      return guard(() => {
        const row = sql.fact.get(id);
        return row ? storedFactFromRow(row) : undefined;
      });
    },
    async applyChange(change) {
      const after = factContent(change.after);
      if (after.id !== change.factId) throw new Error(`The change is for fact ${change.factId} but its content has id ${after.id}`);
      const revision = guard(() => applyInTransaction.immediate(change, after));
      listeners.notify([changedEvent(revision)]);
      return revision;
    },
    async history(factId) {
      return guard(() => sql.history.all(factId).map(revisionFromRow));
    },
    async getRevision(factId, revision) {
      return guard(() => {
        const row = sql.revision.get(factId, revision);
        return row ? revisionFromRow(row) : undefined;
      });
    },
    async importKnowledge(facts) {
      const contents = facts.map(factContent);
      const { report, events } = guard(() => importInTransaction.immediate(contents));
      listeners.notify(events);
      return report;
    },
    ...questionLogMethods(questions, guarded, guarded),
    async listSources() {
      return guard(() => sql.sources.all().map(sourceFromRow));
    },
    async addSource(source, author) {
      const stored = { ...source, addedBy: { ...author }, addedAt: now().toISOString() };
      const row = sourceToRow(stored);
      guard(() => {
        try {
          sql.insertSource.run(row);
        } catch (error) {
          if ((error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_PRIMARYKEY') throw new SourceExistsError(row.id);
          throw error;
        }
      });
      return sourceFromRow(row);
    },
    async exportAll() {
      return guard(() => exportSqliteSnapshot(db, sql));
    },
    async importAll(snapshot) {
      guard(() => importSqliteSnapshot(db, sql, snapshot));
      listeners.notify(snapshotEvents(snapshot));
    },
    subscribe: listeners.subscribe,
    async close() {
      listeners.clear();
      if (gapLog.open) gapLog.close();
      if (db.open) db.close();
    },
  };
}
