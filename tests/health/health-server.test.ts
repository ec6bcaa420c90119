import { afterEach, describe, expect, it } from 'vitest';
import { createBotCore, type BotCore } from '../../src/app/bot-core';
import { parseConfig } from '../../src/config';
import type { Actor } from '../../src/core/request';
import { createConnectionBoard } from '../../src/health/connections';
import { startHealthServer, type HealthReport, type HealthServer } from '../../src/health/health-server';
import { createBotMetrics } from '../../src/health/metrics';
import { createLogger } from '../../src/logger';
import { tempDatabasePath } from '../helpers/run-process';

const OPERATOR: Actor = { platform: 'console', userId: 'console', displayName: 'operator', isLocalOperator: true };
const SLACK_USER: Actor = { platform: 'slack', userId: 'U1', displayName: 'Sam' };
const quiet = createLogger('silent');

async function get(server: HealthServer, path: string) {
  const response = await fetch(`http://127.0.0.1:${server.port}${path}`);
  return { status: response.status, type: response.headers.get('content-type') ?? '', text: await response.text() };
}

async function healthz(server: HealthServer): Promise<{ status: number; report: HealthReport }> {
  const { status, text } = await get(server, '/healthz');
  return { status, report: JSON.parse(text) as HealthReport };
}

describe('the health and metrics endpoints (HEALTH_PORT)', () => {
  let core: BotCore | undefined;
  let server: HealthServer | undefined;
  afterEach(async () => {
    await server?.close();
    await core?.close().catch(() => {});
    server = core = undefined;
  });

  async function startBot() {
    core = await createBotCore(parseConfig({ DATABASE_PATH: tempDatabasePath() }), quiet);
    server = await startHealthServer({ port: 0, host: '127.0.0.1', store: core.store, connections: core.connections, metrics: core.metrics, logger: quiet });
    return { core, server };
  }

  it('answers 200 when the store answers and no chat platform is enabled', async () => {
    const { server } = await startBot();
    const { status, report } = await healthz(server);
    expect(status).toBe(200);
    expect(report).toEqual({ status: 'ok', down: [], store: 'ok', platforms: {} });
  });

  it('answers 503 naming each enabled platform until its adapter reports a connection, and again when it drops', async () => {
    const { core, server } = await startBot();
    const discord = core.connections.expect('discord');
    const slack = core.connections.expect('slack');
    let { status, report } = await healthz(server);
    expect(status).toBe(503);
    expect(report.down).toEqual(['discord', 'slack']);
    expect(report.platforms).toEqual({ discord: 'disconnected', slack: 'disconnected' });

    discord.report(true);
    slack.report(true);
    expect((await healthz(server)).status).toBe(200);

    slack.report(false);
    ({ status, report } = await healthz(server));
    expect(status).toBe(503);
    expect(report).toMatchObject({ down: ['slack'], store: 'ok', platforms: { discord: 'connected', slack: 'disconnected' } });
  });

  it('answers 503 naming the store when the store no longer answers', async () => {
    const { core, server } = await startBot();
    await core.store.close();
    const { status, report } = await healthz(server);
    expect(status).toBe(503);
    expect(report).toMatchObject({ status: 'down', down: ['store'], store: 'down' });
  });

  it('answers 503 promptly when the store hangs instead of failing', async () => {
    const metrics = createBotMetrics();
    const hangingStore = { getFact: () => new Promise<never>(() => {}) };
    server = await startHealthServer({ port: 0, host: '127.0.0.1', store: hangingStore, connections: createConnectionBoard(metrics), metrics, logger: quiet, storeProbeTimeoutMs: 100 });
    const started = Date.now();
    const { status, report } = await healthz(server);
    expect(status).toBe(503);
    expect(report.down).toEqual(['store']);
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('serves Prometheus text: replies by platform and status, latency, moderator changes, store errors, connection state', async () => {
    const { core, server } = await startBot();
    core.connections.expect('discord');
    core.connections.expect('slack').report(true);
    await core.dispatcher.handleText({ actor: SLACK_USER, location: 'C1', text: 'How large is the Dutch contingent?' });
    await core.dispatcher.handleText({ actor: SLACK_USER, location: 'C1', text: 'what is the capital of peru' });
    const shown = await core.dispatcher.handleText({ actor: OPERATOR, location: 'console', text: 'fact show company-size' });
    expect(shown.kind).toBe('answer');
    const edit = await core.dispatcher.handleText({ actor: OPERATOR, location: 'console', text: 'fact edit company-size --answer "About 145 soldiers (edited for the metrics test)."' });
    expect(edit.kind).toBe('success');

    let metrics = await get(server, '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.type).toContain('text/plain');
    expect(metrics.text).toContain('factbot_replies_total{platform="slack",status="answer"} 1');
    expect(metrics.text).toContain('factbot_replies_total{platform="slack",status="no_match"} 1');
    expect(metrics.text).toContain('factbot_replies_total{platform="console",status="success"} 1');
    expect(metrics.text).toContain('factbot_reply_duration_seconds_count{platform="slack"} 2');
    expect(metrics.text).toMatch(/factbot_reply_duration_seconds_bucket\{le="0\.05",platform="slack"\} \d/);
    expect(metrics.text).toContain('factbot_fact_changes_total{platform="console",action="edit"} 1');
    expect(metrics.text).toContain('factbot_platform_connected{platform="discord"} 0');
    expect(metrics.text).toContain('factbot_platform_connected{platform="slack"} 1');
    expect(metrics.text).not.toMatch(/factbot_store_errors_total\{/);

    // A refusal the store gives on purpose (a stale base revision) is not a store error.
    const stale = await core.dispatcher.handleText({ actor: OPERATOR, location: 'console', text: 'fact edit company-size --answer "x y z" --base 1' });
    expect(stale.kind).toBe('error');
    await core.store.close();
    const unavailable = await core.dispatcher.handleText({ actor: OPERATOR, location: 'console', text: 'fact history company-size' });
    expect(unavailable.kind).toBe('error');
    metrics = await get(server, '/metrics');
    expect(metrics.text).toMatch(/factbot_store_errors_total\{operation="getFact"\} 1/);
    expect(metrics.text).not.toMatch(/factbot_store_errors_total\{operation="applyChange"\}/);
    expect(metrics.text).toContain('factbot_replies_total{platform="console",status="error"} 2');
  });

  it('answers 404 for other paths and 405 for other methods', async () => {
    const { server } = await startBot();
    expect((await get(server, '/')).status).toBe(404);
    const post = await fetch(`http://127.0.0.1:${server.port}/healthz`, { method: 'POST' });
    expect(post.status).toBe(405);
  });
});
