import type { FactRevision, StoredSource } from './fact-store';
import { rowMappers, type FactColumns, type RevisionColumns, type SourceColumns } from './row-mapping';
import { sourceRecord } from './source-rows';

/** How better-sqlite3 returns a row: JSON as text, flags as 0/1, times as ISO text. */
type SqliteEncoding = { json: string; flag: number; time: string };

export type FactRow = FactColumns<SqliteEncoding>;
export type RevisionRow = RevisionColumns<SqliteEncoding>;
export type SourceRow = SourceColumns<SqliteEncoding>;

export const { storedFactFromRow, currentFactFromRow, revisionFromRow, sourceFromRow } = rowMappers<SqliteEncoding>({ json: (text) => JSON.parse(text), flag: (flag) => flag === 1 });

export function revisionToRow(revision: FactRevision): RevisionRow {
  return {
    fact_id: revision.factId,
    revision: revision.revision,
    action: revision.action,
    author: JSON.stringify(revision.author),
    at: revision.at,
    before: revision.before === null ? null : JSON.stringify(revision.before),
    after: JSON.stringify(revision.after),
    retired_before: revision.retiredBefore ? 1 : 0,
    retired_after: revision.retiredAfter ? 1 : 0,
  };
}

export function sourceToRow(source: StoredSource): SourceRow {
  return { ...sourceRecord(source), added_by: JSON.stringify(source.addedBy), added_at: source.addedAt };
}
