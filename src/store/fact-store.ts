import { OperatorError } from '../core/operator-error';
import type { Fact, StoredFact } from '../facts/fact';
import type { Platform } from '../core/request';
import type { SourceMeta } from '../sources/source';
import type { QuestionLogEntry, QuestionLogQuery, QuestionRecord, SuggestionStatus, VoteOutcome, VoteRecord } from './question-log';

/** Who made a change, and from where: recorded with every revision. */
export interface ChangeAuthor {
  platform: Platform | 'knowledge';
  userId: string;
  displayName: string;
  location: string;
}

export type ChangeAction = 'import' | 'add' | 'edit' | 'retire' | 'restore' | 'revert';

export interface FactRevision {
  factId: string;
  revision: number;
  action: ChangeAction;
  author: ChangeAuthor;
  /** ISO timestamp. */
  at: string;
  before: Fact | null;
  after: Fact;
  retiredBefore: boolean;
  retiredAfter: boolean;
}

export interface FactChange {
  action: Exclude<ChangeAction, 'import'>;
  factId: string;
  /**
   * The revision the author based the change on. Required for every change to an existing
   * fact: when the fact has moved on since, the change is refused (StaleRevisionError).
   */
  baseRevision?: number;
  after: Fact;
  retired: boolean;
  author: ChangeAuthor;
}

export interface ImportReport {
  added: string[];
  updated: string[];
  unchanged: string[];
  /** Changed in knowledge/ but also changed by a moderator since its last import: kept as is. */
  keptModeratorVersion: string[];
}

export interface GapEntry {
  question: string;
  count: number;
  lastAskedAt: string;
  platforms: Platform[];
}

/** One fact with everything another store needs to recreate it exactly (`facts copy`). */
export interface FactSnapshot {
  id: string;
  /** Every revision, oldest first, numbered 1, 2, 3 ...; the last one is the fact's current state. */
  revisions: FactRevision[];
  /** Where the fact stands with respect to knowledge/ (see import-rule.ts). */
  importedHash: string | null;
  importedRevision: number | null;
}

/** A source a moderator registered from chat (`fact source add`); its text is optional. */
export interface NewSource extends SourceMeta {
  text?: string;
}

export interface StoredSource extends NewSource {
  addedBy: ChangeAuthor;
  /** ISO timestamp. */
  addedAt: string;
}

/** Everything a store holds. */
export interface StoreSnapshot {
  facts: FactSnapshot[];
  /** Unanswered questions, votes' counters and suggested aliases (individual votes are not copied). */
  questionLog: QuestionLogEntry[];
  /** Absent in snapshots written before sources could be registered from chat. */
  sources?: StoredSource[];
}

export interface FactChangedEvent {
  factId: string;
  revision: number;
  action: ChangeAction;
  /** Sent after a reconnection: changes may have been missed, so a listener that keeps state reloads it all. */
  resync?: true;
}

/**
 * The store behind the commands. Every engine (SQLite now, PostgreSQL later) implements it
 * whole, and the shared contract tests run against each.
 */
export interface FactStore {
  readonly engine: 'sqlite' | 'postgres';
  listFacts(options?: { includeRetired?: boolean }): Promise<StoredFact[]>;
  getFact(id: string): Promise<StoredFact | undefined>;
  /** Applies one change atomically and returns the revision it made. */
  applyChange(change: FactChange): Promise<FactRevision>;
  /** Oldest first. */
  history(factId: string): Promise<FactRevision[]>;
  getRevision(factId: string, revision: number): Promise<FactRevision | undefined>;
  /** Merges the curated files in: see ImportReport for the rule. */
  importKnowledge(facts: readonly Fact[]): Promise<ImportReport>;
  /** Counts one more asking of the question (one row per normalised question); never waits on the disk for long. */
  recordUnanswered(entry: QuestionRecord): Promise<void>;
  /** Counts the pair question → fact as a suggested alternate question (a picked "did you mean"). */
  recordSuggestion(entry: QuestionRecord & { factId: string }): Promise<void>;
  /** One vote per voter per answer (fact and question); a second vote replaces the first. */
  recordVote(vote: VoteRecord): Promise<VoteOutcome>;
  /** The most frequent unanswered questions asked since the given time, most frequent first. */
  gaps(query: { since: Date; limit: number }): Promise<GapEntry[]>;
  /** Open entries of one kind last seen since the given time, highest count first (indexed). */
  questionLog(query: QuestionLogQuery): Promise<QuestionLogEntry[]>;
  getLogEntry(id: number): Promise<QuestionLogEntry | undefined>;
  /** Marks a suggestion accepted or dismissed; false when there is no such suggestion. */
  setSuggestionStatus(id: number, status: Exclude<SuggestionStatus, 'open'>): Promise<boolean>;
  /** Deletes question-log rows and votes last seen before the time, in small slices. */
  pruneUnanswered(olderThan: Date): Promise<number>;
  /** Sources registered from chat, by id. */
  listSources(): Promise<StoredSource[]>;
  /** Registers a source; refuses an id the store holds already (SourceExistsError). Never changes a source. */
  addSource(source: NewSource, author: ChangeAuthor): Promise<StoredSource>;
  /** Everything the store holds, read in one consistent snapshot. */
  exportAll(): Promise<StoreSnapshot>;
  /**
   * Fills an EMPTY store with a snapshot, keeping revision numbers, authors and times, in one
   * transaction; refuses a store that holds any fact or question-log entry (StoreNotEmptyError).
   */
  importAll(snapshot: StoreSnapshot): Promise<void>;
  /** Called after every committed change, from this process or (for shared engines) any other. */
  subscribe(listener: (event: FactChangedEvent) => void): () => void;
  close(): Promise<void>;
}

export class StaleRevisionError extends Error {
  override name = 'StaleRevisionError';
  constructor(
    readonly factId: string,
    readonly baseRevision: number | undefined,
    readonly current: FactRevision,
  ) {
    super(`Fact ${factId} is at revision ${current.revision}, not ${baseRevision}`);
  }
}

export class UnknownFactError extends Error {
  override name = 'UnknownFactError';
  constructor(readonly factId: string) {
    super(`No fact with id ${factId}`);
  }
}

export class FactExistsError extends Error {
  override name = 'FactExistsError';
  constructor(readonly factId: string) {
    super(`A fact with id ${factId} exists already`);
  }
}

export class SourceExistsError extends Error {
  override name = 'SourceExistsError';
  constructor(readonly sourceId: string) {
    super(`A source with id ${sourceId} exists already`);
  }
}

export class StoreNotEmptyError extends OperatorError {
  override name = 'StoreNotEmptyError';
  constructor(readonly facts: number, readonly unanswered: number) {
    super(`The target store is not empty (${facts} facts, ${unanswered} logged questions): copying only fills an empty store, so nothing was copied.`);
  }
}
