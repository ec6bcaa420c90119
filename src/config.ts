import { OperatorError } from './core/operator-error';
import { z } from 'zod';

/**
 * Every setting the bot reads, parsed once at start. Nothing else reads process.env.
 * Error messages name the variable and the problem, never the value (it may be a secret).
 */
const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const idList = (what: string) =>
  optionalText.transform((value, context) => {
    const ids = (value ?? '').split(',').map((id) => id.trim()).filter(Boolean);
    for (const id of ids) {
      if (!/^[A-Za-z0-9_-]{1,40}$/.test(id)) {
        context.addIssue({ code: 'custom', message: `must be a comma-separated list of ${what}` });
        return [];
      }
    }
    return ids;
  });

const httpUrl = optionalText.refine(
  (value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value),
  'must be an http:// or https:// URL',
);

const positiveInt = (fallback: number, max: number) =>
  optionalText.transform((value, context) => {
    if (value === undefined) return fallback;
    if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > max) {
      context.addIssue({ code: 'custom', message: `must be a whole number from 1 to ${max}` });
      return fallback;
    }
    return Number(value);
  });

const EnvSchema = z
  .object({
    LOG_LEVEL: optionalText.pipe(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional()),
    KNOWLEDGE_DIR: optionalText,
    SOURCES_DIR: optionalText,
    DATABASE_PATH: optionalText,
    DATABASE_URL: optionalText.refine(
      (value) => value === undefined || /^postgres(ql)?:\/\/\S+$/.test(value),
      'must be a postgres:// or postgresql:// connection URL',
    ),
    GAPS_RETENTION_DAYS: positiveInt(90, 3650),
    QUESTION_LOG_MAX_ROWS: positiveInt(1_000_000, 100_000_000),
    FEEDBACK_PER_USER_PER_HOUR: positiveInt(60, 100_000),
    LOG_FORMAT: optionalText.pipe(z.enum(['json', 'pretty']).optional()),
    HEALTH_PORT: optionalText.refine((value) => value === undefined || (/^\d{1,5}$/.test(value) && Number(value) >= 1 && Number(value) <= 65535), 'must be a port number from 1 to 65535'),
    // Read only to keep human-readable logs out of CI and production.
    CI: optionalText,
    NODE_ENV: optionalText,
    SHUTDOWN_GRACE_SECONDS: positiveInt(10, 600),

    DISCORD_TOKEN: optionalText,
    DISCORD_CLIENT_ID: optionalText.refine((value) => value === undefined || /^\d{1,25}$/.test(value), 'must be a numeric application id'),
    DISCORD_GUILD_ID: optionalText.refine((value) => value === undefined || /^\d{1,25}$/.test(value), 'must be a numeric server (guild) id'),
    DISCORD_MODERATOR_ROLE_IDS: idList('numeric role ids'),
    DISCORD_MODERATOR_GUILD_IDS: idList('numeric server (guild) ids'),
    DISCORD_API_URL: httpUrl,
    DISCORD_SHARDS: optionalText.refine((value) => value === undefined || value === 'auto' || /^[1-9]\d{0,3}$/.test(value), 'must be "auto" or a number of shards'),

    SLACK_BOT_TOKEN: optionalText.refine((value) => value === undefined || value.startsWith('xoxb-'), 'must be a bot token starting with xoxb-'),
    SLACK_APP_TOKEN: optionalText.refine((value) => value === undefined || value.startsWith('xapp-'), 'must be an app-level token starting with xapp-'),
    SLACK_SIGNING_SECRET: optionalText,
    SLACK_MODERATOR_USER_IDS: idList('Slack user ids'),
    SLACK_API_URL: httpUrl,
    PORT: positiveInt(3000, 65535),
  });

/** Every variable the bot reads, for spotting misspelt ones. */
export const KNOWN_VARIABLES: readonly string[] = Object.keys(EnvSchema.shape);

/** Rules between variables; checked on the raw values so they are reported with the others. */
function crossFieldProblems(env: Readonly<Record<string, string | undefined>>): string[] {
  const set = (name: string) => (env[name] ?? '').trim() !== '';
  const problems: string[] = [];
  if (set('DISCORD_TOKEN') && !set('DISCORD_CLIENT_ID')) problems.push('DISCORD_CLIENT_ID is required when DISCORD_TOKEN is set');
  if (set('SLACK_BOT_TOKEN') && !set('SLACK_APP_TOKEN') && !set('SLACK_SIGNING_SECRET')) {
    problems.push('SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (Socket Mode or HTTP mode)');
  }
  if (set('DISCORD_SHARDS') && !set('DISCORD_TOKEN')) problems.push('DISCORD_SHARDS needs DISCORD_TOKEN (it shards the Discord bot)');
  if (set('DISCORD_SHARDS') && !set('DATABASE_URL')) {
    problems.push('DISCORD_SHARDS needs DATABASE_URL (PostgreSQL): with SQLite, one shard would not see the fact changes made through another');
  }
  if (!set('SLACK_BOT_TOKEN') && (set('SLACK_APP_TOKEN') || set('SLACK_SIGNING_SECRET'))) {
    problems.push('SLACK_BOT_TOKEN is required when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set');
  }
  return problems;
}

