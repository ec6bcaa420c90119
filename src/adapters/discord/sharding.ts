import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../../config';
import { IGNORED_CONNECTION, type ConnectionReporter } from '../../health/connections';
import type { RunningAdapter } from '../adapter';

/** From the sources (tsx) the entry is the TypeScript file beside this one; from the dist/ bundle, dist/shard-entry.js beside main.js. */
const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');
const SHARD_ENTRY = fileURLToPath(new URL(RUNNING_FROM_SOURCE ? './shard-entry.ts' : './shard-entry.js', import.meta.url));
/** Discord lets a bot identify one session per 5 seconds (max_concurrency 1). */
const DEFAULT_SPAWN_DELAY_MS = 5_500;
const SHARD_READY_TIMEOUT_MS = 60_000;
/** How long a shard may take to finish its in-flight replies on shutdown before it is killed. */
const SHARD_STOP_TIMEOUT_MS = 15_000;

export interface DiscordShardsOptions {
  config: Config;
  logger: Logger;
  /** The environment each shard process reads its configuration from (main passes its own). */
  env: Readonly<Record<string, string | undefined>>;
  spawnDelayMs?: number;
  /** Connected while every shard's gateway session is up, for the health check. */
  connection?: ConnectionReporter;
}

/**
 * Runs the Discord bot as several shard processes (discord.js ShardingManager), each with its
 * own gateway session and its own bot core over the one shared store. PostgreSQL is required:
 * its change notifications are what let every shard answer from a moderator's edit at once.
 */
export async function startDiscordShards({ config, logger, env, spawnDelayMs = DEFAULT_SPAWN_DELAY_MS, connection = IGNORED_CONNECTION }: DiscordShardsOptions): Promise<RunningAdapter> {
  const discord = config.discord;
  if (!discord?.shards) throw new Error('startDiscordShards needs DISCORD_TOKEN and DISCORD_SHARDS');
  // parseConfig refuses DISCORD_SHARDS without DATABASE_URL; this only guards other callers.
  if (!config.databaseUrl) throw new Error('startDiscordShards needs DATABASE_URL: shards on SQLite would not see each other\'s changes');
  const log = logger.child({ adapter: 'discord-shards' });
  // Stopping kills every shard, which discord.js reports as a death like any other.
  let stopping = false;
  const totalShards = discord.shards === 'auto' ? await recommendedShardCount(discord.token, discord.apiUrl) : discord.shards;
  const shardUp = new Map<number, boolean>();
  const shardConnected = (shardId: number, up: boolean) => {
    shardUp.set(shardId, up);
    connection.report(shardUp.size === totalShards && [...shardUp.values()].every(Boolean));
  };
  const manager = new ShardingManager(SHARD_ENTRY, {
    token: discord.token,
    totalShards,
    mode: 'process',
    respawn: true,
    // Each shard runs the way main runs: the TypeScript entry through tsx, or the built one as is.
    execArgv: RUNNING_FROM_SOURCE ? ['--import', 'tsx'] : [],
  });
  manager.on('shardCreate', (shard) => {
    // The shard reads its configuration from `env`; discord.js reads its shard id and count.
    shard.env = { ...env, SHARDING_MANAGER: 'true', SHARDING_MANAGER_MODE: 'process', SHARDS: String(shard.id), SHARD_COUNT: String(totalShards) };
    shard.on('death', () => {
      shardConnected(shard.id, false);
      if (!stopping) log.error({ shardId: shard.id }, 'a discord shard process died; starting it again');
    });
    shard.on('ready', () => shardConnected(shard.id, true));
    shard.on('resume', () => shardConnected(shard.id, true));
    shard.on('disconnect', () => shardConnected(shard.id, false));
    shard.on('reconnecting', () => shardConnected(shard.id, false));
    log.info({ shardId: shard.id, totalShards }, 'starting a discord shard');
  });

  try {
    await manager.spawn({ amount: totalShards, delay: spawnDelayMs, timeout: SHARD_READY_TIMEOUT_MS });
  } catch (error) {
    stopping = true;
    await stopShards(manager);
    throw error;
  }
  log.info({ totalShards }, 'all discord shards are ready');
  return {
    name: 'discord',
    async stop() {
      stopping = true;
      await stopShards(manager);
      connection.report(false);
      log.info('discord shards stopped');
    },
  };
}

async function recommendedShardCount(token: string, apiUrl: string | undefined): Promise<number> {
  const rest = new REST(apiUrl ? { api: apiUrl } : {}).setToken(token);
  const gateway = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return Math.max(1, gateway.shards);
}

/** SIGTERM lets each shard finish its replies and close its store; a shard that hangs is killed. */
async function stopShards(manager: ShardingManager): Promise<void> {
  await Promise.all(
    [...manager.shards.values()].map(async (shard) => {
      const child = shard.process as ChildProcess | null;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      const hardStop = setTimeout(() => child.kill('SIGKILL'), SHARD_STOP_TIMEOUT_MS);
      shard.kill();
      await exited;
      clearTimeout(hardStop);
    }),
  );
}
