import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningAdapter } from '../../../src/adapters/adapter';
import { startDiscordShards } from '../../../src/adapters/discord/sharding';
import { parseConfig } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { createTestDatabase, TEST_DATABASE_URL, warnWhenSkipped, type TestDatabase } from '../../store/postgres-test-db';
import { answerTo, callbackOf, FAKE_TOKEN, FIXTURE_KNOWLEDGE_DIR } from './discord-harness';
import { FAKE_IDS, startFakeDiscord, type FakeDiscord } from '../../fakes/discord/fake-discord';
import { MEMBERS, MODERATOR_ROLE_ID, modalSubmit, slashCommand } from '../../fakes/discord/interactions';
import { REPO_SOURCES_DIR } from '../../knowledge/article-sentences';

const logger = createLogger('silent');
/** What the managing process logged during the PostgreSQL run. */
const managerLogs: string[] = [];
const managerLogger = createLogger('info', new Writable({ write: (chunk, _encoding, done) => (managerLogs.push(String(chunk)), done()) }));

function discordEnv(fake: FakeDiscord, extra: Record<string, string>): Record<string, string> {
  return {
    // A clean environment: no tokens from the developer's shell reach the shard processes.
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '',
    LOG_LEVEL: 'warn',
    KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
    SOURCES_DIR: REPO_SOURCES_DIR,
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_CLIENT_ID: FAKE_IDS.application,
    DISCORD_GUILD_ID: FAKE_IDS.guild,
    DISCORD_MODERATOR_ROLE_IDS: MODERATOR_ROLE_ID,
    DISCORD_API_URL: fake.apiUrl,
    ...extra,
  };
}

describe('sharding without PostgreSQL', () => {
  // The configuration refuses DISCORD_SHARDS without DATABASE_URL (tests/config.test.ts); this is the
  // guard for a caller that builds its Config some other way.
  it('refuses to start, naming DATABASE_URL, before any shard connects', async () => {
    const fake = await startFakeDiscord();
    try {
      const env = discordEnv(fake, { DISCORD_SHARDS: '2', DATABASE_URL: 'postgres://unused@localhost/unused' });
      const config = { ...parseConfig(env), databaseUrl: undefined };
      await expect(startDiscordShards({ config, logger, env })).rejects.toThrow(/DATABASE_URL/);
      expect(fake.identifies).toHaveLength(0);
    } finally {
      await fake.close();
    }
  });
});

warnWhenSkipped('the Discord sharding test');

describe.skipIf(!TEST_DATABASE_URL)('sharding over PostgreSQL', () => {
  let fake: FakeDiscord;
  let database: TestDatabase;
  let shards: RunningAdapter | undefined;
  /** Every connection state the shards reported for /healthz, in order. */
  const connectionStates: boolean[] = [];

  beforeAll(async () => {
    fake = await startFakeDiscord({ recommendedShards: 2 });
    database = await createTestDatabase();
    const env = discordEnv(fake, { DISCORD_SHARDS: 'auto', DATABASE_URL: database.url });
    const connection = { report: (connected: boolean) => void connectionStates.push(connected) };
    shards = await startDiscordShards({ config: parseConfig(env), logger: managerLogger, env, spawnDelayMs: 0, connection });
  }, 90_000);

  afterAll(async () => {
    await shards?.stop();
    await fake?.close();
    await database?.drop();
  }, 30_000);

  it('starts the recommended number of shards, each identifying as shard [i, n]', () => {
    const identified = fake.identifies.map((identify) => identify.shard).sort((a, b) => a[0] - b[0]);
    expect(identified).toEqual([
      [0, 2],
      [1, 2],
    ]);
  });

  it('counts as connected for /healthz only once every shard is ready', () => {
    expect(connectionStates.at(-1)).toBe(true);
    // The first shard alone being ready is not enough.
    expect(connectionStates.indexOf(true)).toBe(connectionStates.length - 1);
  });

  it('answers on every shard, and a fact added through one shard is answered by the other', async () => {
    const add = slashCommand(MEMBERS.admin, 'fact add', { id: 'isis-occupation', topic: 'isis', claim: 'reporting' });
    fake.pushInteraction(add.payload, 0);
    const modal = await callbackOf(fake, add);
    expect(modal.type).toBe(9);
    const submit = modalSubmit(MEMBERS.admin, modal.data.custom_id, {
      title: 'How much of Iraq ISIS once held',
      answer: 'Between 2014 and 2017 ISIS occupied a third of Iraq.',
      questions: 'How much of Iraq did ISIS occupy?',
      keywords: 'isis, third',
      quotes: 'However, the fight against ISIS, which between 2014 and 2017 occupied a third of Iraq, is still one of the reasons for sending troops.',
    });
    fake.pushInteraction(submit.payload, 0);
    expect((await answerTo(fake, submit)).ephemeral).toBe(true);

    // Shard 1 holds no cached guild, so this also covers members that arrive as raw API data.
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'How much of Iraq did ISIS occupy?' });
    fake.pushInteraction(ask.payload, 1);
    const answer = await answerTo(fake, ask);
    expect(answer.embeds[0].title).toBe('How much of Iraq ISIS once held');
  }, 20_000);

  it('stops every shard process, closing their gateway sessions, without reporting them as died', async () => {
    const closed = [fake.nextGatewayClose(), fake.nextGatewayClose()];
    await shards!.stop();
    shards = undefined;
    await Promise.all(closed);
    expect(fake.timeline.filter((entry) => entry === 'gateway closed')).toHaveLength(2);
    expect(managerLogs.some((line) => line.includes('discord shards stopped'))).toBe(true);
    expect(managerLogs.filter((line) => line.includes('died'))).toEqual([]);
  }, 30_000);
});
