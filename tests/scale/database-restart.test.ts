import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { MESSAGES } from '../../src/core/messages';
import { REPO_ROOT } from '../helpers/run-process';
import { TEST_DATABASE_URL, warnWhenSkipped } from '../store/postgres-test-db';
import { startBotProcess, type BotProcess } from './bot-client';
import { confidentQuestionFor } from './confident-question';

warnWhenSkipped('the database restart test');

/**
 * A server of this test's own (another port, another cluster), so stopping it cannot
 * disturb the other PostgreSQL tests that run at the same time.
 */
const OWN_PORT = '54339';
const run = promisify(execFile);
async function postgres(command: 'start' | 'halt' | 'stop'): Promise<string> {
  const { stdout } = await run('.ci/postgres.sh', [command], { cwd: REPO_ROOT, env: { ...process.env, PG_PORT: OWN_PORT } });
  return stdout.trim();
}

const facts = loadKnowledgeDir('knowledge').map(({ fact }) => fact);
const fact = facts.find(({ id }) => id === 'company-size')!;
const question = confidentQuestionFor(facts, 'company-size');

describe.skipIf(!TEST_DATABASE_URL)('restarting the PostgreSQL server while two bots run', () => {
  let databaseUrl: string;
  let editor: BotProcess;
  let answerer: BotProcess;

  beforeAll(async () => {
    databaseUrl = await postgres('start');
    [editor, answerer] = await Promise.all([startBotProcess({ DATABASE_URL: databaseUrl }), startBotProcess({ DATABASE_URL: databaseUrl })]);
  });

  afterAll(async () => {
    await Promise.all([editor?.close(), answerer?.close()]);
    await postgres('stop');
  });

  it('keeps answering while the server is down, refuses edits clearly, and takes edits again once it is back', async () => {
    const edit = (answer: string) => editor.send(`fact edit company-size --answer "${answer}" --base 1`);
    expect((await answerer.send(question)).match).toMatchObject({ status: 'answered', answer: fact.answer });

    await postgres('halt');
    for (const bot of [answerer, editor]) {
      await vi.waitFor(() => expect(bot.stderr()).toContain('lost the connection to PostgreSQL'), { timeout: 5_000 });
    }
    expect((await answerer.send(question)).match).toMatchObject({ status: 'answered', answer: fact.answer });
    const refused = await edit('Written while the database is down.');
    expect(refused).toMatchObject({ kind: 'error', body: MESSAGES.storeUnavailable });
    expect((await answerer.send(question)).match).toMatchObject({ status: 'answered', answer: fact.answer });

    await postgres('start');
    const newAnswer = 'The Netherlands is sending 145 soldiers to Iraq (edited after the database came back).';
    const saved = await edit(newAnswer);
    expect(saved.kind).toBe('success');
    await vi.waitFor(async () => expect((await answerer.send(question)).match?.answer).toBe(newAnswer), { timeout: 10_000, interval: 100 });
    for (const bot of [answerer, editor]) {
      await vi.waitFor(() => expect(bot.stderr()).toContain('reconnected to PostgreSQL'), { timeout: 10_000 });
      expect(bot.stderr()).not.toContain(new URL(databaseUrl).password);
    }
  });
});
