import type { Platform } from '../core/request';
import type { FactStore, GapEntry } from './fact-store';
import type { QuestionLogEntry, QuestionLogQuery, SuggestionStatus, VoteOutcome, VoteRecord } from './question-log';

type Awaitable<T> = T | Promise<T>;

/** An engine's question log: SQLite's answers at once, PostgreSQL's with a promise. */
export interface QuestionLogAccess {
  recordUnanswered(question: string, platform: Platform, at: Date): Awaitable<void>;
  recordSuggestion(question: string, factId: string, platform: Platform, at: Date): Awaitable<void>;
  recordVote(vote: VoteRecord): Awaitable<VoteOutcome>;
  list(query: QuestionLogQuery): Awaitable<QuestionLogEntry[]>;
  gaps(since: Date, limit: number): Awaitable<GapEntry[]>;
  get(id: number): Awaitable<QuestionLogEntry | undefined>;
  setStatus(id: number, status: Exclude<SuggestionStatus, 'open'>): Awaitable<boolean>;
  /** Deletes one small slice; 0 when nothing older is left. */
  pruneSlice(olderThan: Date): Awaitable<number>;
}

/** Runs one operation, turning the engine's "cannot reach or write the database" into StoreUnavailableError. */
export type Guard = <T>(work: () => Awaitable<T>) => Promise<T>;

type QuestionLogMethods = Pick<
  FactStore,
  'recordUnanswered' | 'recordSuggestion' | 'recordVote' | 'gaps' | 'questionLog' | 'getLogEntry' | 'setSuggestionStatus' | 'pruneUnanswered'
>;

/** The store's question-log methods, the same for every engine. */
export function questionLogMethods(log: QuestionLogAccess, read: Guard, write: Guard): QuestionLogMethods {
  return {
    async recordUnanswered({ question, platform, at }) {
      await write(() => log.recordUnanswered(question, platform, at));
    },
    async recordSuggestion({ question, factId, platform, at }) {
      await write(() => log.recordSuggestion(question, factId, platform, at));
    },
    recordVote: (vote) => write(() => log.recordVote(vote)),
    gaps: ({ since, limit }) => read(() => log.gaps(since, limit)),
    questionLog: (query) => read(() => log.list(query)),
    getLogEntry: (id) => read(() => log.get(id)),
    setSuggestionStatus: (id, status) => write(() => log.setStatus(id, status)),
    async pruneUnanswered(olderThan) {
      let total = 0;
      for (;;) {
        const removed = await write(() => log.pruneSlice(olderThan));
        total += removed;
        if (removed === 0) return total;
        // Between slices, answers waiting on the event loop go first.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },
  };
}
