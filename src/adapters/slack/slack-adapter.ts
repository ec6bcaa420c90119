import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, webApi, type Receiver } from '@slack/bolt';
import type { Logger } from 'pino';
import type { BotCore } from '../../app/bot-core';
import { ConfigError, type SlackConfig } from '../../config';
import { IGNORED_CONNECTION, type ConnectionReporter } from '../../health/connections';
import type { RunningAdapter } from '../adapter';
import { httpFault, networkFault, PlatformUnreachableError } from '../unreachable';
import { createActorLookup } from './actor-lookup';
import { createBoltLogger } from './bolt-logger';
import { registerListeners } from './listeners/index';
import { createMessagePoster } from './message-poster';
import { timedAgent, timedFetch } from './timed-fetch';

/** Where Slack sends events in HTTP mode; the app manifest's request URLs end with it. */
export const SLACK_EVENTS_PATH = '/slack/events';
/** Where the Slack clients send Web API calls unless SLACK_API_URL says otherwise. */
const SLACK_DEFAULT_API_URL = 'https://slack.com/api/';

/** A reply more than a few seconds late is still worth sending; minutes late is noise, and shutdown waits for it. */
const REPLY_RETRY = Object.freeze({ retries: 3, factor: 2 });
/** The Web API client waits minutes by default; a request Slack does not answer is abandoned (and retried) after this (see timed-fetch.ts). */
export const SLACK_REQUEST_TIMEOUT_MS = 10_000;
/** How long shutdown waits for the Socket Mode close handshake before moving on. */
const DISCONNECT_GRACE_MS = 5_000;

export interface SlackAdapter extends RunningAdapter {
  readonly mode: 'socket' | 'http';
  /** The port the HTTP-mode server listens on (useful when started on port 0). */
  readonly httpPort?: number;
}

export interface SlackAdapterOptions {
  config: SlackConfig;
  core: Pick<BotCore, 'dispatcher' | 'registry'>;
  logger: Logger;
  /** Told whenever the Socket Mode connection comes up or drops (HTTP mode: while listening), for the health check. */
  connection?: ConnectionReporter;
}

/**
 * Starts one Bolt app: Socket Mode when an app-level token is set (no public URL needed),
 * otherwise HTTP mode on config.port with request signature verification.
 * A token Slack refuses is named in a ConfigError before anything listens.
 */
