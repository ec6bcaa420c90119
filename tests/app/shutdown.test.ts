import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { afterEach, describe, expect, it } from 'vitest';
import type { RunningAdapter } from '../../src/adapters/adapter';
import { createShutdown, STORE_CLOSE_LIMIT_MS } from '../../src/app/shutdown';
import { createLogger } from '../../src/logger';
import { REPO_ROOT, tempDatabasePath } from '../helpers/run-process';
import { startFakeSlack, type FakeSlack } from '../fakes/slack/fake-slack';
import { REPO_SOURCES_DIR } from '../knowledge/article-sentences';
import { FIXTURE_KNOWLEDGE_DIR, isReply, mentionEvent, SECRETS } from '../adapters/slack/slack-test-bot';

const never = () => new Promise<void>(() => {});

function recordingLogger() {
  const lines: string[] = [];
  const logger = createLogger('info', new Writable({ write: (chunk, _encoding, done) => (lines.push(String(chunk)), done()) }));
  return { logger, lines };
}

describe('shutdown', () => {
  it('waits for adapters to finish, then closes the store and exits with the code asked for', async () => {
    const order: string[] = [];
    const adapter: RunningAdapter = { name: 'fake', stop: async () => void order.push('adapter stopped') };
    const exited = new Promise<number>((resolve) => {
      const shutdown = createShutdown({
        adapters: () => [adapter],
        closeStore: async () => void order.push('store closed'),
        logger: recordingLogger().logger,
        graceMs: 1_000,
        exit: resolve,
      });
      void shutdown(3);
      void shutdown(0);
    });
    expect(await exited).toBe(3);
    expect(order).toEqual(['adapter stopped', 'store closed']);
  });

  it('gives up on replies that never finish after the grace period, still closes the store, and says so', async () => {
    const { logger, lines } = recordingLogger();
    let storeClosed = false;
    const started = performance.now();
    const code = await new Promise<number>((resolve) => {
      void createShutdown({
        adapters: () => [{ name: 'hung', stop: never }],
        closeStore: async () => void (storeClosed = true),
        logger,
        graceMs: 200,
        exit: resolve,
      })(0);
    });
    expect(code).toBe(0);
    expect(storeClosed).toBe(true);
    expect(performance.now() - started).toBeGreaterThanOrEqual(190);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(lines.join('')).toContain('replies still in flight after the shutdown grace period');
  });

  it('exits even when the store never closes', async () => {
    const { logger, lines } = recordingLogger();
    const started = performance.now();
    await new Promise<number>((resolve) => {
      void createShutdown({ adapters: () => [], closeStore: never, logger, graceMs: 10, exit: resolve })(0);
    });
    expect(performance.now() - started).toBeLessThan(STORE_CLOSE_LIMIT_MS + 2_000);
    expect(lines.join('')).toContain('the store did not close in time');
  }, STORE_CLOSE_LIMIT_MS + 10_000);
});

describe('SIGTERM while a platform API never answers', () => {
  let fake: FakeSlack | undefined;
  let child: ChildProcessWithoutNullStreams | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await fake?.close();
  });

  it('ends the bot process within the grace period, closing the store', async () => {
    fake = await startFakeSlack({ botToken: SECRETS.botToken, appToken: SECRETS.appToken });
    const databasePath = tempDatabasePath();
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: REPO_ROOT,
      env: {
        PATH: process.env.PATH ?? '',
        HOME: process.env.HOME ?? '',
        KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
        SOURCES_DIR: REPO_SOURCES_DIR,
        DATABASE_PATH: databasePath,
        SLACK_BOT_TOKEN: SECRETS.botToken,
        SLACK_APP_TOKEN: SECRETS.appToken,
        SLACK_API_URL: fake.apiUrl,
        SHUTDOWN_GRACE_SECONDS: '1',
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.resume();
    await fake.connected();

    // The reply's chat.postMessage reaches the fake and is never answered.
    fake.holdNext('chat.postMessage');
    fake.holdNext('chat.postEphemeral');
    const event = mentionEvent('How many soldiers are the Dutch sending?');
    await fake.sendEvent(event);
    await fake.waitForCall('the reply, held', (call) => isReply(call) && call.args.thread_ts === event.ts);

    const started = performance.now();
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const timedOut = new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), 8_000).unref());
    const outcome = await Promise.race([exited, timedOut]);
    expect(outcome).not.toBe('still running');
    expect((outcome as [number | null])[0]).toBe(0);
    expect(performance.now() - started).toBeGreaterThanOrEqual(900);
    expect(stderr).toContain('replies still in flight after the shutdown grace period');
    expect(stderr).not.toContain('could not close the store');
    // SQLite removes its write-ahead log when the last connection closes cleanly.
    expect(existsSync(`${databasePath}-wal`)).toBe(false);
    expect(existsSync(databasePath)).toBe(true);
  });
});
