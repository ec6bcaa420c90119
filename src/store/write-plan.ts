import { contentHash } from '../facts/fact-content';
import type { Fact } from '../facts/fact';
import { FactExistsError, UnknownFactError, type ChangeAuthor, type FactChange, type FactChangedEvent, type FactRevision, type ImportReport } from './fact-store';
import { decideImport, type ImportPoint } from './import-rule';

/**
 * The write rules of every engine, as pure functions: given the rows a transaction read and
 * the request, they return the rows to write and the result. An engine reads, calls a
 * planner and writes what it returns, all inside one transaction; it decides nothing.
 */

/** The author of every revision that comes from the curated files. */
export const KNOWLEDGE_AUTHOR: Readonly<ChangeAuthor> = Object.freeze({
  platform: 'knowledge',
  userId: 'knowledge',
  displayName: 'knowledge/',
  location: 'knowledge/',
});

/** What the write rules need of a fact's row, whatever the engine. */
export interface CurrentFact extends ImportPoint {
  content: Fact;
  revision: number;
  retired: boolean;
}

/** One new revision, which becomes the fact's current state, and where the fact now stands with knowledge/. */
export interface RevisionWrite {
  revision: FactRevision;
  importPoint: ImportPoint;
}

export type ChangePlan =
  | { kind: 'write'; write: RevisionWrite }
  /** The change was based on an older revision: the engine reads `currentRevision` and refuses with StaleRevisionError. */
  | { kind: 'stale'; currentRevision: number };

/** Throws FactExistsError or UnknownFactError; `after` is the change's validated content. */
export function planChange(current: CurrentFact | undefined, change: FactChange, after: Fact, at: string): ChangePlan {
  if (change.action === 'add') {
    if (current) throw new FactExistsError(change.factId);
  } else {
    if (!current) throw new UnknownFactError(change.factId);
    if (change.baseRevision !== current.revision) return { kind: 'stale', currentRevision: current.revision };
  }
  const revision: FactRevision = {
    factId: change.factId,
    revision: current ? current.revision + 1 : 1,
    action: change.action,
    author: { ...change.author },
    at,
    before: current ? current.content : null,
    after,
    retiredBefore: current ? current.retired : false,
    retiredAfter: change.retired,
  };
  // A moderator's change keeps the import point: the next import then sees the fact has moved on.
  const importPoint = { importedHash: current?.importedHash ?? null, importedRevision: current?.importedRevision ?? null };
  return { kind: 'write', write: { revision, importPoint } };
}

export interface ImportPlan {
  report: ImportReport;
  /** New revisions, in the order of the files' facts. */
  writes: RevisionWrite[];
  /** Facts whose stored content already equals the file: only their import point moves (to their current revision). */
  acknowledged: { factId: string; importedHash: string }[];
  events: FactChangedEvent[];
}

/** The merge rule (import-rule.ts) applied to every fact of knowledge/; `current` holds the stored rows by id. */
export function planImport(current: ReadonlyMap<string, CurrentFact>, facts: readonly Fact[], at: string): ImportPlan {
  const plan: ImportPlan = { report: { added: [], updated: [], unchanged: [], keptModeratorVersion: [] }, writes: [], acknowledged: [], events: [] };
  // A fact listed twice sees its first listing's outcome, as it would row by row.
  const rows = new Map(current);
  for (const fact of facts) {
    const fileHash = contentHash(fact);
    const row = rows.get(fact.id);
    const decision = decideImport(row && { ...row, contentHash: contentHash(row.content) }, fileHash);
    if (decision === 'unchanged') plan.report.unchanged.push(fact.id);
    else if (decision === 'keep-moderator-version') plan.report.keptModeratorVersion.push(fact.id);
    else if (decision === 'acknowledge') {
      plan.acknowledged.push({ factId: fact.id, importedHash: fileHash });
      rows.set(fact.id, { ...row!, importedHash: fileHash, importedRevision: row!.revision });
      plan.report.unchanged.push(fact.id);
    } else {
      const revisionNumber = row ? row.revision + 1 : 1;
      const retired = row?.retired ?? false;
      const revision: FactRevision = {
        factId: fact.id,
        revision: revisionNumber,
        action: 'import',
        author: { ...KNOWLEDGE_AUTHOR },
        at,
        before: row?.content ?? null,
        after: fact,
        retiredBefore: retired,
        retiredAfter: retired,
      };
      const importPoint = { importedHash: fileHash, importedRevision: revisionNumber };
      plan.writes.push({ revision, importPoint });
      rows.set(fact.id, { content: fact, revision: revisionNumber, retired, ...importPoint });
      (decision === 'add' ? plan.report.added : plan.report.updated).push(fact.id);
      plan.events.push({ factId: fact.id, revision: revisionNumber, action: 'import' });
    }
  }
  return plan;
}

/** What listeners hear about one revision. */
export function changedEvent(revision: FactRevision): FactChangedEvent {
  return { factId: revision.factId, revision: revision.revision, action: revision.action };
}
