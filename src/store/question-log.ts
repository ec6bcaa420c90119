import { createHmac } from 'node:crypto';
import { graphemePrefix, wellFormed } from '../core/truncate';
import type { Platform } from '../core/request';
import { UNANSWERED_QUESTION_MAX } from './question-key';

/**
 * What people asked that moderators should see: questions nobody answered, answers voted not
 * helpful, and question → fact pairs that earned a suggested alias (a picked "did you mean", a
 * helpful vote). One row per kind, normalised question and fact, with a counter.
 */
export type QuestionLogKind = 'unanswered' | 'not_helpful' | 'suggested';
export type SuggestionStatus = 'open' | 'accepted' | 'dismissed';

export interface QuestionLogEntry {
  /** Stable number moderators use (`fact alias accept N`). */
  id: number;
  kind: QuestionLogKind;
  /** The latest wording. */
  question: string;
  /** null for unanswered questions. */
  factId: string | null;
  count: number;
  platforms: Platform[];
  /** ISO timestamps. */
  firstAt: string;
  lastAt: string;
  status: SuggestionStatus;
}

/** The counters a vote moves: a helpful vote suggests the pair as an alias, the other flags the answer. */
export interface CounterDelta {
  kind: Exclude<QuestionLogKind, 'unanswered'>;
  delta: 1 | -1;
}

export type VoteOutcome = 'recorded' | 'changed' | 'unchanged';

/** Pure rule shared by both engines: what a vote does given the user's earlier vote on the same answer. */
export function voteDeltas(previous: boolean | undefined, helpful: boolean): { outcome: VoteOutcome; deltas: CounterDelta[] } {
  const kindOf = (value: boolean) => (value ? 'suggested' : 'not_helpful') as CounterDelta['kind'];
  if (previous === helpful) return { outcome: 'unchanged', deltas: [] };
  const deltas: CounterDelta[] = [{ kind: kindOf(helpful), delta: 1 }];
  if (previous !== undefined) deltas.unshift({ kind: kindOf(previous), delta: -1 });
  return { outcome: previous === undefined ? 'recorded' : 'changed', deltas };
}

/**
 * Votes are de-duplicated per voter without keeping who voted: the voter is stored only as a
 * keyed hash, with a random key the store creates once and never shows.
 */
export function voterHash(salt: string, voter: string): string {
  return createHmac('sha256', salt).update(voter).digest('base64url').slice(0, 22);
}

/** Upper bound on the question log's rows; the least recently seen go first. */
export const DEFAULT_QUESTION_LOG_MAX_ROWS = 1_000_000;
/**
 * Old rows are deleted in slices this big, so pruning never holds the event loop for long: each
 * deleted row touches four indexes at random places (0.05 to 0.4 ms a row at a million rows, more when a WAL checkpoint falls in the slice).
 */
export const PRUNE_BATCH = 50;

export interface QuestionRecord {
  question: string;
  platform: Platform;
  at: Date;
}

export interface VoteRecord extends QuestionRecord {
  /** "platform:userId": hashed by the store, never stored as is. */
  voter: string;
  factId: string;
  helpful: boolean;
}

export interface QuestionLogQuery {
  kind: QuestionLogKind;
  since: Date;
  limit: number;
}

/** Platforms are kept as a comma list; this merges one in. */
export function platformList(text: string): Platform[] {
  return text === '' ? [] : ([...new Set(text.split(','))].sort() as Platform[]);
}

/** A question as the log keeps it: trimmed, well-formed Unicode, cut on a grapheme boundary. */
export function loggedQuestion(question: string): string {
  return graphemePrefix(wellFormed(question.trim()), UNANSWERED_QUESTION_MAX);
}
