import type { RunningAdapter } from './adapters/adapter';
import { startConsoleAdapter } from './adapters/console/console-adapter';
import { createBotCore, type BotCore } from './app/bot-core';
import { exitWithStartupError, loadConfigOrExit } from './app/startup';
import { ConfigError } from './config';
import { startHealthServer, type HealthServer } from './health/health-server';
import { createProcessLogger } from './logger';

const config = loadConfigOrExit();
const chatPlatforms = Boolean(config.discord || config.slack);
const sharded = config.discord?.shards !== undefined;
// In console chat the terminal is the conversation, so only warnings and errors are logged.
const logger = createProcessLogger(config, config.logLevel ?? (chatPlatforms ? 'info' : 'warn'));

const adapters: RunningAdapter[] = [];
let stopping: Promise<void> | undefined;
let core: BotCore | undefined;
let health: HealthServer | undefined;

// Handlers catch their own errors; what still escapes is logged, and a throw nobody caught
// leaves the process in an unknown state, so it stops cleanly for its supervisor to restart.
process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection; still serving'));
process.on('uncaughtException', (error) => {
  logger.fatal({ err: error }, 'uncaught exception; shutting down');
  void shutdown(1);
});

// Built even when only Discord shards serve: it validates knowledge/ and merges it into the
// store once, before any shard process starts, so a bad file stops the start right here.
core = await createBotCore(config, logger).catch(exitWithStartupError);

// Every enabled platform counts as down in /healthz until its adapter reports a connection.
const discordConnection = config.discord ? core.connections.expect('discord') : undefined;
const slackConnection = config.slack ? core.connections.expect('slack') : undefined;

try {
  if (config.healthPort !== undefined) {
    health = await startHealthServer({ port: config.healthPort, store: core.store, connections: core.connections, metrics: core.metrics, logger }).catch(
      (error: NodeJS.ErrnoException) => {
        throw new ConfigError([`HEALTH_PORT ${config.healthPort}: cannot listen (${error.code ?? error.message})`]);
      },
    );
  }
  if (sharded) {
    // Each shard is a process of its own with its own core; they share the PostgreSQL store.
    const { startDiscordShards } = await import('./adapters/discord/sharding');
    adapters.push(await startDiscordShards({ config, logger, env: process.env, connection: discordConnection }));
  } else if (config.discord) {
    const { startDiscordAdapter } = await import('./adapters/discord/discord-adapter');
    adapters.push(await startDiscordAdapter({ config: config.discord, core, logger, connection: discordConnection }));
  }
  if (config.slack) {
    const { startSlackAdapter } = await import('./adapters/slack/slack-adapter');
    adapters.push(await startSlackAdapter({ config: config.slack, core, logger, connection: slackConnection }));
  }
} catch (error) {
  if (error instanceof ConfigError) process.stderr.write(`Cannot start: ${error.message}\n`);
  else logger.fatal({ err: error }, 'could not start a chat adapter');
  await shutdown(1);
}

if (!chatPlatforms) {
  adapters.push(
    startConsoleAdapter({
      dispatcher: core.dispatcher,
      input: process.stdin,
      output: process.stdout,
      onClose: () => void shutdown(0),
      onError: (error) => logger.error({ err: error }, 'could not answer a console line'),
    }),
  );
} else {
  logger.info({ adapters: adapters.map((adapter) => adapter.name) }, 'bot is running');
}

function shutdown(code: number): Promise<void> {
  stopping ??= (async () => {
    logger.info('shutting down');
    await Promise.allSettled(adapters.map((adapter) => adapter.stop()));
    await health?.close();
    await core?.close().catch((error) => logger.error({ err: error }, 'could not close the store cleanly'));
    process.exit(code);
  })();
  return stopping;
}

process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));
