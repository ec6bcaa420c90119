import type pg from 'pg';
import type { Fact } from '../facts/fact';
import { StaleRevisionError, type FactChange, type FactChangedEvent, type FactRevision } from './fact-store';
import { currentFactFromRow, revisionFromRow, revisionWrites, SQL, type FactRow, type RevisionRow } from './postgres-rows';
import { ADVISORY_LOCKS } from './postgres-schema';
import { changedEvent, planChange, planImport, type RevisionWrite } from './write-plan';

/** The two writes that change facts, each run inside the caller's transaction; the rules are write-plan.ts's. */
export interface WriteContext {
  now(): Date;
  /** Queues the change notice for this revision; the server sends it only if the transaction commits. */
  notify(client: pg.PoolClient, event: FactChangedEvent): Promise<void>;
}

async function record(client: pg.PoolClient, context: WriteContext, { revision, importPoint }: RevisionWrite): Promise<void> {
  const writes = revisionWrites(revision, importPoint);
  await client.query(SQL.upsertFact, writes.fact);
  await client.query(SQL.insertRevision, writes.revision);
  await context.notify(client, changedEvent(revision));
}

/**
 * Locks the fact's row (SELECT ... FOR UPDATE) before planning, so of two processes editing
 * on the same base the second waits, then sees the first's revision and is refused.
 */
export async function applyChangeIn(client: pg.PoolClient, context: WriteContext, change: FactChange, after: Fact): Promise<FactRevision> {
  const row = (await client.query<FactRow>(SQL.factForUpdate, [change.factId])).rows[0];
  const plan = planChange(row && currentFactFromRow(row), change, after, context.now().toISOString());
  if (plan.kind === 'stale') {
    const current = (await client.query<RevisionRow>(SQL.revision, [change.factId, plan.currentRevision])).rows[0]!;
    throw new StaleRevisionError(change.factId, change.baseRevision, revisionFromRow(current));
  }
  await record(client, context, plan.write);
  return plan.write.revision;
}

export async function importKnowledgeIn(client: pg.PoolClient, context: WriteContext, facts: readonly Fact[]) {
  // Two processes starting at once: the second waits, then finds everything imported.
  await client.query('SELECT pg_advisory_xact_lock($1)', [ADVISORY_LOCKS.importKnowledge]);
  const ids = facts.map((fact) => fact.id);
  const { rows } = await client.query<FactRow>('SELECT * FROM facts WHERE id = ANY($1::text[]) FOR UPDATE', [ids]);
  const plan = planImport(new Map(rows.map((row) => [row.id, currentFactFromRow(row)])), facts, context.now().toISOString());
  for (const { factId, importedHash } of plan.acknowledged) {
    await client.query('UPDATE facts SET imported_hash = $1, imported_revision = revision WHERE id = $2', [importedHash, factId]);
  }
  for (const write of plan.writes) await record(client, context, write);
  return plan;
}
