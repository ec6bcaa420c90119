import pg from 'pg';
import type { Logger } from 'pino';
import { clientConfig, redactDatabaseUrl, summarize } from './postgres-connection';

export interface ChangeListener {
  close(): Promise<void>;
}

export interface ChangeListenerOptions {
  url: string;
  channel: string;
  logger: Logger;
  onNotification(payload: string): void;
  /** Called after a lost connection is back: notifications sent meanwhile were missed. */
  onReconnected(): Promise<void>;
}

const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 2_000;
/** While the server stays down, say so again this often rather than on every attempt. */
const STILL_DOWN_EVERY_MS = 30_000;

/**
 * One dedicated connection that LISTENs for changes made by any process. When it is lost, it
 * says so once, reconnects with backoff, and reports the reconnection so the caller can
 * catch up on what it missed.
 */
export async function startChangeListener(options: ChangeListenerOptions): Promise<ChangeListener> {
  const { url, channel, logger } = options;
  const database = redactDatabaseUrl(url);
  let current: pg.Client | undefined;
  let closing = false;
  let retryTimer: NodeJS.Timeout | undefined;
  /** The client of a reconnect under way: close() must end it too, or it would stay open for good. */
  let connecting: pg.Client | undefined;

  async function connect(): Promise<void> {
    const client = new pg.Client(clientConfig(url));
    client.on('error', (error) => connectionLost(client, error));
    client.on('end', () => connectionLost(client));
    client.on('notification', (message) => {
      if (message.channel === channel && message.payload) options.onNotification(message.payload);
    });
    const discard = async () => {
      client.removeAllListeners('end');
      client.on('error', () => {});
      await client.end().catch(() => {});
    };
    connecting = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${channel}`);
    } catch (error) {
      await discard();
      throw error;
    } finally {
      if (connecting === client) connecting = undefined;
    }
    if (closing) return discard();
    current = client;
  }

  function connectionLost(client: pg.Client, error?: unknown): void {
    if (closing || client !== current) return;
    current = undefined;
    client.end().catch(() => {});
    logger.error(
      { database, ...(error ? { err: summarize(error) } : {}) },
      'lost the connection to PostgreSQL: answering from the last loaded facts, refusing edits until it is back; reconnecting',
    );
    scheduleReconnect(FIRST_RETRY_MS, Date.now(), Date.now());
  }

  function scheduleReconnect(delay: number, downSince: number, lastReported: number): void {
    retryTimer = setTimeout(async () => {
      retryTimer = undefined;
      if (closing) return;
      try {
        await connect();
      } catch (error) {
        if (closing) return;
        let reported = lastReported;
        if (Date.now() - lastReported >= STILL_DOWN_EVERY_MS) {
          reported = Date.now();
          logger.error({ database, err: summarize(error), downForSeconds: Math.round((reported - downSince) / 1000) }, 'PostgreSQL is still unreachable; retrying');
        }
        scheduleReconnect(Math.min(delay * 2, LONGEST_RETRY_MS), downSince, reported);
        return;
      }
      if (closing) return;
      logger.info({ database, downForSeconds: Math.round((Date.now() - downSince) / 1000) }, 'reconnected to PostgreSQL; reloading the facts');
      await options.onReconnected().catch((error: unknown) => {
        logger.error({ err: summarize(error) }, 'could not catch up after reconnecting to PostgreSQL');
      });
    }, delay);
  }

  await connect();

  return {
    async close() {
      closing = true;
      if (retryTimer) clearTimeout(retryTimer);
      const clients = [current, connecting];
      current = undefined;
      connecting = undefined;
      await Promise.all(clients.map((client) => client?.end().catch(() => {})));
    },
  };
}
