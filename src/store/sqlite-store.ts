import { graphemePrefix, wellFormed } from '../core/truncate';
import type { Logger } from 'pino';
import type { Fact, StoredFact } from '../facts/fact';
import { contentHash, factContent, KNOWLEDGE_AUTHOR } from './fact-content';
import {
  FactExistsError,
  SourceExistsError,
  StaleRevisionError,
  UnknownFactError,
  type FactChange,
  type FactChangedEvent,
  type FactRevision,
  type FactStore,
  type ImportReport,
} from './fact-store';
import { decideImport, type ImportPoint } from './import-rule';
import { snapshotEvents } from './snapshot';
import { DEFAULT_QUESTION_LOG_MAX_ROWS } from './question-log';
import { createSqliteQuestionLog } from './sqlite-question-log';
import { revisionFromRow, sourceFromRow, sourceToRow, storedFactFromRow } from './sqlite-rows';
import { DEFAULT_BUSY_TIMEOUT_MS, explainSqliteError, openGapLogConnection, openSqliteDatabase } from './sqlite-schema';
import { exportSqliteSnapshot, importSqliteSnapshot } from './sqlite-snapshot';
import { prepareStatements, writeRevisionRows } from './sqlite-statements';

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
  const listeners = new Set<(event: FactChangedEvent) => void>();

  const sql = prepareStatements(db);
  // A second :memory: connection would be another database, so there the one connection logs gaps too.
  const gapLog = path === ':memory:' ? db : openGapLogConnection(path, busyTimeoutMs);
  const questions = createSqliteQuestionLog(db, gapLog, options.questionLogMaxRows ?? DEFAULT_QUESTION_LOG_MAX_ROWS);
  const writeRevision = (revision: FactRevision, importPoint: ImportPoint) => writeRevisionRows(sql, revision, importPoint);

  const applyInTransaction = db.transaction((change: FactChange, after: Fact): FactRevision => {
    const row = sql.fact.get(change.factId);
    if (change.action === 'add') {
      if (row) throw new FactExistsError(change.factId);
    } else {
      if (!row) throw new UnknownFactError(change.factId);
      if (change.baseRevision !== row.revision) {
        const current = revisionFromRow(sql.revision.get(row.id, row.revision)!);
        throw new StaleRevisionError(change.factId, change.baseRevision, current);
      }
    }
    const revision: FactRevision = {
      factId: change.factId,
      revision: row ? row.revision + 1 : 1,
      action: change.action,
      author: { ...change.author },
      at: now().toISOString(),
      before: row ? (JSON.parse(row.content) as Fact) : null,
      after,
      retiredBefore: row ? row.retired === 1 : false,
      retiredAfter: change.retired,
    };
    writeRevision(revision, { importedHash: row?.imported_hash ?? null, importedRevision: row?.imported_revision ?? null });
    return revision;
  });

  const importInTransaction = db.transaction((facts: readonly Fact[]) => {
    const report: ImportReport = { added: [], updated: [], unchanged: [], keptModeratorVersion: [] };
    const events: FactChangedEvent[] = [];
    const at = now().toISOString();
    for (const fact of facts) {
      const fileHash = contentHash(fact);
      const row = sql.fact.get(fact.id);
      const storedContent = row ? (JSON.parse(row.content) as Fact) : undefined;
      const decision = decideImport(
        row && storedContent
          ? { revision: row.revision, retired: row.retired === 1, importedHash: row.imported_hash, importedRevision: row.imported_revision, contentHash: contentHash(storedContent) }
          : undefined,
        fileHash,
      );
      if (decision === 'unchanged') report.unchanged.push(fact.id);
      else if (decision === 'keep-moderator-version') report.keptModeratorVersion.push(fact.id);
      else if (decision === 'acknowledge') {
        sql.acknowledgeImport.run(fileHash, fact.id);
        report.unchanged.push(fact.id);
      } else {
        const revisionNumber = row ? row.revision + 1 : 1;
        writeRevision(
          {
            factId: fact.id,
            revision: revisionNumber,
            action: 'import',
            author: { ...KNOWLEDGE_AUTHOR },
            at,
            before: storedContent ?? null,
            after: fact,
            retiredBefore: row ? row.retired === 1 : false,
            retiredAfter: row ? row.retired === 1 : false,
          },
          { importedHash: fileHash, importedRevision: revisionNumber },
        );
        (decision === 'add' ? report.added : report.updated).push(fact.id);
        events.push({ factId: fact.id, revision: revisionNumber, action: 'import' });
      }
    }
    return { report, events };
  });

  function notify(events: readonly FactChangedEvent[]): void {
    for (const event of events) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch (error) {
          logger.error({ err: error, factId: event.factId }, 'a store listener failed');
        }
      }
    }
  }

  /** SQLite failures at run time (disk full, disk errors, file locked too long) become StoreUnavailableError. */
  function guard<T>(work: () => T): T {
    try {
      return work();
    } catch (error) {
      if ((error as { code?: unknown } | null)?.code === undefined) throw error;
      throw explainSqliteError(error, path, busyTimeoutMs);
    }
  }

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
      notify([{ factId: revision.factId, revision: revision.revision, action: revision.action }]);
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
      notify(events);
      return report;
    },
    async recordUnanswered({ question, platform, at }) {
      guard(() => questions.recordUnanswered(question, platform, at));
    },
    async recordSuggestion({ question, factId, platform, at }) {
      guard(() => questions.recordSuggestion(question, factId, platform, at));
    },
    async recordVote(vote) {
      return guard(() => questions.recordVote(vote));
    },
    async gaps({ since, limit }) {
      return guard(() => questions.gaps(since, limit));
    },
    async questionLog(query) {
      return guard(() => questions.list(query));
    },
    async getLogEntry(id) {
      return guard(() => questions.get(id));
    },
    async setSuggestionStatus(id, status) {
      return guard(() => questions.setStatus(id, status));
    },
    async pruneUnanswered(olderThan) {
      let total = 0;
      for (;;) {
        const removed = guard(() => questions.pruneSlice(olderThan));
        total += removed;
        if (removed === 0) return total;
        // Between slices, answers waiting on the event loop go first.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
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
      notify(snapshotEvents(snapshot));
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    async close() {
      listeners.clear();
      if (gapLog.open) gapLog.close();
      if (db.open) db.close();
    },
  };
}
