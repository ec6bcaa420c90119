import type { Fact, StoredFact } from '../facts/fact';
import type { ChangeAction, ChangeAuthor, FactRevision, StoredSource } from './fact-store';
import { storedSourceFrom } from './source-rows';
import type { CurrentFact } from './write-plan';

/**
 * Both engines' tables have the same columns; only how a value is encoded differs (JSON as
 * text or parsed, a flag as 0/1 or boolean, a time as ISO text or Date). Each engine names
 * its encoding and a decoder; the mapping to the store's types lives here, once.
 */
export interface Encoding {
  json: unknown;
  flag: unknown;
  time: unknown;
}

export interface Decoder<E extends Encoding> {
  json(value: E['json']): unknown;
  flag(value: E['flag']): boolean;
  time(value: E['time']): string;
}

export interface FactColumns<E extends Encoding> {
  id: string;
  content: E['json'];
  revision: number;
  retired: E['flag'];
  updated_at: E['time'];
  updated_by: string;
  updated_by_moderator: E['flag'];
  imported_hash: string | null;
  imported_revision: number | null;
}

export interface RevisionColumns<E extends Encoding> {
  fact_id: string;
  revision: number;
  action: ChangeAction;
  author: E['json'];
  at: E['time'];
  before: E['json'] | null;
  after: E['json'];
  retired_before: E['flag'];
  retired_after: E['flag'];
}

export interface SourceColumns<E extends Encoding> {
  id: string;
  meta: E['json'];
  text: string | null;
  added_by: E['json'];
  added_at: E['time'];
}

function storedFactFromColumns<E extends Encoding>(row: FactColumns<E>, decode: Decoder<E>): StoredFact {
  return {
    ...(decode.json(row.content) as Fact),
    revision: row.revision,
    retired: decode.flag(row.retired),
    updatedAt: decode.time(row.updated_at),
    updatedBy: row.updated_by,
    updatedByModerator: decode.flag(row.updated_by_moderator),
  };
}

/** What the write planner needs of a row. */
function currentFactFromColumns<E extends Encoding>(row: FactColumns<E>, decode: Decoder<E>): CurrentFact {
  return {
    content: decode.json(row.content) as Fact,
    revision: row.revision,
    retired: decode.flag(row.retired),
    importedHash: row.imported_hash,
    importedRevision: row.imported_revision,
  };
}

function revisionFromColumns<E extends Encoding>(row: RevisionColumns<E>, decode: Decoder<E>): FactRevision {
  return {
    factId: row.fact_id,
    revision: row.revision,
    action: row.action,
    author: decode.json(row.author) as ChangeAuthor,
    at: decode.time(row.at),
    before: row.before === null ? null : (decode.json(row.before) as Fact),
    after: decode.json(row.after) as Fact,
    retiredBefore: decode.flag(row.retired_before),
    retiredAfter: decode.flag(row.retired_after),
  };
}

function sourceFromColumns<E extends Encoding>(row: SourceColumns<E>, decode: Decoder<E>): StoredSource {
  return storedSourceFrom(decode.json(row.meta), row.text, decode.json(row.added_by) as ChangeAuthor, decode.time(row.added_at));
}

/**
 * The mappers from an engine's rows to the store's types, given how the engine encodes
 * values. A decoder left out means the driver already returns the store's type (pg parses
 * jsonb and booleans itself).
 */
export function rowMappers<E extends Encoding>(decoders: Partial<Decoder<E>>) {
  const decode: Decoder<E> = { json: (value) => value, flag: (value) => value as boolean, time: (value) => value as string, ...decoders };
  return {
    storedFactFromRow: (row: FactColumns<E>) => storedFactFromColumns(row, decode),
    currentFactFromRow: (row: FactColumns<E>) => currentFactFromColumns(row, decode),
    revisionFromRow: (row: RevisionColumns<E>) => revisionFromColumns(row, decode),
    sourceFromRow: (row: SourceColumns<E>) => sourceFromColumns(row, decode),
  };
}