export async function startSlackAdapter({ config, core, logger, connection = IGNORED_CONNECTION }: SlackAdapterOptions): Promise<SlackAdapter> {
  const boltLogger = createBoltLogger(logger, [config.botToken, config.appToken, config.signingSecret]);
  const apiUrl = config.apiUrl ? { slackApiUrl: config.apiUrl } : {};
  const identity = await checkBotToken(config, boltLogger);

  let receiver: Receiver;
  let socketModeReceiver: SocketModeReceiver | undefined;
  if (config.appToken) {
    // Its own client options: the Socket Mode client keeps its patient reconnection retries.
    socketModeReceiver = new SocketModeReceiver({
      appToken: config.appToken,
      logger: boltLogger,
      logLevel: boltLogger.getLevel(),
      installerOptions: { clientOptions: { ...apiUrl } },
    });
    receiver = socketModeReceiver;
    const socket = socketModeReceiver.client;
    socket.on('connected', () => connection.report(true));
    for (const state of ['reconnecting', 'disconnecting', 'disconnected']) socket.on(state, () => connection.report(false));
  } else if (config.signingSecret) {
    receiver = new HTTPReceiver({ signingSecret: config.signingSecret, endpoints: SLACK_EVENTS_PATH, logger: boltLogger, logLevel: boltLogger.getLevel() });
  } else {
    throw new ConfigError(['SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is required when SLACK_BOT_TOKEN is set (Socket Mode or HTTP mode)']);
  }

  // The Web API client and the message poster share one connection pool with the request timeouts.
  const agent = timedAgent(SLACK_REQUEST_TIMEOUT_MS);
  const app = new App({
    token: config.botToken,
    // Known already, so Bolt makes no auth.test call of its own that could fail unseen.
    botId: identity.botId,
    botUserId: identity.botUserId,
    receiver,
    // Bolt's default conversation store looks every event up and, finding nothing, builds an
    // Error with a stack trace for it; the bot keeps no conversation state, so it is off.
    convoStore: false,
    logger: boltLogger,
    logLevel: boltLogger.getLevel(),
    clientOptions: { ...apiUrl, retryConfig: { ...REPLY_RETRY }, fetch: timedFetch(agent) },
  });

  const inFlight = new Set<Promise<void>>();
  registerListeners(app, {
    dispatcher: core.dispatcher,
    registry: core.registry,
    actors: createActorLookup(logger, identity.home),
    poster: createMessagePoster({ dispatcher: agent, retry: REPLY_RETRY, logger }),
    logger,
    track(work) {
      const running = work().finally(() => inFlight.delete(running));
      inFlight.add(running);
      return running;
    },
  });

  let httpPort: number | undefined;
  try {
    const started: unknown = await (socketModeReceiver ? app.start() : app.start(config.port));
    if (!socketModeReceiver) httpPort = ((started as Server).address() as AddressInfo).port;
  } catch (error) {
    await app.stop().catch(() => {});
    throw socketModeReceiver ? refusal(config, 'SLACK_APP_TOKEN', error, 'Socket Mode') : refusal(config, 'PORT', error, 'HTTP mode');
  }
  const mode = socketModeReceiver ? 'socket' : 'http';
  // Socket Mode reports through its events; an HTTP-mode app is connected while it listens.
  if (mode === 'http') connection.report(true);
  logger.info({ mode, httpPort, botUserId: identity.botUserId }, 'Slack adapter started');

  let stopping: Promise<void> | undefined;
  return {
    name: 'slack',
    mode,
    httpPort,
    stop() {
      stopping ??= (async () => {
        const disconnected = socketModeReceiver ? onceWithin(socketModeReceiver.client, 'disconnected', DISCONNECT_GRACE_MS) : undefined;
        // Stop taking new work first: Slack redelivers what we no longer acknowledge.
        const receiving = app.stop();
        await Promise.allSettled([...inFlight]);
        await receiving.catch((error: unknown) => logger.warn({ err: error }, 'the Slack receiver did not stop cleanly'));
        // app.stop() resolves before the socket's close handshake ends; waiting for it lets the process exit promptly.
        await disconnected;
        connection.report(false);
        logger.info('Slack adapter stopped');
      })();
      return stopping;
    },
  };
}

async function checkBotToken(config: SlackConfig, logger: ReturnType<typeof createBoltLogger>) {
  const client = new webApi.WebClient(config.botToken, {
    ...(config.apiUrl ? { slackApiUrl: config.apiUrl } : {}),
    logger,
    // At start a quick, clear failure beats half an hour of silent retries.
    retryConfig: { retries: 1, minTimeout: 500 },
  });
  try {
    const result = await client.auth.test();
    return { botId: result.bot_id, botUserId: result.user_id, home: { teamId: result.team_id, enterpriseId: result.enterprise_id } };
  } catch (error) {
    throw refusal(config, 'SLACK_BOT_TOKEN', error, 'auth.test');
  }
}

/** Names the setting, never its value; a network fault is not the setting's fault, and says so. */
function refusal(config: SlackConfig, variable: string, error: unknown, step: string): Error {
  const fault = networkFault(error) ?? httpFault(error);
  // A port already in use is a network-level code too, but it is PORT's problem.
  if (fault && variable !== 'PORT') return new PlatformUnreachableError('Slack', config.apiUrl ?? SLACK_DEFAULT_API_URL, fault, { cause: error });
  const platformError = (error as { data?: { error?: unknown } })?.data?.error;
  if (typeof platformError === 'string') return new ConfigError([`${variable} was refused by Slack (${step}: ${platformError})`]);
  const code = (error as { code?: unknown; original?: { code?: unknown } })?.original?.code ?? (error as { code?: unknown })?.code;
  return new ConfigError([`${variable}: could not start Slack ${step}${typeof code === 'string' ? ` (${code})` : ''}: ${(error as Error)?.message ?? String(error)}`]);
}

interface Emitter {
  once(event: string, listener: () => void): unknown;
  removeListener(event: string, listener: () => void): unknown;
}

/** Resolves on the event, or after `ms` if it never comes (the socket may be gone already). */
function onceWithin(emitter: Emitter, event: string, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      emitter.removeListener(event, done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    timer.unref();
    emitter.once(event, done);
  });
}
