import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import type { FactStore } from '../store/fact-store';
import type { ConnectionBoard } from './connections';
import type { BotMetrics } from './metrics';

/** A store that has not answered by then counts as down: a health check must answer promptly itself. */
const STORE_PROBE_TIMEOUT_MS = 2_000;
/** An id no fact can have (ids are [a-z0-9-]); looking it up is one cheap indexed read. */
const PROBE_FACT_ID = '__health_probe__';

export interface HealthServerOptions {
  port: number;
  /** Default: every interface, so a container's health check and a Prometheus scraper both reach it. */
  host?: string;
  store: Pick<FactStore, 'getFact'>;
  connections: ConnectionBoard;
  metrics: BotMetrics;
  logger: Logger;
  storeProbeTimeoutMs?: number;
}

export interface HealthServer {
  readonly port: number;
  close(): Promise<void>;
}

export interface HealthReport {
  status: 'ok' | 'down';
  /** What is down: "store" and/or the names of disconnected platforms. */
  down: string[];
  store: 'ok' | 'down';
  platforms: Record<string, 'connected' | 'disconnected'>;
}

/** GET /healthz: 200 when the store answers and every enabled platform is connected, else 503. GET /metrics: Prometheus text. */
export async function startHealthServer(options: HealthServerOptions): Promise<HealthServer> {
  const { store, connections, metrics, logger } = options;
  const probeTimeout = options.storeProbeTimeoutMs ?? STORE_PROBE_TIMEOUT_MS;

  async function healthReport(): Promise<HealthReport> {
    const storeUp = await storeAnswers(store, probeTimeout);
    const platformsDown = connections.down();
    const down = [...(storeUp ? [] : ['store']), ...platformsDown];
    const platforms = Object.fromEntries(Object.entries(connections.states()).map(([name, up]) => [name, up ? 'connected' : 'disconnected'] as const));
    return { status: down.length === 0 ? 'ok' : 'down', down, store: storeUp ? 'ok' : 'down', platforms };
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://health').pathname;
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'Method Not Allowed\n');
    if (path === '/healthz') {
      const report = await healthReport();
      return send(response, report.status === 'ok' ? 200 : 503, 'application/json; charset=utf-8', `${JSON.stringify(report)}\n`);
    }
    if (path === '/metrics') return send(response, 200, metrics.registry.contentType, await metrics.registry.metrics());
    return send(response, 404, 'text/plain; charset=utf-8', 'Not Found: try /healthz or /metrics\n');
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error({ err: error }, 'the health endpoint failed');
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'Internal Server Error\n');
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ port }, 'health and metrics endpoints listening (/healthz, /metrics)');
  return {
    port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function storeAnswers(store: Pick<FactStore, 'getFact'>, timeoutMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), timeoutMs);
  });
  try {
    const probe = Promise.resolve()
      .then(() => store.getFact(PROBE_FACT_ID))
      .then(
        () => true,
        () => false,
      );
    return await Promise.race([probe, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

function send(response: ServerResponse, status: number, contentType: string, body: string): void {
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(body);
}
