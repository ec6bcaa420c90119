import { loggedQuestion } from './question-log';
import type pg from 'pg';
import type { Platform } from '../core/request';
import type { GapEntry } from './fact-store';
import { questionKey } from './question-key';
import { platformList, PRUNE_BATCH, voteDeltas, voterHash } from './question-log';
import type { QuestionLogEntry, QuestionLogKind, QuestionLogQuery, SuggestionStatus, VoteOutcome, VoteRecord } from './question-log';

export interface PgQuestionLogRow {
  id: string;
  kind: QuestionLogKind;
  question: string;
  fact_id: string;
  count: number;
  platforms: string;
  first_at: Date;
  last_at: Date;
  status: SuggestionStatus;
}

export const LOG_COLUMNS = 'id, kind, question, fact_id, count, platforms, first_at, last_at, status';

export function pgLogEntryFromRow(row: PgQuestionLogRow): QuestionLogEntry {
  return {
    id: Number(row.id),
    kind: row.kind,
    question: row.question,
    factId: row.fact_id === '' ? null : row.fact_id,
    count: row.count,
    platforms: platformList(row.platforms),
    firstAt: row.first_at.toISOString(),
    lastAt: row.last_at.toISOString(),
    status: row.status,
  };
}

type Queryable = Pick<pg.Pool | pg.PoolClient, 'query'>;
type Transaction = <T>(work: (client: pg.PoolClient) => Promise<T>) => Promise<T>;

const UPSERT = `INSERT INTO question_log (kind, question_key, fact_id, question, count, platforms, first_at, last_at)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
  ON CONFLICT (kind, question_key, fact_id) DO UPDATE SET
    count = question_log.count + excluded.count,
    question = CASE WHEN excluded.count > 0 THEN excluded.question ELSE question_log.question END,
    last_at = greatest(question_log.last_at, excluded.last_at),
    platforms = CASE WHEN position(',' || excluded.platforms || ',' IN ',' || question_log.platforms || ',') > 0
      THEN question_log.platforms ELSE question_log.platforms || ',' || excluded.platforms END
  RETURNING id, count, (xmax = 0) AS created`;

/**
 * The question log on PostgreSQL: the same rules as on SQLite (see question-log.ts). The row cap
 * is kept with a running count per process, so with several processes it holds approximately.
 */
export async function createPostgresQuestionLog(pool: pg.Pool, transaction: Transaction, maxRows: number) {
  const salt = (await pool.query<{ value: string }>(`SELECT value FROM store_secrets WHERE name = 'vote_salt'`)).rows[0]!.value;
  let rows = (await pool.query<{ rows: number }>('SELECT count(*)::int AS rows FROM question_log')).rows[0]!.rows;

  async function bump(db: Queryable, kind: QuestionLogKind, question: string, factId: string, delta: number, platform: Platform, at: Date): Promise<void> {
    const text = loggedQuestion(question);
    const key = questionKey(text);
    if (delta < 0) {
      const { rowCount } = await db.query(
        `UPDATE question_log SET count = count + $4 WHERE kind = $1 AND question_key = $2 AND fact_id = $3`,
        [kind, key, factId, delta],
      );
      if (rowCount) rows -= (await db.query(`DELETE FROM question_log WHERE kind = $1 AND question_key = $2 AND fact_id = $3 AND count <= 0`, [kind, key, factId])).rowCount ?? 0;
      return;
    }
    const result = await db.query<{ created: boolean }>(UPSERT, [kind, key, factId, text, delta, platform, at]);
    if (result.rows[0]?.created) rows += 1;
    if (rows > maxRows) {
      const excess = Math.min(rows - maxRows, PRUNE_BATCH);
      rows -= (await db.query('DELETE FROM question_log WHERE id IN (SELECT id FROM question_log ORDER BY last_at LIMIT $1)', [excess])).rowCount ?? 0;
    }
  }

  return {
    recordUnanswered: (question: string, platform: Platform, at: Date) => bump(pool, 'unanswered', question, '', 1, platform, at),
    recordSuggestion: (question: string, factId: string, platform: Platform, at: Date) => bump(pool, 'suggested', question, factId, 1, platform, at),
    recordVote(vote: VoteRecord): Promise<VoteOutcome> {
      const voter = voterHash(salt, vote.voter);
      const key = questionKey(loggedQuestion(vote.question));
      return transaction(async (client) => {
        // The row lock makes two quick clicks by the same person count once.
        await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`${voter}|${vote.factId}|${key}`]);
        const previous = await client.query<{ helpful: boolean }>('SELECT helpful FROM votes WHERE voter = $1 AND fact_id = $2 AND question_key = $3', [
          voter,
          vote.factId,
          key,
        ]);
        const { outcome, deltas } = voteDeltas(previous.rows[0]?.helpful, vote.helpful);
        if (outcome === 'unchanged') return outcome;
        await client.query(
          `INSERT INTO votes (voter, fact_id, question_key, helpful, at) VALUES ($1, $2, $3, $4, $5)
           ON CONFLICT (voter, fact_id, question_key) DO UPDATE SET helpful = excluded.helpful, at = excluded.at`,
          [voter, vote.factId, key, vote.helpful, vote.at],
        );
        for (const { kind, delta } of deltas) await bump(client, kind, vote.question, vote.factId, delta, vote.platform, vote.at);
        return outcome;
      });
    },
    async list({ kind, since, limit }: QuestionLogQuery): Promise<QuestionLogEntry[]> {
      const { rows: found } = await pool.query<PgQuestionLogRow>(
        `SELECT ${LOG_COLUMNS} FROM question_log WHERE kind = $1 AND status = 'open' AND count > 0 AND last_at >= $2
         ORDER BY count DESC, last_at DESC LIMIT $3`,
        [kind, since, limit],
      );
      return found.map(pgLogEntryFromRow);
    },
    async gaps(since: Date, limit: number): Promise<GapEntry[]> {
      return (await this.list({ kind: 'unanswered', since, limit })).map((entry) => ({
        question: entry.question,
        count: entry.count,
        lastAskedAt: entry.lastAt,
        platforms: entry.platforms,
      }));
    },
    async get(id: number): Promise<QuestionLogEntry | undefined> {
      if (!Number.isSafeInteger(id)) return undefined;
      const { rows: found } = await pool.query<PgQuestionLogRow>(`SELECT ${LOG_COLUMNS} FROM question_log WHERE id = $1`, [id]);
      return found[0] ? pgLogEntryFromRow(found[0]) : undefined;
    },
    async setStatus(id: number, status: Exclude<SuggestionStatus, 'open'>): Promise<boolean> {
      if (!Number.isSafeInteger(id)) return false;
      return ((await pool.query(`UPDATE question_log SET status = $1 WHERE id = $2 AND kind = 'suggested'`, [status, id])).rowCount ?? 0) > 0;
    },
    async pruneSlice(olderThan: Date): Promise<number> {
      const removed =
        (await pool.query('DELETE FROM question_log WHERE id IN (SELECT id FROM question_log WHERE last_at < $1 ORDER BY last_at LIMIT $2)', [olderThan, PRUNE_BATCH]))
          .rowCount ?? 0;
      rows -= removed;
      const votes = await pool.query('DELETE FROM votes WHERE ctid IN (SELECT ctid FROM votes WHERE at < $1 ORDER BY at LIMIT $2)', [olderThan, PRUNE_BATCH]);
      return removed + (votes.rowCount ?? 0);
    },
  };
}