export interface DiscordConfig {
  token: string;
  clientId: string;
  guildId?: string;
  moderatorRoleIds: string[];
  /** Servers where Manage Server makes a member a moderator: DISCORD_GUILD_ID plus DISCORD_MODERATOR_GUILD_IDS. */
  moderatorGuildIds: string[];
  apiUrl?: string;
  shards?: 'auto' | number;
}

export interface SlackConfig {
  botToken: string;
  /** Socket Mode when set; otherwise HTTP mode with the signing secret. */
  appToken?: string;
  signingSecret?: string;
  moderatorUserIds: string[];
  apiUrl?: string;
  port: number;
}

export interface Config {
  /** Unset means the entry point picks a level that suits it (quiet for console chat). */
  logLevel?: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  knowledgeDir: string;
  /** The curated source documents the facts quote (default: sources/ inside knowledgeDir). */
  sourcesDir: string;
  databasePath: string;
  databaseUrl?: string;
  gapsRetentionDays: number;
  /** Most rows the question log keeps (unanswered questions, votes' counters, suggested aliases); the least recently seen go first. */
  questionLogMaxRows: number;
  /** How many questions, votes and picks of one person are recorded per hour; more are answered but not recorded. */
  feedbackPerUserPerHour: number;
  /** Unset means JSON logs, readable ones when standard error is a terminal (see logger.ts). */
  logFormat?: 'json' | 'pretty';
  /** Opt-in port for /healthz and /metrics. */
  healthPort?: number;
  /** Where the process runs, for choices that differ there (log format): CI is set, or NODE_ENV. */
  environment: { ci: boolean; nodeEnv?: string };
  /** How long SIGTERM waits for in-flight replies before closing the store and exiting. */
  shutdownGraceMs: number;
  discord?: DiscordConfig;
  slack?: SlackConfig;
}

export class ConfigError extends OperatorError {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`The configuration has ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export function parseConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = EnvSchema.safeParse(env);
  const problems = [
    ...(parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.') || 'environment'} ${issue.message}`)),
    ...crossFieldProblems(env),
  ];
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);
  const e = parsed.data;
  return {
    logLevel: e.LOG_LEVEL,
    knowledgeDir: e.KNOWLEDGE_DIR ?? 'knowledge',
    sourcesDir: e.SOURCES_DIR ?? `${e.KNOWLEDGE_DIR ?? 'knowledge'}/sources`,
    databasePath: e.DATABASE_PATH ?? 'data/facts.db',
    databaseUrl: e.DATABASE_URL,
    gapsRetentionDays: e.GAPS_RETENTION_DAYS,
    questionLogMaxRows: e.QUESTION_LOG_MAX_ROWS,
    feedbackPerUserPerHour: e.FEEDBACK_PER_USER_PER_HOUR,
    logFormat: e.LOG_FORMAT,
    healthPort: e.HEALTH_PORT === undefined ? undefined : Number(e.HEALTH_PORT),
    environment: { ci: e.CI !== undefined && !/^(false|0)$/i.test(e.CI), nodeEnv: e.NODE_ENV },
    shutdownGraceMs: e.SHUTDOWN_GRACE_SECONDS * 1000,
    discord: e.DISCORD_TOKEN
      ? {
          token: e.DISCORD_TOKEN,
          clientId: e.DISCORD_CLIENT_ID!,
          guildId: e.DISCORD_GUILD_ID,
          moderatorRoleIds: e.DISCORD_MODERATOR_ROLE_IDS,
          moderatorGuildIds: [...new Set([...(e.DISCORD_GUILD_ID ? [e.DISCORD_GUILD_ID] : []), ...e.DISCORD_MODERATOR_GUILD_IDS])],
          apiUrl: e.DISCORD_API_URL,
          shards: e.DISCORD_SHARDS === undefined ? undefined : e.DISCORD_SHARDS === 'auto' ? 'auto' : Number(e.DISCORD_SHARDS),
        }
      : undefined,
    slack: e.SLACK_BOT_TOKEN
      ? {
          botToken: e.SLACK_BOT_TOKEN,
          appToken: e.SLACK_APP_TOKEN,
          signingSecret: e.SLACK_SIGNING_SECRET,
          moderatorUserIds: e.SLACK_MODERATOR_USER_IDS,
          apiUrl: e.SLACK_API_URL,
          port: e.PORT,
        }
      : undefined,
  };
}
