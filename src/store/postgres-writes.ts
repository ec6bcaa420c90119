import type pg from 'pg';
import type { Fact } from '../facts/fact';
import { contentHash, KNOWLEDGE_AUTHOR } from './fact-content';
import {
  FactExistsError,
  StaleRevisionError,
  UnknownFactError,
  type FactChange,
  type FactChangedEvent,
  type FactRevision,
  type ImportReport,
} from './fact-store';
import { decideImport, type ImportPoint } from './import-rule';
import { revisionFromRow, revisionWrites, SQL, type FactRow, type RevisionRow } from './postgres-rows';
import { ADVISORY_LOCKS } from './postgres-schema';

/** The two writes that change facts, each run inside the caller's transaction. */
export interface WriteContext {
  now(): Date;
  /** Queues the change notice for this revision; the server sends it only if the transaction commits. */
  notify(client: pg.PoolClient, event: FactChangedEvent): Promise<void>;
}

async function record(client: pg.PoolClient, context: WriteContext, revision: FactRevision, importPoint: ImportPoint): Promise<void> {
  const writes = revisionWrites(revision, importPoint);
  await client.query(SQL.upsertFact, writes.fact);
  await client.query(SQL.insertRevision, writes.revision);
  await context.notify(client, { factId: revision.factId, revision: revision.revision, action: revision.action });
}

/**
 * Locks the fact's row (SELECT ... FOR UPDATE) before checking the base revision, so of two
 * processes editing on the same base the second waits, then sees the first's revision and is
 * refused.
 */
export async function applyChangeIn(client: pg.PoolClient, context: WriteContext, change: FactChange, after: Fact): Promise<FactRevision> {
  const row = (await client.query<FactRow>(SQL.factForUpdate, [change.factId])).rows[0];
  if (change.action === 'add') {
    if (row) throw new FactExistsError(change.factId);
  } else {
    if (!row) throw new UnknownFactError(change.factId);
    if (change.baseRevision !== row.revision) {
      const current = (await client.query<RevisionRow>(SQL.revision, [row.id, row.revision])).rows[0]!;
      throw new StaleRevisionError(change.factId, change.baseRevision, revisionFromRow(current));
    }
  }
  const revision: FactRevision = {
    factId: change.factId,
    revision: row ? row.revision + 1 : 1,
    action: change.action,
    author: { ...change.author },
    at: context.now().toISOString(),
    before: row ? row.content : null,
    after,
    retiredBefore: row ? row.retired : false,
    retiredAfter: change.retired,
  };
  await record(client, context, revision, { importedHash: row?.imported_hash ?? null, importedRevision: row?.imported_revision ?? null });
  return revision;
}

/** The same merge rule as every engine (import-rule.ts); see ImportReport. */
export async function importKnowledgeIn(client: pg.PoolClient, context: WriteContext, facts: readonly Fact[]) {
  // Two processes starting at once: the second waits, then finds everything imported.
  await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.importKnowledge]);
  const ids = facts.map((fact) => fact.id);
  const { rows } = await client.query<FactRow>('SELECT * FROM facts WHERE id = ANY($1::text[]) FOR UPDATE', [ids]);
  const stored = new Map(rows.map((row) => [row.id, row]));
  const report: ImportReport = { added: [], updated: [], unchanged: [], keptModeratorVersion: [] };
  const events: FactChangedEvent[] = [];
  const at = context.now().toISOString();
  for (const fact of facts) {
    const fileHash = contentHash(fact);
    const row = stored.get(fact.id);
    const decision = decideImport(
      row
        ? { revision: row.revision, retired: row.retired, importedHash: row.imported_hash, importedRevision: row.imported_revision, contentHash: contentHash(row.content) }
        : undefined,
      fileHash,
    );
    if (decision === 'unchanged') report.unchanged.push(fact.id);
    else if (decision === 'keep-moderator-version') report.keptModeratorVersion.push(fact.id);
    else if (decision === 'acknowledge') {
      await client.query('UPDATE facts SET imported_hash = $1, imported_revision = revision WHERE id = $2', [fileHash, fact.id]);
      report.unchanged.push(fact.id);
    } else {
      const revision: FactRevision = {
        factId: fact.id,
        revision: row ? row.revision + 1 : 1,
        action: 'import',
        author: { ...KNOWLEDGE_AUTHOR },
        at,
        before: row?.content ?? null,
        after: fact,
        retiredBefore: row?.retired ?? false,
        retiredAfter: row?.retired ?? false,
      };
      await record(client, context, revision, { importedHash: fileHash, importedRevision: revision.revision });
      (decision === 'add' ? report.added : report.updated).push(fact.id);
      events.push({ factId: fact.id, revision: revision.revision, action: 'import' });
    }
  }
  return { report, events };
}
