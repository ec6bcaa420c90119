import type { RunningAdapter } from './adapters/adapter';
import { startConsoleAdapter } from './adapters/console/console-adapter';
import { createBotCore, type BotCore } from './app/bot-core';
import { createShutdown } from './app/shutdown';
import { exitWithStartupError, isOperatorError, loadConfigOrExit } from './app/startup';
import { ConfigError } from './config';
import { startHealthServer, type HealthServer } from './health/health-server';
import { createProcessLogger } from './logger';

const config = loadConfigOrExit();
const chatPlatforms = Boolean(config.discord || config.slack);
const sharded = config.discord?.shards !== undefined;
// In console chat the terminal is the conversation, so only warnings and errors are logged.
const logger = createProcessLogger(config, config.logLevel ?? (chatPlatforms ? 'info' : 'warn'));

const adapters: RunningAdapter[] = [];
let core: BotCore | undefined;
let health: HealthServer | undefined;
const shutdown = createShutdown({
  adapters: () => adapters,
  closeStore: async () => {
    await health?.close();
    await core?.close();
  },
  logger,
  graceMs: config.shutdownGraceMs,
  exit: (code) => process.exit(code),
});

// Handlers catch their own errors; what still escapes is logged, and a throw nobody caught
// leaves the process in an unknown state, so it stops cleanly for its supervisor to restart.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection; still serving'));
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception; shutting down');
  void shutdown(1);
});

// Built even when only Discord shards serve: it validates knowledge/ and merges it into the
// store once, before any shard process starts, so a bad file stops the start right here.
const readyCore = await createBotCore(config, logger, { startIndexWorkerEarly: true }).catch(exitWithStartupError);
core = readyCore;

// Every enabled platform counts as down in /healthz until its adapter reports a connection.
const discordConnection = config.discord ? readyCore.connections.expect('discord') : undefined;
const slackConnection = config.slack ? readyCore.connections.expect('slack') : undefined;

let startFailed = false;
if (config.healthPort !== undefined) {
  try {
    health = await startHealthServer({ port: config.healthPort, store: readyCore.store, connections: readyCore.connections, metrics: readyCore.metrics, logger });
  } catch (error) {
    startFailed = true;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    process.stderr.write(`Cannot start: ${new ConfigError([`HEALTH_PORT ${config.healthPort}: cannot listen (${reason})`]).message}\n`);
  }
}

// Every configured platform is tried, so that each one that cannot start says so in its own line.
const platformStarts: Array<() => Promise<RunningAdapter>> = [];
if (sharded) {
  // Each shard is a process of its own with its own core; they share the PostgreSQL store.
  platformStarts.push(async () =>
    (await import('./adapters/discord/sharding')).startDiscordShards({ config, logger, env: process.env, connection: discordConnection }),
  );
} else if (config.discord) {
  const discord = config.discord;
  platformStarts.push(async () =>
    (await import('./adapters/discord/discord-adapter')).startDiscordAdapter({ config: discord, core: readyCore, logger, connection: discordConnection }),
  );
}
if (config.slack) {
  const slack = config.slack;
  platformStarts.push(async () =>
    (await import('./adapters/slack/slack-adapter')).startSlackAdapter({ config: slack, core: readyCore, logger, connection: slackConnection }),
  );
}
for (const start of startFailed ? [] : platformStarts) {
  try {
    adapters.push(await start());
  } catch (error) {
    startFailed = true;
    if (isOperatorError(error)) process.stderr.write(`Cannot start: ${error.message}\n`);
    else logger.fatal({ err: error }, 'could not start a chat adapter');
  }
}
if (startFailed) await shutdown(1);

if (!chatPlatforms) {
  adapters.push(
    startConsoleAdapter({
      dispatcher: readyCore.dispatcher,
      input: process.stdin,
      output: process.stdout,
      onClose: () => void shutdown(0),
      onError: (error) => logger.error({ err: error }, 'could not answer a console line'),
    }),
  );
} else {
  logger.info({ adapters: adapters.map((adapter) => adapter.name) }, 'bot is running');
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
