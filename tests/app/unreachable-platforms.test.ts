import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { httpFault, networkFault } from '../../src/adapters/unreachable';
import { runScript, tempDatabasePath } from '../helpers/run-process';

/** A local port where nothing listens: connecting is refused at once. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const plainLines = (stderr: string) => stderr.split('\n').filter((each) => !each.startsWith('{') && each.trim() !== '');

function expectOnePlainLine(stderr: string, line: string | RegExp): void {
  const lines = plainLines(stderr);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(line);
  expect(stderr).not.toMatch(/^\s+at /m);
  expect(stderr).not.toContain('configuration');
}

describe('a platform that cannot be reached is named in one plain line', () => {
  it('Discord at a wrong API URL: "cannot reach Discord at <url>: connect ECONNREFUSED"', async () => {
    const url = `http://127.0.0.1:${await closedPort()}`;
    const result = await runScript('src/main.ts', [], { env: { DATABASE_PATH: tempDatabasePath(), DISCORD_TOKEN: 'x', DISCORD_CLIENT_ID: '1', DISCORD_API_URL: url } });
    expect(result.code).toBe(1);
    expectOnePlainLine(result.stderr, `Cannot start: cannot reach Discord at ${url}: connect ECONNREFUSED ${url.slice('http://'.length)}`);
  });

  it('Discord at a host that does not resolve: "getaddrinfo ENOTFOUND"', async () => {
    const result = await runScript('src/main.ts', [], { env: { DATABASE_PATH: tempDatabasePath(), DISCORD_TOKEN: 'x', DISCORD_CLIENT_ID: '1', DISCORD_API_URL: 'http://discord.invalid/api' } });
    expect(result.code).toBe(1);
    expectOnePlainLine(result.stderr, /^Cannot start: cannot reach Discord at http:\/\/discord\.invalid\/api: getaddrinfo (ENOTFOUND|EAI_AGAIN) discord\.invalid$/);
  });

  it('Slack at a wrong API URL, not blamed on the token', async () => {
    const url = `http://127.0.0.1:${await closedPort()}/api/`;
    const result = await runScript('src/main.ts', [], { env: { DATABASE_PATH: tempDatabasePath(), SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: url } });
    expect(result.code).toBe(1);
    expectOnePlainLine(result.stderr, `Cannot start: cannot reach Slack at ${url}: connect ECONNREFUSED ${url.slice('http://'.length, -'/api/'.length)}`);
    expect(result.stderr).not.toContain('SLACK_BOT_TOKEN');
  });

  it('with both platforms unreachable, one line for each', async () => {
    const discordUrl = `http://127.0.0.1:${await closedPort()}`;
    const slackUrl = `http://127.0.0.1:${await closedPort()}/api/`;
    const result = await runScript('src/main.ts', [], {
      env: { DATABASE_PATH: tempDatabasePath(), DISCORD_TOKEN: 'x', DISCORD_CLIENT_ID: '1', DISCORD_API_URL: discordUrl, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: slackUrl },
    });
    expect(result.code).toBe(1);
    const lines = plainLines(result.stderr);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(`Cannot start: cannot reach Discord at ${discordUrl}: connect ECONNREFUSED`);
    expect(lines[1]).toMatch(`Cannot start: cannot reach Slack at ${slackUrl}: connect ECONNREFUSED`);
  });

  it('an API URL that points at some other web server: one line per platform naming the HTTP status', async () => {
    const server = createHttpServer((_request, response) => response.writeHead(404).end('not here'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
    try {
      const result = await runScript('src/main.ts', [], {
        env: { DATABASE_PATH: tempDatabasePath(), DISCORD_TOKEN: 'x', DISCORD_CLIENT_ID: '1', DISCORD_API_URL: base, SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1', SLACK_API_URL: `${base}/api/` },
      });
      expect(result.code).toBe(1);
      expect(plainLines(result.stderr)).toEqual([
        `Cannot start: cannot reach Discord at ${base}: it answered HTTP 404, so this is not the API or it is down`,
        `Cannot start: cannot reach Slack at ${base}/api/: it answered HTTP 404, so this is not the API or it is down`,
      ]);
      expect(result.stderr).not.toMatch(/^\s+at /m);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('finds the network fault however the client wrapped it, and nothing else', () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND x.invalid'), { code: 'ENOTFOUND' });
    expect(networkFault(new TypeError('fetch failed', { cause: dns }))).toBe('getaddrinfo ENOTFOUND x.invalid');
    expect(networkFault(Object.assign(new Error('A request error occurred'), { original: new TypeError('fetch failed', { cause: dns }) }))).toBe('getaddrinfo ENOTFOUND x.invalid');
    expect(networkFault(new AggregateError([dns]))).toBe('getaddrinfo ENOTFOUND x.invalid');
    expect(networkFault(Object.assign(new Error('An invalid token was provided.'), { code: 'TokenInvalid' }))).toBeUndefined();
    expect(httpFault({ status: 401 })).toBeUndefined();
    expect(httpFault({ statusCode: 502 })).toBe('it answered HTTP 502, so this is not the API or it is down');
  });
});
