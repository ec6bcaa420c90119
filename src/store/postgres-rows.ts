import type { Fact, StoredFact } from '../facts/fact';
import type { ChangeAction, ChangeAuthor, FactRevision, StoredSource } from './fact-store';
import { storedSourceFrom } from './source-rows';
import type { ImportPoint } from './import-rule';

/** Rows as pg returns them (jsonb parsed, timestamptz as Date), and their mapping to the store's types. */
export interface FactRow {
  id: string;
  content: Fact;
  revision: number;
  retired: boolean;
  updated_at: Date;
  updated_by: string;
  updated_by_moderator: boolean;
  imported_hash: string | null;
  imported_revision: number | null;
}

export interface RevisionRow {
  fact_id: string;
  revision: number;
  action: ChangeAction;
  author: ChangeAuthor;
  at: Date;
  before: Fact | null;
  after: Fact;
  retired_before: boolean;
  retired_after: boolean;
}

export function storedFactFromRow(row: FactRow): StoredFact {
  return {
    ...row.content,
    revision: row.revision,
    retired: row.retired,
    updatedAt: row.updated_at.toISOString(),
    updatedBy: row.updated_by,
    updatedByModerator: row.updated_by_moderator,
  };
}

export function revisionFromRow(row: RevisionRow): FactRevision {
  return {
    factId: row.fact_id,
    revision: row.revision,
    action: row.action,
    author: row.author,
    at: row.at.toISOString(),
    before: row.before,
    after: row.after,
    retiredBefore: row.retired_before,
    retiredAfter: row.retired_after,
  };
}

/** The statements every write shares. Parameters are positional; JSON goes in as text. */
export const SQL = Object.freeze({
  factForUpdate: 'SELECT * FROM facts WHERE id = $1 FOR UPDATE',
  revision: 'SELECT * FROM revisions WHERE fact_id = $1 AND revision = $2',
  upsertFact: `
    INSERT INTO facts (id, content, revision, retired, updated_at, updated_by, updated_by_moderator, imported_hash, imported_revision)
    VALUES ($1, $2::jsonb, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT (id) DO UPDATE SET content = excluded.content, revision = excluded.revision, retired = excluded.retired,
      updated_at = excluded.updated_at, updated_by = excluded.updated_by, updated_by_moderator = excluded.updated_by_moderator,
      imported_hash = excluded.imported_hash, imported_revision = excluded.imported_revision`,
  insertRevision: `
    INSERT INTO revisions (fact_id, revision, action, author, at, before, after, retired_before, retired_after)
    VALUES ($1, $2, $3, $4::jsonb, $5, $6::jsonb, $7::jsonb, $8, $9)`,
});

/** The parameters that record one revision and make it the fact's current state. */
export function revisionWrites(revision: FactRevision, importPoint: ImportPoint): { fact: unknown[]; revision: unknown[] } {
  return {
    fact: [
      revision.factId,
      JSON.stringify(revision.after),
      revision.revision,
      revision.retiredAfter,
      revision.at,
      revision.author.displayName,
      revision.action !== 'import',
      importPoint.importedHash,
      importPoint.importedRevision,
    ],
    revision: [
      revision.factId,
      revision.revision,
      revision.action,
      JSON.stringify(revision.author),
      revision.at,
      revision.before === null ? null : JSON.stringify(revision.before),
      JSON.stringify(revision.after),
      revision.retiredBefore,
      revision.retiredAfter,
    ],
  };
}

export interface SourceRow {
  id: string;
  meta: unknown;
  text: string | null;
  added_by: ChangeAuthor;
  added_at: Date;
}

export function sourceFromRow(row: SourceRow): StoredSource {
  return storedSourceFrom(row.meta, row.text, row.added_by, row.added_at.toISOString());
}
