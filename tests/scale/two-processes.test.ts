import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { formatDate } from '../../src/moderation/format';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import type { FactStore } from '../../src/store/fact-store';
import { openPostgresStore } from '../../src/store/postgres-store';
import { EVENTUALLY } from '../helpers/eventually';
import { createTestDatabase, TEST_DATABASE_URL, warnWhenSkipped, type TestDatabase } from '../store/postgres-test-db';
import { startBotProcess, type BotProcess } from './bot-client';
import { confidentQuestionFor } from './confident-question';

warnWhenSkipped('the two-process tests');

const knowledge = new Map(loadKnowledgeDir('knowledge').map(({ fact }) => [fact.id, fact]));
const questionFor = (id: string) => confidentQuestionFor([...knowledge.values()], id);

describe.skipIf(!TEST_DATABASE_URL)('two bot processes on one PostgreSQL database', () => {
  let database: TestDatabase;
  let first: BotProcess;
  let second: BotProcess;
  /** The test's own view of the database, to check what was saved. */
  let observer: FactStore;

  beforeAll(async () => {
    database = await createTestDatabase();
    // Started together: both create the schema and import knowledge/ at the same moment.
    [first, second] = await Promise.all([startBotProcess({ DATABASE_URL: database.url }), startBotProcess({ DATABASE_URL: database.url })]);
    observer = await openPostgresStore(database.url, pino({ level: 'silent' }));
  });

  afterAll(async () => {
    await Promise.all([first?.close(), second?.close()]);
    await observer?.close();
    await database?.drop();
  });

  const revisionOf = async (id: string) => (await observer.getFact(id))!.revision;
  const edit = (id: string, answer: string, base: number) => `fact edit ${id} --answer "${answer}" --base ${base}`;

  it('imported knowledge/ once although both processes started at the same moment', async () => {
    expect(await observer.history('company-size')).toHaveLength(1);
  });

  it('answers, through the second process, an edit made through the first', async () => {
    const question = questionFor('company-size');
    expect((await second.send(question)).match).toMatchObject({ status: 'answered', factId: 'company-size', answer: knowledge.get('company-size')!.answer });

    const newAnswer = 'The Netherlands is sending an infantry company of 145 soldiers to Iraq (edited through the first process).';
    const saved = await first.send(edit('company-size', newAnswer, await revisionOf('company-size')));
    expect(saved.kind).toBe('success');

    await vi.waitFor(async () => expect((await second.send(question)).match?.answer).toBe(newAnswer), EVENTUALLY);
  });

  it('saves one of two simultaneous edits on the same base, refuses the other with the newer revision, and loses nothing', async () => {
    const base = await revisionOf('iraq-requested');
    const answers = ['Iraq asked for the company (wording from the first process).', 'Iraq asked for the company (wording from the second process).'];
    const replies = await Promise.all([first.send(edit('iraq-requested', answers[0]!, base)), second.send(edit('iraq-requested', answers[1]!, base))]);

    expect(replies.map((reply) => reply.kind).sort()).toEqual(['error', 'success']);
    const loser = replies.findIndex((reply) => reply.kind === 'error');
    const winner = (await observer.history('iraq-requested')).at(-1)!;
    expect(winner).toMatchObject({ revision: base + 1, after: { answer: answers[1 - loser] } });
    expect(replies[loser]!.body).toBe(
      MODERATION_MESSAGES.staleRevision('iraq-requested', base, base + 1, winner.author.displayName, winner.author.platform, formatDate(winner.at)),
    );

    // The refused moderator re-bases on what won, and both texts are in the history.
    const retried = await [first, second][loser]!.send(edit('iraq-requested', answers[loser]!, base + 1));
    expect(retried.kind).toBe('success');
    const history = await observer.history('iraq-requested');
    expect(history.map((revision) => revision.revision)).toEqual(Array.from({ length: base + 2 }, (_, index) => index + 1));
    expect(history.slice(base).map((revision) => revision.after.answer).sort()).toEqual([...answers].sort());
  });

  it('saves simultaneous edits of different facts through both processes, and each process answers with both', async () => {
    const [sizeBase, taskBase] = [await revisionOf('company-size'), await revisionOf('deployment-task')];
    const sizeAnswer = 'An infantry company of 145 soldiers goes to Iraq (simultaneous edit, first process).';
    const taskAnswer = 'The company protects NATO advisers and staff officers in Iraq (simultaneous edit, second process).';
    const replies = await Promise.all([first.send(edit('company-size', sizeAnswer, sizeBase)), second.send(edit('deployment-task', taskAnswer, taskBase))]);
    expect(replies.map((reply) => reply.kind)).toEqual(['success', 'success']);

    for (const bot of [first, second]) {
      const answers = async () => [(await bot.send(questionFor('company-size'))).match?.answer, (await bot.send(questionFor('deployment-task'))).match?.answer];
      await vi.waitFor(async () => expect(await answers()).toEqual([sizeAnswer, taskAnswer]), EVENTUALLY);
    }
  });
});
