import type Database from 'better-sqlite3';
import { canonicalJson } from './fact-content';
import { StoreNotEmptyError, type FactSnapshot, type StoreSnapshot, type UnansweredEntry } from './fact-store';
import { questionKey } from './question-key';
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
    const unanswered = db.prepare<[], UnansweredEntry>('SELECT question, platform, at FROM unanswered ORDER BY id').all();
    return { facts: [...byFact.values()], unanswered, sources: sql.sources.all().map(sourceFromRow) };
  }).deferred();
}

/** Fills an empty database with a snapshot in one write transaction, or changes nothing. */
export function importSqliteSnapshot(db: Database.Database, sql: SqliteStatements, snapshot: StoreSnapshot): void {
  checkSnapshot(snapshot);
  db.transaction(() => {
    const counts = db
      .prepare<[], { facts: number; unanswered: number; sources: number }>(
        'SELECT (SELECT count(*) FROM facts) AS facts, (SELECT count(*) FROM unanswered) AS unanswered, (SELECT count(*) FROM sources) AS sources',
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
    for (const entry of snapshot.unanswered) sql.insertUnanswered.run(entry.question, questionKey(entry.question), entry.platform, entry.at);
    for (const source of snapshot.sources ?? []) sql.insertSource.run(sourceToRow(source));
  }).immediate();
}
