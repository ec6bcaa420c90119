import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { once } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDatabasePath } from '../../helpers/run-process';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack';
import { FIXTURE_KNOWLEDGE_DIR, mentionEvent, MODERATOR, replyInThread, SECRETS, sectionText } from './slack-test-bot';
import { REPO_SOURCES_DIR } from '../../knowledge/article-sentences';

/** `npm start` as a child process (tsx src/main.ts), with a clean environment pointing at the fake. */
function startBot(env: Record<string, string>): { child: ChildProcessWithoutNullStreams; stderr: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.stdout.resume();
  return { child, stderr: () => stderr };
}

describe('npm start with Slack configured', () => {
  let fake: FakeSlack | undefined;
  let child: ChildProcessWithoutNullStreams | undefined;
  afterEach(async () => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await fake?.close();
  });

  it('serves Slack, and on SIGTERM stops cleanly without ever logging a token', async () => {
    fake = await startFakeSlack({ botToken: SECRETS.botToken, appToken: SECRETS.appToken, users: { [MODERATOR]: { name: 'Mona' } } });
    const bot = startBot({
      KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
      SOURCES_DIR: REPO_SOURCES_DIR,
      DATABASE_PATH: tempDatabasePath(),
      SLACK_BOT_TOKEN: SECRETS.botToken,
      SLACK_APP_TOKEN: SECRETS.appToken,
      SLACK_MODERATOR_USER_IDS: MODERATOR,
      SLACK_API_URL: fake.apiUrl,
      LOG_LEVEL: 'debug',
    });
    child = bot.child;
    await fake.connected();

    const event = mentionEvent('How many soldiers are the Dutch sending to Iraq?');
    await fake.sendEvent(event);
    expect(sectionText(await replyInThread(fake, event.ts))).toContain('145 soldiers');

    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    const [code] = await exited;
    expect(code).toBe(0);
    expect(bot.stderr()).toContain('Slack adapter stopped');
    for (const secret of Object.values(SECRETS)) expect(bot.stderr()).not.toContain(secret);
  });

  it('names a bot token that Slack refuses and exits with an error', async () => {
    fake = await startFakeSlack({ botToken: 'xoxb-the-right-one', appToken: SECRETS.appToken });
    const bot = startBot({
      KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE_DIR,
      SOURCES_DIR: REPO_SOURCES_DIR,
      DATABASE_PATH: tempDatabasePath(),
      SLACK_BOT_TOKEN: SECRETS.botToken,
      SLACK_APP_TOKEN: SECRETS.appToken,
      SLACK_API_URL: fake.apiUrl,
    });
    child = bot.child;
    const [code] = await once(child, 'exit');
    expect(code).not.toBe(0);
    expect(bot.stderr()).toContain('SLACK_BOT_TOKEN was refused by Slack');
    expect(bot.stderr()).not.toContain(SECRETS.botToken);
  });
});
