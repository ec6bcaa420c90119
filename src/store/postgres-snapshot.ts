import type pg from 'pg';
import { StoreNotEmptyError, type FactSnapshot, type StoreSnapshot } from './fact-store';
import { LOG_COLUMNS, pgLogEntryFromRow, type PgQuestionLogRow } from './postgres-question-log';
import { revisionFromRow, sourceFromRow, type RevisionRow, type SourceRow } from './postgres-rows';
import { sourceRecord } from './source-rows';
import { ADVISORY_LOCKS } from './postgres-schema';
import { questionKey } from './question-key';
import { currentState } from './snapshot';

/** Run inside a REPEATABLE READ transaction, so the snapshot is consistent. */
export async function exportPostgresSnapshot(client: pg.PoolClient): Promise<StoreSnapshot> {
  const facts = await client.query<{ id: string; imported_hash: string | null; imported_revision: number | null }>(
    'SELECT id, imported_hash, imported_revision FROM facts ORDER BY id COLLATE "C"',
  );
  const revisions = await client.query<RevisionRow>('SELECT * FROM revisions ORDER BY fact_id, revision');
  const questionLog = await client.query<PgQuestionLogRow>(`SELECT ${LOG_COLUMNS} FROM question_log ORDER BY id`);
  const byFact = new Map<string, FactSnapshot>(
    facts.rows.map((row) => [row.id, { id: row.id, revisions: [], importedHash: row.imported_hash, importedRevision: row.imported_revision }]),
  );
  for (const row of revisions.rows) byFact.get(row.fact_id)?.revisions.push(revisionFromRow(row));
  const sources = await client.query<SourceRow>('SELECT * FROM sources ORDER BY id COLLATE "C"');
  return {
    sources: sources.rows.map(sourceFromRow),
    facts: [...byFact.values()],
    questionLog: questionLog.rows.map(pgLogEntryFromRow),
  };
}

/** Rows per INSERT: a few round trips even for a long history on a distant server. */
const BATCH = 500;

/** Runs inside the caller's transaction; `notify` queues one change notice per fact, sent at commit. */
export async function importPostgresSnapshot(client: pg.PoolClient, snapshot: StoreSnapshot, notify: (fact: FactSnapshot) => Promise<void>): Promise<void> {
  await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.importSnapshot]);
  // Blocks writers to both tables until commit, so "empty" stays true while we fill it.
  await client.query('LOCK TABLE facts, question_log, sources IN SHARE ROW EXCLUSIVE MODE');
  const counts = await client.query<{ facts: number; unanswered: number; sources: number }>(
    'SELECT (SELECT count(*) FROM facts)::int AS facts, (SELECT count(*) FROM question_log)::int AS unanswered, (SELECT count(*) FROM sources)::int AS sources',
  );
  const { facts, unanswered, sources } = counts.rows[0]!;
  if (facts > 0 || unanswered > 0 || sources > 0) throw new StoreNotEmptyError(facts, unanswered);

  // Fact rows first (revisions reference them); a fact's row is its last revision's state.
  const factRows = snapshot.facts.map((fact) => {
    const state = currentState(fact);
    return {
      id: fact.id,
      content: state.content,
      revision: state.revision,
      retired: state.retired,
      updated_at: state.updatedAt,
      updated_by: state.updatedBy,
      updated_by_moderator: state.updatedByModerator,
      imported_hash: fact.importedHash,
      imported_revision: fact.importedRevision,
    };
  });
  await insertRecords(client, 'facts', FACT_COLUMNS, factRows);
  const revisionRows = snapshot.facts.flatMap((fact) =>
    fact.revisions.map((revision) => ({
      fact_id: revision.factId,
      revision: revision.revision,
      action: revision.action,
      author: revision.author,
      at: revision.at,
      before: revision.before,
      after: revision.after,
      retired_before: revision.retiredBefore,
      retired_after: revision.retiredAfter,
    })),
  );
  await insertRecords(client, 'revisions', REVISION_COLUMNS, revisionRows);
  const logRows = snapshot.questionLog.map((entry) => ({
    id: entry.id,
    kind: entry.kind,
    question_key: questionKey(entry.question),
    fact_id: entry.factId ?? '',
    question: entry.question,
    count: entry.count,
    platforms: entry.platforms.join(','),
    first_at: entry.firstAt,
    last_at: entry.lastAt,
    status: entry.status,
  }));
  await insertRecords(client, 'question_log', QUESTION_LOG_COLUMNS, logRows);
  // Kept ids: the sequence must move past them, or the next new row would clash.
  await client.query(`SELECT setval(pg_get_serial_sequence('question_log', 'id'), greatest((SELECT max(id) FROM question_log), 1))`);
  const sourceRows = (snapshot.sources ?? []).map((source) => {
    const record = sourceRecord(source);
    return { id: record.id, meta: JSON.parse(record.meta) as unknown, text: record.text, added_by: source.addedBy, added_at: source.addedAt };
  });
  await insertRecords(client, 'sources', SOURCE_COLUMNS, sourceRows);
  for (const fact of snapshot.facts) await notify(fact);
}

const FACT_COLUMNS =
  'id text, content jsonb, revision integer, retired boolean, updated_at timestamptz, updated_by text, updated_by_moderator boolean, imported_hash text, imported_revision integer';
const REVISION_COLUMNS =
  'fact_id text, revision integer, action text, author jsonb, at timestamptz, before jsonb, after jsonb, retired_before boolean, retired_after boolean';
const QUESTION_LOG_COLUMNS =
  'id bigint, kind text, question_key text, fact_id text, question text, count integer, platforms text, first_at timestamptz, last_at timestamptz, status text';
const SOURCE_COLUMNS = 'id text, meta jsonb, text text, added_by jsonb, added_at timestamptz';

async function insertRecords(client: pg.PoolClient, table: string, columns: string, rows: readonly object[]): Promise<void> {
  const names = columns.split(',').map((column) => column.trim().split(' ')[0]).join(', ');
  for (let start = 0; start < rows.length; start += BATCH) {
    await client.query(`INSERT INTO ${table} (${names}) SELECT ${names} FROM jsonb_to_recordset($1::jsonb) AS r(${columns})`, [
      JSON.stringify(rows.slice(start, start + BATCH)),
    ]);
  }
}
