import type Database from 'better-sqlite3';
import { canonicalJson } from '../facts/fact-content';
import { revisionToRow, type FactRow, type RevisionRow, type SourceRow } from './sqlite-rows';
import type { RevisionWrite } from './write-plan';

export type SqliteStatements = ReturnType<typeof prepareStatements>;

export function prepareStatements(db: Database.Database) {
  return {
    fact: db.prepare<[string], FactRow>('SELECT * FROM facts WHERE id = ?'),
    activeFacts: db.prepare<[], FactRow>('SELECT * FROM facts WHERE retired = 0 ORDER BY id'),
    allFacts: db.prepare<[], FactRow>('SELECT * FROM facts ORDER BY id'),
    revision: db.prepare<[string, number], RevisionRow>('SELECT * FROM revisions WHERE fact_id = ? AND revision = ?'),
    history: db.prepare<[string], RevisionRow>('SELECT * FROM revisions WHERE fact_id = ? ORDER BY revision'),
    insertRevision: db.prepare<[RevisionRow]>(
      `INSERT INTO revisions (fact_id, revision, action, author, at, before, after, retired_before, retired_after)
       VALUES (@fact_id, @revision, @action, @author, @at, @before, @after, @retired_before, @retired_after)`,
    ),
    upsertFact: db.prepare<[FactRow]>(
      `INSERT INTO facts (id, content, revision, retired, updated_at, updated_by, updated_by_moderator, imported_hash, imported_revision)
       VALUES (@id, @content, @revision, @retired, @updated_at, @updated_by, @updated_by_moderator, @imported_hash, @imported_revision)
       ON CONFLICT (id) DO UPDATE SET content = excluded.content, revision = excluded.revision, retired = excluded.retired,
         updated_at = excluded.updated_at, updated_by = excluded.updated_by, updated_by_moderator = excluded.updated_by_moderator,
         imported_hash = excluded.imported_hash, imported_revision = excluded.imported_revision`,
    ),
    acknowledgeImport: db.prepare<[string, string]>('UPDATE facts SET imported_hash = ?, imported_revision = revision WHERE id = ?'),
    sources: db.prepare<[], SourceRow>('SELECT * FROM sources ORDER BY id'),
    insertSource: db.prepare<[SourceRow]>('INSERT INTO sources (id, meta, text, added_by, added_at) VALUES (@id, @meta, @text, @added_by, @added_at)'),
  };
}

/** The fact row moves with its new revision row, inside the caller's transaction (fact first: revisions reference it). */
export function writeRevisionRows(sql: SqliteStatements, { revision, importPoint }: RevisionWrite): void {
  sql.upsertFact.run({
    id: revision.factId,
    content: canonicalJson(revision.after),
    revision: revision.revision,
    retired: revision.retiredAfter ? 1 : 0,
    updated_at: revision.at,
    updated_by: revision.author.displayName,
    updated_by_moderator: revision.action === 'import' ? 0 : 1,
    imported_hash: importPoint.importedHash,
    imported_revision: importPoint.importedRevision,
  });
  sql.insertRevision.run(revisionToRow(revision));
}
