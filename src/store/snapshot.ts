import { OperatorError } from '../core/operator-error';
import type { Fact } from '../facts/fact';
import type { FactChangedEvent, FactRevision, FactSnapshot, StoreSnapshot } from './fact-store';

export class InvalidSnapshotError extends OperatorError {
  override name = 'InvalidSnapshotError';
}

/** A fact's current state, which is its last revision's. */
export interface CurrentState {
  content: Fact;
  revision: number;
  retired: boolean;
  updatedAt: string;
  updatedBy: string;
  updatedByModerator: boolean;
}

export function currentState(fact: FactSnapshot): CurrentState {
  const last = fact.revisions.at(-1)!;
  return {
    content: last.after,
    revision: last.revision,
    retired: last.retiredAfter,
    updatedAt: last.at,
    updatedBy: last.author.displayName,
    updatedByModerator: last.action !== 'import',
  };
}

/**
 * Checks the shape every engine relies on before anything is written: a history that starts
 * at 1 with no gaps, for the fact it is filed under. Content is copied as it was, not
 * re-validated: history may hold facts written under older limits.
 */
export function checkSnapshot(snapshot: StoreSnapshot): void {
  const seen = new Set<string>();
  for (const fact of snapshot.facts) {
    if (seen.has(fact.id)) throw new InvalidSnapshotError(`Fact ${fact.id} appears twice in the snapshot`);
    seen.add(fact.id);
    if (fact.revisions.length === 0) throw new InvalidSnapshotError(`Fact ${fact.id} has no revisions`);
    fact.revisions.forEach((revision: FactRevision, index) => {
      if (revision.factId !== fact.id || revision.revision !== index + 1) {
        throw new InvalidSnapshotError(`Fact ${fact.id}: revision ${index + 1} is out of place (found ${revision.factId} revision ${revision.revision})`);
      }
    });
  }
}

/** What listeners hear after a snapshot is loaded: every fact, at its current revision. */
export function snapshotEvents(snapshot: StoreSnapshot): FactChangedEvent[] {
  return snapshot.facts.map(lastEvent);
}

export function lastEvent(fact: FactSnapshot): FactChangedEvent {
  const last = fact.revisions.at(-1)!;
  return { factId: fact.id, revision: last.revision, action: last.action };
}
