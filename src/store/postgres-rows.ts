import type { FactRevision } from './fact-store';
import type { ImportPoint } from './import-rule';
import { rowMappers, type FactColumns, type RevisionColumns, type SourceColumns } from './row-mapping';

/** How pg returns a row: jsonb parsed, booleans, timestamptz as Date. */
type PostgresEncoding = { json: unknown; flag: boolean; time: Date };

export type FactRow = FactColumns<PostgresEncoding>;
export type RevisionRow = RevisionColumns<PostgresEncoding>;
export type SourceRow = SourceColumns<PostgresEncoding>;

export const { storedFactFromRow, currentFactFromRow, revisionFromRow, sourceFromRow } = rowMappers<PostgresEncoding>({ time: (time) => time.toISOString() });

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
