import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer, type Server } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, runScript, tempDatabasePath } from '../helpers/run-process';

async function listeningServer(): Promise<Server> {
  const server = createServer();
  server.listen(0, '0.0.0.0');
  await once(server, 'listening');
  return server;
}

async function freePort(): Promise<number> {
  const server = await listeningServer();
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function eventually<T>(attempt: () => Promise<T | undefined>, what: string, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await attempt().catch(() => undefined);
    if (result !== undefined) return result;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('npm start with HEALTH_PORT', () => {
  const stops: (() => void)[] = [];
  afterEach(() => stops.splice(0).forEach((stop) => stop()));

  it('serves /healthz and counts the console chat\'s answers in /metrics', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', DATABASE_PATH: tempDatabasePath(), HEALTH_PORT: String(port) },
    });
    stops.push(() => child.kill('SIGKILL'));
    let stdout = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.resume();

    const health = await eventually(async () => {
      const response = await fetch(`http://127.0.0.1:${port}/healthz`);
      return { status: response.status, body: (await response.json()) as unknown };
    }, '/healthz');
    expect(health).toEqual({ status: 200, body: { status: 'ok', down: [], store: 'ok', platforms: {} } });

    child.stdin.write('How large is the Dutch contingent?\n');
    await eventually(async () => (stdout.includes('145') ? true : undefined), 'the answer');
    const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
    expect(metrics).toContain('factbot_replies_total{platform="console",status="answer"} 1');

    child.stdin.end('exit\n');
    const [code] = await once(child, 'exit');
    expect(code).toBe(0);
  });

  it('names HEALTH_PORT when the port is taken', async () => {
    const taken = await listeningServer();
    stops.push(() => taken.close());
    const { port } = taken.address() as AddressInfo;
    const result = await runScript('src/main.ts', [], { env: { DATABASE_PATH: tempDatabasePath(), HEALTH_PORT: String(port) } });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`Cannot start: The configuration has a problem:\n  - HEALTH_PORT ${port}: cannot listen (EADDRINUSE)`);
  });
});
