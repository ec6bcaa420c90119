import { resolve } from 'node:path';
import { Writable } from 'node:stream';
import type { RunningAdapter } from '../../../src/adapters/adapter';
import { startDiscordAdapter } from '../../../src/adapters/discord/discord-adapter';
import { createBotCore, type BotCore } from '../../../src/app/bot-core';
import { parseConfig, type Config } from '../../../src/config';
import { createLogger } from '../../../src/logger';
import { tempDatabasePath } from '../../helpers/run-process';
import { FAKE_IDS, startFakeDiscord, type FakeDiscord, type RecordedRequest, type UploadedFile } from '../../fakes/discord/fake-discord';
import { MODERATOR_ROLE_ID, type OutgoingInteraction } from '../../fakes/discord/interactions';
import { REPO_SOURCES_DIR } from '../../knowledge/article-sentences';
import { testClock } from '../../helpers/clock';

export const FIXTURE_KNOWLEDGE_DIR = resolve(import.meta.dirname, 'fixtures');
/** Looks like a token so a leak would be easy to spot in the captured logs. */
export const FAKE_TOKEN = 'MTAwMDAwMDAwMDAwMDAwMDAx.fake-token.SECRET-never-log-me';
const EPHEMERAL = 1 << 6;

/** What the user sees in Discord as the answer to one interaction. */
export interface VisibleAnswer {
  ephemeral: boolean;
  content: string;
  embeds: any[];
  components: any[];
  allowedMentions: unknown;
  via: 'reply' | 'editReply' | 'followUp';
  /** Files uploaded with the answer. */
  files: UploadedFile[];
}

export interface DiscordHarness {
  fake: FakeDiscord;
  core: BotCore;
  config: Config;
  /** Every log line the bot wrote, as JSON text. */
  logs: string[];
  send(interaction: OutgoingInteraction): void;
  /** The first message-carrying response (reply, edited deferral or follow-up) to the interaction. */
  answerTo(interaction: OutgoingInteraction): Promise<VisibleAnswer>;
  /** The interaction callback (defer, reply, modal, autocomplete result). */
  callbackOf(interaction: OutgoingInteraction): Promise<any>;
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Lets a test hand the adapter a changed core, e.g. one whose store fails. */
  adaptCore?: (core: BotCore) => BotCore;
  /** Environment variables replacing or adding to the harness's own, e.g. another trusted server. */
  env?: Record<string, string>;
}

/** A fresh bot core over the fixture facts, the real Discord adapter, and the fake Discord. */
export async function startDiscordHarness(options: HarnessOptions = {}): Promise<DiscordHarness> {
  const fake = await startFakeDiscord();
  const logs: string[] = [];
  const logger = createLogger('debug', new Writable({ write: (chunk, _encoding, done) => (logs.push(String(chunk)), done()) }));
  const config = parseConfig({
    KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
    SOURCES_DIR: REPO_SOURCES_DIR,
    DATABASE_PATH: tempDatabasePath(),
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_CLIENT_ID: FAKE_IDS.application,
    // The fake's server is the operator's own, so Manage Server there makes a moderator.
    DISCORD_GUILD_ID: FAKE_IDS.guild,
    DISCORD_MODERATOR_ROLE_IDS: MODERATOR_ROLE_ID,
    DISCORD_API_URL: fake.apiUrl,
    ...options.env,
  });
  const core = await createBotCore(config, logger, { now: testClock });
  let adapter: RunningAdapter;
  try {
    adapter = await startDiscordAdapter({ config: config.discord!, core: options.adaptCore ? options.adaptCore(core) : core, logger });
  } catch (error) {
    await core.close();
    await fake.close();
    throw error;
  }

  return {
    fake,
    core,
    config,
    logs,
    send: (interaction) => fake.pushInteraction(interaction.payload),
    callbackOf: (interaction) => callbackOf(fake, interaction),
    answerTo: (interaction) => answerTo(fake, interaction),
    async stop() {
      await adapter.stop();
      await core.close();
      await fake.close();
    },
  };
}

/** token-1 must not match token-10: the token is a whole path segment. */
const forToken = (interaction: OutgoingInteraction) => (request: RecordedRequest) =>
  request.path.includes(`/${interaction.token}/`) || request.path.endsWith(`/${interaction.token}`);

/** Every REST call the bot made for this interaction, in order ("POST .../callback", "PATCH .../@original"). */
export function callsFor(fake: FakeDiscord, interaction: OutgoingInteraction): RecordedRequest[] {
  return fake.requests.filter(forToken(interaction));
}

/** The interaction callback the bot sent (defer, reply, modal, autocomplete result). */
export async function callbackOf(fake: FakeDiscord, interaction: OutgoingInteraction): Promise<any> {
  const request = await fake.waitForRequest(
    (candidate) => forToken(interaction)(candidate) && candidate.path.endsWith('/callback'),
    `interaction callback for ${interaction.token}`,
  );
  return request.body;
}

/** The first message-carrying response (reply, edited deferral or follow-up) to the interaction. */
export async function answerTo(fake: FakeDiscord, interaction: OutgoingInteraction): Promise<VisibleAnswer> {
  const request = await fake.waitForRequest(
    (candidate) =>
      forToken(interaction)(candidate) &&
      ((candidate.path.endsWith('/callback') && candidate.body?.type === 4) ||
        (candidate.path.startsWith('/api/v10/webhooks/') && (candidate.method === 'PATCH' || candidate.method === 'POST'))),
    `answer to ${interaction.token}`,
  );
  const files = request.files ?? [];
  if (request.path.endsWith('/callback')) return visible(request.body.data, 'reply', Boolean(request.body.data?.flags & EPHEMERAL), files);
  if (request.method === 'POST') return visible(request.body, 'followUp', Boolean(request.body.flags & EPHEMERAL), files);
  const deferral = fake.requests.find((candidate) => forToken(interaction)(candidate) && candidate.path.endsWith('/callback'));
  return visible(request.body, 'editReply', Boolean(deferral?.body?.data?.flags & EPHEMERAL), files);
}

function visible(body: any, via: VisibleAnswer['via'], ephemeral: boolean, files: UploadedFile[]): VisibleAnswer {
  return {
    files,
    ephemeral,
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    allowedMentions: body?.allowed_mentions,
    via,
  };
}
