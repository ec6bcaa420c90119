import { OperatorError } from '../core/operator-error';
import { isDeepStrictEqual } from 'node:util';
import type { FactStore, StoreSnapshot } from './fact-store';

export interface CopyReport {
  facts: number;
  revisions: number;
  /** Rows of the question log: unanswered questions, "not helpful" answers and suggested aliases, each with its count. */
  questionLog: number;
}

export class CopyMismatchError extends OperatorError {
  override name = 'CopyMismatchError';
}

/**
 * Copies every fact with its whole history (revision numbers, authors, times, before and
 * after), the unanswered-question log and the sources registered from chat into an EMPTY store (StoreNotEmptyError otherwise),
 * then reads the target back and checks that it holds exactly what was copied.
 */
export async function copyStore(from: FactStore, to: FactStore): Promise<CopyReport> {
  const snapshot = await from.exportAll();
  await to.importAll(snapshot);
  const copied = await to.exportAll();
  const problem = firstDifference(snapshot, copied);
  if (problem) throw new CopyMismatchError(`The copy does not match the source: ${problem}. The target holds the copy; empty it before trying again.`);
  return {
    facts: snapshot.facts.length,
    revisions: snapshot.facts.reduce((sum, fact) => sum + fact.revisions.length, 0),
    questionLog: snapshot.questionLog.length,
  };
}

function firstDifference(source: StoreSnapshot, copy: StoreSnapshot): string | undefined {
  const copiedFacts = new Map(copy.facts.map((fact) => [fact.id, fact]));
  if (copy.facts.length !== source.facts.length) return `${source.facts.length} facts in the source, ${copy.facts.length} in the copy`;
  for (const fact of source.facts) {
    const copied = copiedFacts.get(fact.id);
    if (!copied) return `fact ${fact.id} is missing`;
    if (!isDeepStrictEqual(copied, fact)) return `fact ${fact.id} differs (its history or its import point)`;
  }
  if (!isDeepStrictEqual(copy.questionLog, source.questionLog)) return 'the question log differs';
  if (!isDeepStrictEqual(copy.sources ?? [], source.sources ?? [])) return 'the sources registered from chat differ';
  return undefined;
}
