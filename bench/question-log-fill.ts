import Database from 'better-sqlite3';

const KINDS = ['unanswered', 'unanswered', 'unanswered', 'not_helpful', 'suggested'] as const;
const PLATFORMS = ['discord', 'slack', 'discord,slack'] as const;

/**
 * Writes `rows` distinct question-log rows straight into a SQLite file the store has created
 * (one transaction), as a bot that has recorded that many distinct questions would have them:
 * counts with a long tail, last seen spread over the last `days` days before `now`.
 */
export function fillQuestionLog(path: string, rows: number, now: Date, days = 90): void {
  const db = new Database(path);
  try {
    db.pragma('synchronous = OFF');
    // Filled in key order with the ranking indexes rebuilt afterwards: minutes become seconds.
    db.exec('DROP INDEX question_log_ranked; DROP INDEX question_log_by_age;');
    const insert = db.prepare(
      `INSERT INTO question_log (kind, question_key, fact_id, question, count, platforms, first_at, last_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    db.transaction(() => {
      for (let n = 0; n < rows; n += 1) {
        const kind = KINDS[Math.floor((n / rows) * KINDS.length)]!;
        const question = `synthetic question number ${String(n).padStart(8, '0')} about the mission`;
        const count = 1 + Math.floor(1 / (random() + 0.001));
        const at = new Date(now.getTime() - random() * days * 24 * 60 * 60 * 1000).toISOString();
        insert.run(kind, question, kind === 'unanswered' ? '' : `fact-${n % 50}`, question, count, PLATFORMS[n % PLATFORMS.length]!, at, at);
      }
    })();
    db.exec(`CREATE INDEX question_log_ranked ON question_log (kind, status, count DESC, last_at DESC);
             CREATE INDEX question_log_by_age ON question_log (last_at);`);
  } finally {
    db.close();
  }
}
