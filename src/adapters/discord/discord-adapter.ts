import { Client, Events, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { DiscordConfig } from '../../config';
import { IGNORED_CONNECTION, type ConnectionReporter } from '../../health/connections';
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
  /** Told whenever the gateway session comes up or drops, for the health check. */
  connection?: ConnectionReporter;
}

/**
 * Connects to Discord and answers interactions through the shared command layer. Resolves once
 * the gateway session is ready. Reconnects and REST rate limits are left to discord.js.
 */
export async function startDiscordAdapter({ config, core, logger, connection = IGNORED_CONNECTION }: DiscordAdapterOptions): Promise<RunningAdapter> {
  const client = new Client({
    // Interactions arrive without any privileged intent; Guilds keeps guilds and channels known.
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    // Replies are plain API objects, already in Discord's snake_case (render-reply.ts, typed by
    // discord-api-types; forms use builders): the default transformer would walk every key of
    // every embed and button through lodash.snakecase, on every reply, to change nothing.
    jsonTransformer: keepApiShape,
    ...(config.apiUrl ? { rest: { api: config.apiUrl } } : {}),
  });
  // In a shard process discord.js has read its shard ids from the manager by now; every line names them.
  const log = logger.child({ adapter: 'discord', ...(client.shard ? { shards: client.shard.ids } : {}) });
  // Without an 'error' listener a failed REST call would end the process.
  client.on(Events.Error, (error) => log.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => log.warn({ detail: message }, 'discord client warning'));
  client.on(Events.ShardDisconnect, (event, shardId) => {
    connection.report(false);
    log.warn({ shardId, code: event.code }, 'discord gateway disconnected');
  });
  client.on(Events.ShardReconnecting, (shardId) => {
    connection.report(false);
    log.info({ shardId }, 'discord gateway reconnecting');
  });
  client.on(Events.ShardReady, () => connection.report(true));
  client.on(Events.ShardResume, () => connection.report(true));

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
  connection.report(true);
  log.info({ botUserId: client.user?.id, guilds: client.guilds.cache.size }, 'discord adapter ready');

  return {
    name: 'discord',
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await client.destroy();
      connection.report(false);
      log.info('discord adapter stopped');
    },
  };
}

function keepApiShape(data: unknown): unknown {
  return data;
}
