import type { Fact, StoredFact } from '../facts/fact';
import type { ChangeAction, ChangeAuthor, FactRevision, StoredSource } from './fact-store';
import { sourceRecord, storedSourceFrom } from './source-rows';

/** Rows as better-sqlite3 returns them, and their mapping to the store's types. */
export interface FactRow {
  id: string;
  content: string;
  revision: number;
  retired: number;
  updated_at: string;
  updated_by: string;
  updated_by_moderator: number;
  imported_hash: string | null;
  imported_revision: number | null;
}

export interface RevisionRow {
  fact_id: string;
  revision: number;
  action: ChangeAction;
  author: string;
  at: string;
  before: string | null;
  after: string;
  retired_before: number;
  retired_after: number;
}

export function storedFactFromRow(row: FactRow): StoredFact {
  const content = JSON.parse(row.content) as Fact;
  return {
    ...content,
    revision: row.revision,
    retired: row.retired === 1,
    updatedAt: row.updated_at,
    updatedBy: row.updated_by,
    updatedByModerator: row.updated_by_moderator === 1,
  };
}

export function revisionFromRow(row: RevisionRow): FactRevision {
  return {
    factId: row.fact_id,
    revision: row.revision,
    action: row.action,
    author: JSON.parse(row.author) as ChangeAuthor,
    at: row.at,
    before: row.before === null ? null : (JSON.parse(row.before) as Fact),
    after: JSON.parse(row.after) as Fact,
    retiredBefore: row.retired_before === 1,
    retiredAfter: row.retired_after === 1,
  };
}

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

export interface SourceRow {
  id: string;
  meta: string;
  text: string | null;
  added_by: string;
  added_at: string;
}

export function sourceFromRow(row: SourceRow): StoredSource {
  return storedSourceFrom(JSON.parse(row.meta), row.text, JSON.parse(row.added_by) as ChangeAuthor, row.added_at);
}

export function sourceToRow(source: StoredSource): SourceRow {
  return { ...sourceRecord(source), added_by: JSON.stringify(source.addedBy), added_at: source.addedAt };
}
