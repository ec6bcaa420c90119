import { loggedQuestion } from './question-log';
import type Database from 'better-sqlite3';
import type { Platform } from '../core/request';
import type { GapEntry } from './fact-store';
import { questionKey } from './question-key';
import { platformList, PRUNE_BATCH, voteDeltas, voterHash } from './question-log';
import type { QuestionLogEntry, QuestionLogKind, QuestionLogQuery, SuggestionStatus, VoteOutcome, VoteRecord } from './question-log';

export interface QuestionLogRow {
  id: number;
  kind: QuestionLogKind;
  question: string;
  fact_id: string;
  count: number;
  platforms: string;
  first_at: string;
  last_at: string;
  status: SuggestionStatus;
}

export function logEntryFromRow(row: QuestionLogRow): QuestionLogEntry {
  return {
    id: row.id,
    kind: row.kind,
    question: row.question,
    factId: row.fact_id === '' ? null : row.fact_id,
    count: row.count,
    platforms: platformList(row.platforms),
    firstAt: row.first_at,
    lastAt: row.last_at,
    status: row.status,
  };
}

const COLUMNS = 'id, kind, question, fact_id, count, platforms, first_at, last_at, status';

/** Also for whole-store imports (inside their transaction). */
export function prepareInsertLogEntry(db: Database.Database) {
  return db.prepare<[QuestionLogRow & { question_key: string }]>(
    `INSERT INTO question_log (id, kind, question_key, fact_id, question, count, platforms, first_at, last_at, status)
     VALUES (@id, @kind, @question_key, @fact_id, @question, @count, @platforms, @first_at, @last_at, @status)`,
  );
}

/**
 * The question log on SQLite. Writes go through `writer` (the gap-log connection, which does not
 * wait for the disk); reads through `reader`. Every statement is one indexed lookup or an
 * index-ordered scan stopped by LIMIT, so none takes long at a million rows.
 */
