import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FEEDBACK_MESSAGES } from '../../../src/feedback/feedback-messages';
import { askByMention, blocksOf, CHANNEL, MEMBER, MODERATOR, sectionText, startSlackTestBot, type SlackTestBot } from './slack-test-bot';

type Button = { action_id: string; value: string; text: { text: string }; style?: string };

function buttonsOf(call: Parameters<typeof blocksOf>[0]): Button[] {
  return blocksOf(call)
    .filter((block) => block.type === 'actions')
    .flatMap((block) => (block as unknown as { elements: Button[] }).elements);
}

function click(user: string, button: Button, messageTs: string, threadTs: string) {
  return {
    type: 'block_actions',
    user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: 'T0FAKE' },
    api_app_id: 'AFAKE',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: CHANNEL, is_ephemeral: false, thread_ts: threadTs },
    trigger_id: 'trigger-feedback',
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: CHANNEL, name: 'general' },
    message: { type: 'message', user: 'UBOT', ts: messageTs, thread_ts: threadTs, text: 'answer' },
    actions: [{ action_id: button.action_id, block_id: 'b', text: { type: 'plain_text', text: button.text.text }, value: button.value, type: 'button', action_ts: '1700009999.5' }],
  };
}

describe('Slack adapter in Socket Mode: feedback that teaches', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const ask = (text: string, user = MEMBER) => askByMention(bot.fake, text, user);

  async function ephemeralTo(user: string, containing: string) {
    return bot.fake.waitForCall(`a private reply to ${user}`, (call) => call.method === 'chat.postEphemeral' && call.args.user === user && JSON.stringify(call.args).includes(containing));
  }

  it('an answer carries Helpful / Not helpful; a vote is acknowledged privately and shows in fact gaps', async () => {
    const { event, reply } = await ask('number of soldiers the dutch are sending to iraq');
    expect(sectionText(reply)).toContain('145 soldiers');
    const helpful = buttonsOf(reply).find((button) => button.text.text === FEEDBACK_MESSAGES.helpfulLabel)!;
    expect(buttonsOf(reply).map((button) => button.text.text)).toEqual([FEEDBACK_MESSAGES.helpfulLabel, FEEDBACK_MESSAGES.notHelpfulLabel]);

    await bot.fake.sendInteractive(click(MEMBER, helpful, '1700009999.000100', event.ts));
    await ephemeralTo(MEMBER, FEEDBACK_MESSAGES.voteRecorded(true));

    await ask('fact gaps', MODERATOR);
    const review = await ephemeralTo(MODERATOR, 'number of soldiers the dutch are sending to iraq');
    expect(JSON.stringify(review.args)).toMatch(/#\d+ “number of soldiers the dutch are sending to iraq” → `company-size` — once/);
    expect(JSON.stringify(review.args)).not.toContain(MEMBER);
  });

  it('a picked "did you mean" becomes a suggestion; Accept makes the question answer directly next time', async () => {
    const question = 'Who are the soldiers?';
    const { event, reply } = await ask(question);
    expect(sectionText(reply)).not.toContain('145 soldiers');
    const pick = buttonsOf(reply).find((button) => button.text.text === 'Size of the Dutch force')!;
    await bot.fake.sendInteractive(click(MEMBER, pick, '1700009999.000200', event.ts));
    await bot.fake.waitForCall('the picked fact', (call) => call.method === 'chat.postMessage' && call.args.thread_ts === event.ts && JSON.stringify(call.args).includes('145 soldiers'));

    await ask('fact gaps', MODERATOR);
    const review = await ephemeralTo(MODERATOR, question);
    const number = Number(/#(\d+) “Who are the soldiers\?” → `company-size`/.exec(JSON.stringify(review.args))?.[1]);
    expect(number).toBeGreaterThan(0);
    const accept = buttonsOf(review).find((button) => button.text.text === FEEDBACK_MESSAGES.acceptLabel(number))!;
    expect(accept.style).toBe('primary');

    await bot.fake.sendInteractive(click(MODERATOR, accept, '1700009999.000300', event.ts));
    await ephemeralTo(MODERATOR, question);
    expect((await bot.core.store.getFact('company-size'))!.questions).toContain(question);
    expect((await bot.core.store.history('company-size')).at(-1)).toMatchObject({ action: 'edit', author: { platform: 'slack', userId: MODERATOR } });

    const { reply: again } = await ask(question);
    expect(sectionText(again)).toContain('An infantry company of 145 soldiers.');
  });
});
