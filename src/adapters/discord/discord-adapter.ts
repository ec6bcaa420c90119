import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordConfig } from '../../config';
import type { RunningAdapter } from '../adapter';
import { unreachableOr } from '../unreachable';
import { handleInteraction, type InteractionDeps } from './handle-interaction';
import { NO_MENTIONS } from './render-reply';

/** Where discord.js sends REST calls unless DISCORD_API_URL says otherwise. */
const DISCORD_DEFAULT_API_URL = 'https://discord.com/api';

export interface DiscordAdapterOptions {
  config: DiscordConfig;
  core: InteractionDeps['core'];
  logger: Logger;
}

/**
 * Connects to Discord and answers interactions through the shared command layer. Resolves once
 * the gateway session is ready. Reconnects and REST rate limits are left to discord.js.
 */
export async function startDiscordAdapter({ config, core, logger }: DiscordAdapterOptions): Promise<RunningAdapter> {
  const client = new Client({
    // Interactions arrive without any privileged intent; Guilds keeps guilds and channels known.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  // In a shard process discord.js has read its shard ids from the manager by now; every line names them.
  const log = logger.child({ adapter: 'discord', ...(client.shard ? { shards: client.shard.ids } : {}) });
  // Without an 'error' listener a failed REST call would end the process.
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) => log.warn({ shardId, code: event.code }, 'discord gateway disconnected'));
  client.on(Events.ShardReconnecting, (shardId) => log.info({ shardId }, 'discord gateway reconnecting'));

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  client.on(Events.InteractionCreate, (interaction) => {
    if (stopping) return;
    const work = handleInteraction(interaction, { core, logger: log });
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(config.token);
    await ready;
  } catch (error) {
    await client.destroy();
    throw unreachableOr('Discord', config.apiUrl ?? DISCORD_DEFAULT_API_URL, error);
  }
  log.info({ botUserId: client.user?.id, guilds: client.guilds.cache.size }, 'discord adapter ready');

  return {
    name: 'discord',
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      log.info('discord adapter stopped');
    },
  };
}
