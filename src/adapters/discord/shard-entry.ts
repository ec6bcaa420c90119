import { createBotCore } from '../../app/bot-core';
import { createShutdown } from '../../app/shutdown';
import { exitWithStartupError, loadConfigOrExit } from '../../app/startup';
import { createProcessLogger } from '../../logger';
import { startDiscordAdapter } from './discord-adapter';

/**
 * One shard process, started by the ShardingManager (see sharding.ts) with the configuration it
 * was given. discord.js reads the shard id and count from the manager itself (the adapter's logs
 * name them); this process answers the guilds of its shard through its own bot core over the shared store.
 */
const config = loadConfigOrExit();
if (!config.discord) exitWithStartupError(new Error('A Discord shard was started without DISCORD_TOKEN'));
const logger = createProcessLogger(config, config.logLevel ?? 'info');

process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled promise rejection; still serving'));

const core = await createBotCore(config, logger, { startIndexWorkerEarly: true }).catch(exitWithStartupError);
const adapter = await startDiscordAdapter({ config: config.discord, core, logger }).catch(async (error: unknown) => {
  await core.close().catch(() => {});
  return exitWithStartupError(error);
});

const shutdown = createShutdown({
  adapters: () => [adapter],
  closeStore: () => core.close(),
  logger,
  graceMs: config.shutdownGraceMs,
  exit: (code) => process.exit(code),
});

process.once('SIGTERM', () => void shutdown(0));
process.once('SIGINT', () => void shutdown(0));
// The manager going away closes the IPC channel: a shard must not outlive it.
process.once('disconnect', () => void shutdown(0));
