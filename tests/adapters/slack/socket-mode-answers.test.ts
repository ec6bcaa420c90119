import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SLACK_MESSAGES, SLACK_MESSAGES_NL } from '../../../src/adapters/slack/slack-messages';
import { claimText, PROVENANCE_TEXT, PROVENANCE_TEXT_NL } from '../../../src/core/provenance-text';
import { TIME_MESSAGES } from '../../../src/facts/fact-time';
import { ANSWER_MESSAGES } from '../../../commands/answer-messages';
import {
  blocksOf,
  CHANNEL,
  contextText,
  directMessageEvent,
  DM_CHANNEL,
  isReply,
  mentionEvent,
  MEMBER,
  replyInThread,
  sectionText,
  startSlackTestBot,
  type SlackTestBot,
} from './slack-test-bot';

describe('Slack adapter in Socket Mode: answering', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('answers a mention in the thread of that message, with the source and the date', async () => {
    const event = mentionEvent('How many soldiers are the Dutch sending to Iraq?');
    await bot.fake.sendEvent(event);

    const reply = await replyInThread(bot.fake, event.ts);
    expect(reply.method).toBe('chat.postMessage');
    expect(reply.args.channel).toBe(CHANNEL);
    expect(sectionText(reply)).toContain('An infantry company of 145 soldiers.');
    expect(contextText(reply)).toContain(`*${SLACK_MESSAGES.sourceLabel}:* _The Dutch send troops to Iraq to counter unpredictable militias_`);
    expect(contextText(reply)).toContain('an infantry company of 145 soldiers will be working in Iraq');
    expect(contextText(reply)).toContain(SLACK_MESSAGES.asOf('2023-07-28'));
    expect(contextText(reply)).toContain(`*${PROVENANCE_TEXT.claimLabel}:* ${claimText('reporting')}`);
    expect(sectionText(reply)).not.toContain(PROVENANCE_TEXT.caveatLabel);
  });

  it('answers a Dutch question in Dutch, the quote verbatim behind Dutch labels', async () => {
    const event = mentionEvent('hoeveel militairen stuurt nederland naar irak?');
    await bot.fake.sendEvent(event);

    const reply = await replyInThread(bot.fake, event.ts);
    expect(sectionText(reply)).toContain('*Omvang van de Nederlandse troepenmacht*');
    expect(sectionText(reply)).toContain('Een infanteriecompagnie van 145 militairen.');
    expect(contextText(reply)).toContain(`*${SLACK_MESSAGES_NL.sourceLabel}:* _The Dutch send troops to Iraq to counter unpredictable militias_`);
    expect(contextText(reply)).toContain('an infantry company of 145 soldiers will be working in Iraq');
    expect(contextText(reply)).toContain(SLACK_MESSAGES_NL.asOf('2023-07-28'));
    expect(contextText(reply)).toContain(`*${PROVENANCE_TEXT_NL.claimLabel}:* ${claimText('reporting', 'nl')}`);
  });

  it('answers a fact past its review date with its date in the text and a visible caveat in the answer itself', async () => {
    const event = mentionEvent('Who took over the Erbil mission?');
    await bot.fake.sendEvent(event);

    const reply = await replyInThread(bot.fake, event.ts);
    expect(sectionText(reply)).toContain(`${TIME_MESSAGES.asOfPrefix('July 2023')}In May the 120 Dutch soldiers`);
    expect(sectionText(reply)).toContain(`:warning: *${PROVENANCE_TEXT.caveatLabel}:* ${TIME_MESSAGES.pastReview('July 2023')}`);
    expect(String(reply.args.text)).toContain(TIME_MESSAGES.pastReview('July 2023'));
    expect(contextText(reply)).toContain(`*${PROVENANCE_TEXT.claimLabel}:* ${claimText('reporting')}`);
  });

  it('answers a mention inside a thread in that same thread', async () => {
    const event = mentionEvent('Who took over the Erbil mission?', { threadTs: '1690000000.000001' });
    await bot.fake.sendEvent(event);

    const reply = await replyInThread(bot.fake, '1690000000.000001');
    expect(sectionText(reply)).toContain('Estonia took over their mission');
  });

  it('answers a direct message in the DM', async () => {
    const event = directMessageEvent('Why are the Dutch sending troops to Iraq?');
    await bot.fake.sendEvent(event);

    const reply = await bot.fake.waitForCall('a reply in the DM', (call) => isReply(call) && call.args.channel === DM_CHANNEL);
    expect(reply.method).toBe('chat.postMessage');
    expect(reply.args.thread_ts).toBeUndefined();
    expect(sectionText(reply)).toContain("To protect NATO's military advisors in Iraq.");
  });

  it('answers a retried event only once', async () => {
    const event = mentionEvent('How big is the Dutch company?');
    await bot.fake.sendEvent(event, { eventId: 'EvRetried' });
    await replyInThread(bot.fake, event.ts);

    await bot.fake.sendEvent(event, { eventId: 'EvRetried', retryAttempt: 1 });
    await bot.fake.sendEvent(event, { eventId: 'EvRetried', retryAttempt: 2 });
    // A later event, answered after the retries were handled, then a drained shutdown.
    const later = mentionEvent('topics');
    await bot.fake.sendEvent(later);
    await replyInThread(bot.fake, later.ts);
    await bot.adapter.stop();

    expect(bot.fake.calls.filter((call) => isReply(call) && call.args.thread_ts === event.ts)).toHaveLength(1);
  });

  it("escapes Slack markup in a fact's answer, so '<!channel>', '<!here>' and '<@U123>' never ping", async () => {
    const event = mentionEvent('Who kidnapped Elizabeth Tsurkov?');
    await bot.fake.sendEvent(event);

    const reply = await replyInThread(bot.fake, event.ts);
    const everything = JSON.stringify(reply.args);
    for (const markup of ['<!channel>', '<!here>', '<@U123>']) expect(everything).not.toContain(markup);
    expect(sectionText(reply)).toContain('&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &amp; co.');
    expect(reply.args.text).toContain('&lt;!channel&gt;');
  });

  it('offers buttons for an ambiguous question, and a click answers in the thread', async () => {
    // Word for word an alternate question of two facts that rank exactly alike (see the fixture).
    const event = mentionEvent('What about the Dutch plan?');
    await bot.fake.sendEvent(event);
    const choices = await replyInThread(bot.fake, event.ts);
    expect(sectionText(choices)).toContain(ANSWER_MESSAGES.ambiguous);
    const buttons = blocksOf(choices).find((block) => block.type === 'actions')?.elements ?? [];
    // A pick carries the command it runs: show that fact, and note the question as a suggestion.
    const companySize = buttons.find((button) => button.value?.includes('id=company-size'));
    expect(companySize?.action_id).toMatch(/^reply_action_/);

    await bot.fake.sendInteractive(buttonClick({ actionId: companySize!.action_id!, value: companySize!.value!, messageTs: '1700009999.000100', threadTs: event.ts }));

    const answers = await bot.fake.waitForCall('the answer to the click', (call) => isReply(call) && call.args.thread_ts === event.ts && sectionText(call).includes('145'));
    expect(answers.method).toBe('chat.postMessage');
    expect(sectionText(answers)).toContain('An infantry company of 145 soldiers.');
  });

  it('answers a click on a button that names a fact (a topic list, an older "did you mean") in the thread', async () => {
    const event = mentionEvent('How many soldiers are the Dutch sending to Iraq?');
    await bot.fake.sendEvent(event);
    await replyInThread(bot.fake, event.ts);
    await bot.fake.sendInteractive(buttonClick({ actionId: 'show_fact_0', value: 'mission-purpose', messageTs: '1700009999.000200', threadTs: event.ts }));
    const shown = await bot.fake.waitForCall('the fact the button names', (call) => isReply(call) && call.args.thread_ts === event.ts && call.args.blocks !== undefined && JSON.stringify(call.args.blocks).includes('fact:mission-purpose'));
    expect(shown.method).toBe('chat.postMessage');
  });

  it('answers a question it cannot match politely, naming the topics it knows', async () => {
    const event = mentionEvent('What is the weather in Amsterdam?');
    await bot.fake.sendEvent(event);

    const reply = await replyInThread(bot.fake, event.ts);
    expect(sectionText(reply)).toContain(ANSWER_MESSAGES.noMatchTitle);
    expect(sectionText(reply)).toContain(ANSWER_MESSAGES.noMatch('Deployment, Erbil, Militias'));
  });

  it('says plainly when the article does not say, offering the related fact as a button', async () => {
    const event = mentionEvent('how old is the dutch infantry company');
    await bot.fake.sendEvent(event);

    const reply = await replyInThread(bot.fake, event.ts);
    expect(sectionText(reply)).toContain(ANSWER_MESSAGES.nearMissTitle);
    expect(sectionText(reply)).toContain(ANSWER_MESSAGES.nearMiss);
    const buttons = blocksOf(reply).find((block) => block.type === 'actions')?.elements ?? [];
    expect(buttons.map((button: { value?: string }) => button.value)).toEqual([expect.stringContaining('id=company-size')]);
  });

  it('answers the /facts slash command through its response URL', async () => {
    const responseUrl = bot.fake.responseUrl();
    await bot.fake.sendSlashCommand({
      command: '/facts',
      text: 'How many soldiers are the Dutch sending to Iraq?',
      user_id: MEMBER,
      user_name: 'max',
      team_id: bot.fake.teamId,
      channel_id: CHANNEL,
      response_url: responseUrl,
      trigger_id: 'trigger-1',
      api_app_id: 'AFAKE',
    });

    const response = await bot.fake.waitForCall('the slash command response', (call) => call.method === 'response_url');
    expect(response.args.response_type).toBe('in_channel');
    expect(sectionText(response)).toContain('An infantry company of 145 soldiers.');
  });

  it("ignores other bots' messages, its own, and edits, but answers people", async () => {
    await bot.fake.sendEvent(directMessageEvent('How many soldiers?', { extra: { bot_id: 'BOTHER', user: 'UOTHERBOT' } }));
    await bot.fake.sendEvent(directMessageEvent('How many soldiers?', { user: bot.fake.botUserId }));
    await bot.fake.sendEvent(directMessageEvent('How many soldiers?', { extra: { subtype: 'message_changed' } }));
    await bot.fake.sendEvent({ ...mentionEvent('How many soldiers?'), bot_id: 'BOTHER' });
    const person = directMessageEvent('How many soldiers are the Dutch sending to Iraq?');
    await bot.fake.sendEvent(person);
    await bot.fake.waitForCall('the reply to the person', (call) => isReply(call) && call.args.channel === DM_CHANNEL);
    await bot.adapter.stop();

    expect(bot.fake.calls.filter(isReply)).toHaveLength(1);
  });
});

function buttonClick({ actionId, value, messageTs, threadTs }: { actionId: string; value: string; messageTs: string; threadTs: string }) {
  return {
    type: 'block_actions',
    user: { id: MEMBER, username: 'max', name: 'max', team_id: 'T0FAKE' },
    api_app_id: 'AFAKE',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: CHANNEL, is_ephemeral: false, thread_ts: threadTs },
    trigger_id: 'trigger-2',
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: CHANNEL, name: 'general' },
    message: { type: 'message', user: 'UBOT', ts: messageTs, thread_ts: threadTs, text: 'Did you mean…' },
    actions: [{ action_id: actionId, block_id: 'choices', text: { type: 'plain_text', text: 'Size of the Dutch force' }, value, type: 'button', action_ts: '1700009999.5' }],
  };
}
