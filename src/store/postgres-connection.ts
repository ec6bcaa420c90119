import pg from 'pg';
import type { Logger } from 'pino';
import { redactSecrets } from '../redact';
import { StoreUnavailableError } from '../core/operator-error';

/** The URL as it may appear in logs and messages: no password in any form pg accepts. */
export function redactDatabaseUrl(url: string): string {
  try {
    return redactSecrets(new URL(url).toString());
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

/** host:port/database, for messages shown to moderators. */
export function describeDatabase(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname}`;
  } catch {
    return 'the PostgreSQL server';
  }
}

export function clientConfig(url: string): pg.ClientConfig {
  // TCP keepalive so a connection that silently disappears (a dropped network) is noticed.
  return { connectionString: url, keepAlive: true, keepAliveInitialDelayMillis: 10_000, connectionTimeoutMillis: 5_000 };
}

export function createPool(url: string, logger: Logger): pg.Pool {
  const pool = new pg.Pool({ ...clientConfig(url), max: 5, idleTimeoutMillis: 30_000 });
  // An idle connection that dies (server restart) must never crash the process: the pool
  // drops it and opens a new one on the next query.
  pool.on('error', (error) => {
    logger.warn({ err: summarize(error), database: redactDatabaseUrl(url) }, 'an idle PostgreSQL connection failed; it will be replaced');
  });
  return pool;
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up or shutting down)
]);

const CONNECTION_ERROR_MESSAGES = [
  'Connection terminated',
  'connection timeout',
  'timeout exceeded when trying to connect',
  'is not queryable',
  'Client was closed',
];

/** True when the error means "the server cannot be reached", not "the query is wrong". */
function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_ERROR_CODES.has(code) || code.startsWith('08'))) return true;
  if (error instanceof AggregateError) return error.errors.some(isConnectionError);
  return CONNECTION_ERROR_MESSAGES.some((text) => error.message.includes(text));
}

export function summarize(error: unknown): { message: string; code?: string } {
  if (!(error instanceof Error)) return { message: String(error) };
  const code = (error as { code?: unknown }).code;
  return { message: error.message || error.name, ...(typeof code === 'string' ? { code } : {}) };
}

/**
 * Runs one store operation and turns "cannot reach the database" into StoreUnavailableError,
 * whose message says plainly that nothing was saved (for a write) and why.
 */
export async function withAvailability<T>(database: string, doing: 'read' | 'write', work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (!isConnectionError(error)) throw error;
    const reason = summarize(error).code ?? summarize(error).message;
    const what = doing === 'write' ? 'so the change was not saved; try again once it is back' : 'so it could not be read';
    throw new StoreUnavailableError(`The fact database (PostgreSQL at ${database}) cannot be reached (${reason}), ${what}.`, { cause: error });
  }
}

/**
 * Runs work on one connection taken from the pool. The pool stops watching a connection for
 * errors while it is lent out, and pg emits an error that arrives between two queries as an
 * event: unheard, that event would crash the process. A broken connection is destroyed
 * rather than returned to the pool.
 */
async function withClient<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let broken: Error | undefined;
  const onError = (error: Error) => {
    broken = error;
  };
  client.on('error', onError);
  try {
    return await work(client);
  } catch (error) {
    if (isConnectionError(error)) broken ??= error as Error;
    throw error;
  } finally {
    client.removeListener('error', onError);
    client.release(broken);
  }
}

/** BEGIN ... COMMIT around work; ROLLBACK on any error (skipped when the connection is gone). */
export function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
  return withClient(pool, async (client) => {
    await client.query(begin);
    try {
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      if (!isConnectionError(error)) await client.query('ROLLBACK').catch(() => {});
      throw error;
    }
  });
}