export function createSqliteQuestionLog(reader: Database.Database, writer: Database.Database, maxRows: number) {
  // A row that existed had a count of at least 1, so the count after the upsert equals the
  // added amount only when the row is new.
  const upsert = writer.prepare<[string, string, string, string, number, string, string, string], { count: number }>(
    `INSERT INTO question_log (kind, question_key, fact_id, question, count, platforms, first_at, last_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (kind, question_key, fact_id) DO UPDATE SET
       count = count + excluded.count,
       question = CASE WHEN excluded.count > 0 THEN excluded.question ELSE question END,
       last_at = max(last_at, excluded.last_at),
       platforms = CASE WHEN instr(',' || platforms || ',', ',' || excluded.platforms || ',') > 0 THEN platforms ELSE platforms || ',' || excluded.platforms END
     RETURNING count`,
  );
  const dropEmpty = writer.prepare<[number]>('DELETE FROM question_log WHERE id = ? AND count <= 0');
  const idOf = writer.prepare<[string, string, string], { id: number }>('SELECT id FROM question_log WHERE kind = ? AND question_key = ? AND fact_id = ?');
  const previousVote = writer.prepare<[string, string, string], { helpful: number }>('SELECT helpful FROM votes WHERE voter = ? AND fact_id = ? AND question_key = ?');
  const saveVote = writer.prepare<[string, string, string, number, string]>(
    `INSERT INTO votes (voter, fact_id, question_key, helpful, at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (voter, fact_id, question_key) DO UPDATE SET helpful = excluded.helpful, at = excluded.at`,
  );
  const ranked = reader.prepare<[string, string, number], QuestionLogRow>(
    `SELECT ${COLUMNS} FROM question_log INDEXED BY question_log_ranked
     WHERE kind = ? AND status = 'open' AND count > 0 AND last_at >= ?
     ORDER BY count DESC, last_at DESC LIMIT ?`,
  );
  const byId = reader.prepare<[number], QuestionLogRow>(`SELECT ${COLUMNS} FROM question_log WHERE id = ?`);
  const setStatus = writer.prepare<[string, number]>(`UPDATE question_log SET status = ? WHERE id = ? AND kind = 'suggested'`);
  const pruneOld = writer.prepare<[string, number]>('DELETE FROM question_log WHERE id IN (SELECT id FROM question_log WHERE last_at < ? ORDER BY last_at LIMIT ?)');
  const pruneOldVotes = writer.prepare<[string, number]>(
    'DELETE FROM votes WHERE (voter, fact_id, question_key) IN (SELECT voter, fact_id, question_key FROM votes WHERE at < ? ORDER BY at LIMIT ?)',
  );
  const pruneOldest = writer.prepare<[number]>('DELETE FROM question_log WHERE id IN (SELECT id FROM question_log ORDER BY last_at LIMIT ?)');
  const countRows = reader.prepare<[], { rows: number }>('SELECT count(*) AS rows FROM question_log');
  const salt = reader.prepare<[], { value: string }>(`SELECT value FROM store_secrets WHERE name = 'vote_salt'`).get()!.value;
  let rows = countRows.get()!.rows;

  /** Keeps the table at most maxRows: checked by a running count, so each record costs no count(*). */
  function bump(kind: QuestionLogKind, question: string, factId: string, delta: number, platform: Platform, at: Date): void {
    const text = loggedQuestion(question);
    const key = questionKey(text);
    if (delta < 0) {
      const row = idOf.get(kind, key, factId);
      if (!row) return;
      upsert.run(kind, key, factId, text, delta, platform, at.toISOString(), at.toISOString());
      rows -= dropEmpty.run(row.id).changes;
      return;
    }
    // all(), not get(): get() stops before the statement completes, and an autocommit that then
    // fails (a full disk) would be lost without an error.
    const [result] = upsert.all(kind, key, factId, text, delta, platform, at.toISOString(), at.toISOString());
    if (result?.count === delta) rows += 1;
    if (rows > maxRows) rows -= pruneOldest.run(Math.min(rows - maxRows, PRUNE_BATCH)).changes;
  }

  const voteInTransaction = writer.transaction((vote: VoteRecord): VoteOutcome => {
    const voter = voterHash(salt, vote.voter);
    const key = questionKey(loggedQuestion(vote.question));
    const previous = previousVote.get(voter, vote.factId, key);
    const { outcome, deltas } = voteDeltas(previous ? previous.helpful === 1 : undefined, vote.helpful);
    if (outcome === 'unchanged') return outcome;
    saveVote.run(voter, vote.factId, key, vote.helpful ? 1 : 0, vote.at.toISOString());
    for (const { kind, delta } of deltas) bump(kind, vote.question, vote.factId, delta, vote.platform, vote.at);
    return outcome;
  });

  return {
    recordUnanswered(question: string, platform: Platform, at: Date): void {
      bump('unanswered', question, '', 1, platform, at);
    },
    recordSuggestion(question: string, factId: string, platform: Platform, at: Date): void {
      bump('suggested', question, factId, 1, platform, at);
    },
    recordVote(vote: VoteRecord): VoteOutcome {
      return voteInTransaction.immediate(vote);
    },
    list({ kind, since, limit }: QuestionLogQuery): QuestionLogEntry[] {
      return ranked.all(kind, since.toISOString(), limit).map(logEntryFromRow);
    },
    gaps(since: Date, limit: number): GapEntry[] {
      return this.list({ kind: 'unanswered', since, limit }).map((entry) => ({
        question: entry.question,
        count: entry.count,
        lastAskedAt: entry.lastAt,
        platforms: entry.platforms,
      }));
    },
    get(id: number): QuestionLogEntry | undefined {
      const row = byId.get(id);
      return row ? logEntryFromRow(row) : undefined;
    },
    setStatus(id: number, status: Exclude<SuggestionStatus, 'open'>): boolean {
      return setStatus.run(status, id).changes > 0;
    },
    /** One slice; the caller yields between slices so answering goes on. */
    pruneSlice(olderThan: Date): number {
      const removed = pruneOld.run(olderThan.toISOString(), PRUNE_BATCH).changes;
      rows -= removed;
      return removed + pruneOldVotes.run(olderThan.toISOString(), PRUNE_BATCH).changes;
    },
  };
}
