import { afterEach, describe, expect, it } from 'vitest';
import { startSlackAdapter } from '../../../src/adapters/slack/slack-adapter';
import { createRegistry } from '../../../src/core/registry';
import { ConfigError } from '../../../src/config';
import { MESSAGES } from '../../../src/core/messages';
import { createLogger } from '../../../src/logger';
import { startFakeSlack, type FakeSlack } from '../../fakes/slack/fake-slack';
import { showsWithin } from '../../helpers/eventually';
import { isReply, mentionEvent, MODERATOR, replyInThread, SECRETS, sectionText, startSlackTestBot, type SlackTestBot } from './slack-test-bot';

describe('Slack adapter in Socket Mode: failures and shutdown', () => {
  let bot: SlackTestBot | undefined;
  let fake: FakeSlack | undefined;
  afterEach(async () => {
    await bot?.stop();
    await fake?.close();
    bot = undefined;
    fake = undefined;
  });

  it("answers 'something went wrong' when a command fails, and keeps serving", async () => {
    bot = await startSlackTestBot({ logLevel: 'error' });
    const store = bot.core.store;
    const getFact = store.getFact.bind(store);
    store.getFact = async () => {
      store.getFact = getFact;
      throw new Error('the disk is on fire');
    };
    // A moderator's `fact show` reads the store (members read the live index).
    const failing = mentionEvent('fact show company-size', { user: MODERATOR });
    await bot.fake.sendEvent(failing);
    const apology = await replyInThread(bot.fake, failing.ts);
    expect(sectionText(apology)).toContain(MESSAGES.somethingWentWrong);
    expect(bot.logs()).toContain('the disk is on fire');

    const next = mentionEvent('How many soldiers are the Dutch sending to Iraq?');
    await bot.fake.sendEvent(next);
    expect(sectionText(await replyInThread(bot.fake, next.ts))).toContain('145 soldiers');
  });

  it('apologises when Slack refuses a reply, and keeps serving', async () => {
    bot = await startSlackTestBot({ logLevel: 'error' });
    bot.fake.failNext('chat.postMessage', 'invalid_blocks');
    const refused = mentionEvent('How many soldiers are the Dutch sending to Iraq?');
    await bot.fake.sendEvent(refused);
    const apology = await bot.fake.waitForCall('an apology', (call) => isReply(call) && call.args.thread_ts === refused.ts && sectionText(call).includes(MESSAGES.somethingWentWrong));
    expect(apology.args.user).toBe(refused.user);

    const next = mentionEvent('Who took over the Erbil mission?');
    await bot.fake.sendEvent(next);
    expect(sectionText(await replyInThread(bot.fake, next.ts))).toContain('Estonia');
  });

  it('never writes a token or the signing secret to the logs, even at debug level', async () => {
    bot = await startSlackTestBot({ logLevel: 'debug' });
    const event = mentionEvent('How many soldiers are the Dutch sending to Iraq?');
    await bot.fake.sendEvent(event);
    await replyInThread(bot.fake, event.ts);
    await bot.adapter.stop();

    const logs = bot.logs();
    expect(logs).toContain('Slack adapter started');
    for (const secret of Object.values(SECRETS)) expect(logs).not.toContain(secret);
  });

  it('names a bot token that Slack refuses, without printing it', async () => {
    fake = await startFakeSlack({ botToken: 'xoxb-the-right-one', appToken: SECRETS.appToken });
    const start = startSlackAdapter({
      config: { botToken: SECRETS.botToken, appToken: SECRETS.appToken, moderatorUserIds: [], apiUrl: fake.apiUrl, port: 3000 },
      core: { dispatcher: unusedDispatcher(), registry: createRegistry([]) },
      logger: createLogger('silent'),
    });
    const error = await start.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('SLACK_BOT_TOKEN was refused by Slack (auth.test: invalid_auth)');
    expect(String(error)).not.toContain(SECRETS.botToken);
  });

  it('names an app-level token that Slack refuses', async () => {
    fake = await startFakeSlack({ botToken: SECRETS.botToken, appToken: 'xapp-the-right-one' });
    const error = await startSlackAdapter({
      config: { botToken: SECRETS.botToken, appToken: SECRETS.appToken, moderatorUserIds: [], apiUrl: fake.apiUrl, port: 3000 },
      core: { dispatcher: unusedDispatcher(), registry: createRegistry([]) },
      logger: createLogger('silent'),
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ConfigError);
    expect(String(error)).toContain('SLACK_APP_TOKEN was refused by Slack');
    expect(String(error)).not.toContain(SECRETS.appToken);
  });

  it('lets a reply in flight finish before it stops', async () => {
    bot = await startSlackTestBot();
    const release = bot.fake.holdNext('chat.postMessage');
    const event = mentionEvent('How many soldiers are the Dutch sending to Iraq?');
    await bot.fake.sendEvent(event);
    await bot.fake.waitForCall('the held reply', (call) => call.method === 'chat.postMessage');

    const order: string[] = [];
    const stopped = bot.adapter.stop().then(() => order.push('stopped'));
    await bot.fake.disconnected();
    // Room for a shutdown that does not wait to show itself.
    await showsWithin(() => order.includes('stopped'));
    order.push('released');
    release();
    await stopped;

    expect(order).toEqual(['released', 'stopped']);
  });
});

function unusedDispatcher() {
  const fail = () => Promise.reject(new Error('not used in this test'));
  return { handleText: fail, handleCommand: fail, handleAction: fail, autocomplete: fail, formDefaults: fail, mayRun: () => false };
}
