import type Database from 'better-sqlite3';
import { canonicalJson } from '../facts/fact-content';
import { StoreNotEmptyError, type FactSnapshot, type StoreSnapshot } from './fact-store';
import { questionKey } from './question-key';
import type { QuestionLogEntry } from './question-log';
import { logEntryFromRow, prepareInsertLogEntry, type QuestionLogRow } from './sqlite-question-log';
import { checkSnapshot, currentState } from './snapshot';
import { revisionFromRow, revisionToRow, sourceFromRow, sourceToRow, type RevisionRow } from './sqlite-rows';
import type { SqliteStatements } from './sqlite-statements';

/** Reads everything in one read transaction, so the snapshot is consistent. */
export function exportSqliteSnapshot(db: Database.Database, sql: SqliteStatements): StoreSnapshot {
  return db.transaction((): StoreSnapshot => {
    const facts = db
      .prepare<[], { id: string; imported_hash: string | null; imported_revision: number | null }>('SELECT id, imported_hash, imported_revision FROM facts ORDER BY id')
      .all();
    const byFact = new Map<string, FactSnapshot>(
      facts.map((row) => [row.id, { id: row.id, revisions: [], importedHash: row.imported_hash, importedRevision: row.imported_revision }]),
    );
    for (const row of db.prepare<[], RevisionRow>('SELECT * FROM revisions ORDER BY fact_id, revision').all()) {
      byFact.get(row.fact_id)?.revisions.push(revisionFromRow(row));
    }
    const questionLog = db
      .prepare<[], QuestionLogRow>('SELECT id, kind, question, fact_id, count, platforms, first_at, last_at, status FROM question_log ORDER BY id')
      .all()
      .map(logEntryFromRow);
    return { facts: [...byFact.values()], questionLog, sources: sql.sources.all().map(sourceFromRow) };
  }).deferred();
}

/** Fills an empty database with a snapshot in one write transaction, or changes nothing. */
export function importSqliteSnapshot(db: Database.Database, sql: SqliteStatements, snapshot: StoreSnapshot): void {
  checkSnapshot(snapshot);
  db.transaction(() => {
    const counts = db
      .prepare<[], { facts: number; unanswered: number; sources: number }>(
        'SELECT (SELECT count(*) FROM facts) AS facts, (SELECT count(*) FROM question_log) AS unanswered, (SELECT count(*) FROM sources) AS sources',
      )
      .get()!;
    if (counts.facts > 0 || counts.unanswered > 0 || counts.sources > 0) throw new StoreNotEmptyError(counts.facts, counts.unanswered);
    const insertFact = db.prepare(
      `INSERT INTO facts (id, content, revision, retired, updated_at, updated_by, updated_by_moderator, imported_hash, imported_revision)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    for (const fact of snapshot.facts) {
      const state = currentState(fact);
      insertFact.run(
        fact.id,
        canonicalJson(state.content),
        state.revision,
        state.retired ? 1 : 0,
        state.updatedAt,
        state.updatedBy,
        state.updatedByModerator ? 1 : 0,
        fact.importedHash,
        fact.importedRevision,
      );
      for (const revision of fact.revisions) sql.insertRevision.run(revisionToRow(revision));
    }
    const insertLogEntry = prepareInsertLogEntry(db);
    for (const entry of snapshot.questionLog) insertLogEntry.run(logEntryToRow(entry));
    for (const source of snapshot.sources ?? []) sql.insertSource.run(sourceToRow(source));
  }).immediate();
}

function logEntryToRow(entry: QuestionLogEntry): QuestionLogRow & { question_key: string } {
  return {
    id: entry.id,
    kind: entry.kind,
    question: entry.question,
    question_key: questionKey(entry.question),
    fact_id: entry.factId ?? '',
    count: entry.count,
    platforms: entry.platforms.join(','),
    first_at: entry.firstAt,
    last_at: entry.lastAt,
    status: entry.status,
  };
}
