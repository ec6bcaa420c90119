import { afterEach, describe, expect, it } from 'vitest';
import type { RunningAdapter } from '../../src/adapters/adapter';
import { startDiscordAdapter } from '../../src/adapters/discord/discord-adapter';
import { startSlackAdapter } from '../../src/adapters/slack/slack-adapter';
import { createBotCore, type BotCore } from '../../src/app/bot-core';
import { parseConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { FAKE_IDS } from '../fakes/discord/fake-payloads';
import { startFakeDiscord } from '../fakes/discord/fake-discord';
import { FAKE_TOKEN, FIXTURE_KNOWLEDGE_DIR as DISCORD_FIXTURES } from '../adapters/discord/discord-harness';
import { startFakeSlack } from '../fakes/slack/fake-slack';
import { FIXTURE_KNOWLEDGE_DIR as SLACK_FIXTURES, SECRETS } from '../adapters/slack/slack-test-bot';
import { REPO_SOURCES_DIR } from '../knowledge/article-sentences';

const quiet = createLogger('silent');

/** Polls, since a dropped connection is noticed by the client library in its own time. */
async function eventually(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('adapters report their connection state for /healthz', () => {
  const cleanups: (() => Promise<unknown>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
    cleanups.length = 0;
  });

  async function coreFor(env: Record<string, string>): Promise<BotCore> {
    const core = await createBotCore(parseConfig({ DATABASE_PATH: ':memory:', SOURCES_DIR: REPO_SOURCES_DIR, ...env }), quiet);
    cleanups.push(() => core.close());
    return core;
  }

  it('Slack Socket Mode: down until the socket connects, down again when it drops', async () => {
    const fake = await startFakeSlack({ botToken: SECRETS.botToken, appToken: SECRETS.appToken, users: {} });
    cleanups.push(() => fake.close());
    const core = await coreFor({ KNOWLEDGE_DIR: SLACK_FIXTURES, SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_APP_TOKEN: SECRETS.appToken, SLACK_API_URL: fake.apiUrl });
    const connection = core.connections.expect('slack');
    expect(core.connections.down()).toEqual(['slack']);

    const adapter = await startSlackAdapter({ config: core.config.slack!, core, logger: quiet, connection });
    cleanups.unshift(() => adapter.stop());
    await fake.connected();
    await eventually(() => core.connections.down().length === 0, 'Slack to count as connected');

    await fake.close();
    await eventually(() => core.connections.down().includes('slack'), 'Slack to count as down');
  });

  it('Slack HTTP mode: connected while it listens, down once stopped', async () => {
    const fake = await startFakeSlack({ botToken: SECRETS.botToken, users: {} });
    cleanups.push(() => fake.close());
    const core = await coreFor({ KNOWLEDGE_DIR: SLACK_FIXTURES, SLACK_BOT_TOKEN: SECRETS.botToken, SLACK_SIGNING_SECRET: SECRETS.signingSecret, SLACK_API_URL: fake.apiUrl });
    const connection = core.connections.expect('slack');
    const adapter = await startSlackAdapter({ config: { ...core.config.slack!, port: 0 }, core, logger: quiet, connection });
    expect(core.connections.down()).toEqual([]);
    await adapter.stop();
    expect(core.connections.down()).toEqual(['slack']);
  });

  it('Discord: connected once the gateway session is ready, down when the gateway drops', async () => {
    const fake = await startFakeDiscord();
    cleanups.push(() => fake.close());
    const core = await coreFor({ KNOWLEDGE_DIR: DISCORD_FIXTURES, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: FAKE_IDS.application, DISCORD_API_URL: fake.apiUrl });
    const connection = core.connections.expect('discord');
    let adapter: RunningAdapter | undefined;
    cleanups.unshift(() => adapter?.stop() ?? Promise.resolve());
    const starting = startDiscordAdapter({ config: core.config.discord!, core, logger: quiet, connection });
    expect(core.connections.down()).toEqual(['discord']);
    adapter = await starting;
    expect(core.connections.down()).toEqual([]);

    await fake.close();
    await eventually(() => core.connections.down().includes('discord'), 'Discord to count as down');
  });
});
