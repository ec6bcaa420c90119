import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('with nothing set, runs the console chat on the embedded store with the documented defaults', () => {
    expect(parseConfig({})).toEqual({
      logLevel: undefined,
      knowledgeDir: 'knowledge',
      sourcesDir: 'knowledge/sources',
      databasePath: 'data/facts.db',
      databaseUrl: undefined,
      gapsRetentionDays: 90,
      questionLogMaxRows: 1_000_000,
      feedbackPerUserPerHour: 60,
      environment: { ci: false, nodeEnv: undefined },
      shutdownGraceMs: 10_000,
      discord: undefined,
      slack: undefined,
    });
  });

  it('reads the Discord and Slack settings, splitting id lists', () => {
    const config = parseConfig({
      DISCORD_TOKEN: 'secret-token',
      DISCORD_CLIENT_ID: '123',
      DISCORD_MODERATOR_ROLE_IDS: '1, 2,3',
      SLACK_BOT_TOKEN: 'xoxb-1',
      SLACK_APP_TOKEN: 'xapp-1',
      SLACK_MODERATOR_USER_IDS: 'U1,U2',
      DISCORD_SHARDS: 'auto',
      DATABASE_URL: 'postgres://bot:pw@127.0.0.1:5432/facts',
    });
    expect(config.discord).toMatchObject({ clientId: '123', moderatorRoleIds: ['1', '2', '3'], shards: 'auto' });
    expect(config.slack).toMatchObject({ appToken: 'xapp-1', moderatorUserIds: ['U1', 'U2'], port: 3000 });
  });

  it('names every bad variable at once, and what is wrong with it', () => {
    const problems = problemsOf({
      DISCORD_TOKEN: 'x',
      SLACK_BOT_TOKEN: 'not-a-bot-token',
      GAPS_RETENTION_DAYS: 'forever',
      QUESTION_LOG_MAX_ROWS: '0',
      FEEDBACK_PER_USER_PER_HOUR: 'lots',
      DATABASE_URL: 'mysql://nope',
      PORT: '99999',
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        'DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set',
        'SLACK_BOT_TOKEN must be a bot token starting with xoxb-',
        'GAPS_RETENTION_DAYS must be a whole number from 1 to 3650',
        'QUESTION_LOG_MAX_ROWS must be a whole number from 1 to 100000000',
        'FEEDBACK_PER_USER_PER_HOUR must be a whole number from 1 to 100000',
        'DATABASE_URL must be a postgres:// or postgresql:// connection URL',
        'PORT must be a whole number from 1 to 65535',
      ]),
    );
  });

  it('never repeats a secret value in its error message', () => {
    const secret = 'xoxp-super-secret-value';
    try {
      parseConfig({ SLACK_BOT_TOKEN: secret, DISCORD_TOKEN: 'discord-secret' });
      expect.unreachable();
    } catch (error) {
      expect(String((error as Error).message)).not.toContain(secret);
      expect(String((error as Error).message)).not.toContain('discord-secret');
    }
  });

  it('needs a Slack mode: an app token (Socket Mode) or a signing secret (HTTP)', () => {
    expect(problemsOf({ SLACK_BOT_TOKEN: 'xoxb-1' })).toEqual([
      'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (Socket Mode or HTTP mode)',
    ]);
    expect(parseConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' }).slack?.appToken).toBeUndefined();
  });

  it('trusts Manage Server only in the operator\'s own servers: DISCORD_GUILD_ID and DISCORD_MODERATOR_GUILD_IDS', () => {
    const env = { DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: '1' };
    expect(parseConfig(env).discord?.moderatorGuildIds).toEqual([]);
    expect(parseConfig({ ...env, DISCORD_GUILD_ID: '5', DISCORD_MODERATOR_GUILD_IDS: '6,5' }).discord?.moderatorGuildIds).toEqual(['5', '6']);
  });

  it('refuses DISCORD_SHARDS without a Discord token or without PostgreSQL, at start', () => {
    expect(problemsOf({ DISCORD_SHARDS: '2' })).toEqual(
      expect.arrayContaining([
        'DISCORD_SHARDS needs DISCORD_TOKEN (it shards the Discord bot)',
        'DISCORD_SHARDS needs DATABASE_URL (PostgreSQL): with SQLite, one shard would not see the fact changes made through another',
      ]),
    );
    expect(problemsOf({ DISCORD_SHARDS: 'auto', DISCORD_TOKEN: 't', DISCORD_CLIENT_ID: '1', DATABASE_URL: 'postgres://u:p@h/db' })).toEqual([]);
  });
});
