import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES_NL } from '../../../commands/answer-messages-nl';
import { DUTCH_SLASH_COMMAND } from '../../../src/adapters/slack/listeners/commands/facts-command';
import { SLACK_MESSAGES_NL } from '../../../src/adapters/slack/slack-messages';
import { MESSAGES_NL } from '../../../src/core/messages';
import { MODERATION_MESSAGES_NL } from '../../../src/moderation/messages-nl';
import { appHomeOpened } from '../../fakes/slack/slack-interactions';
import { askByMention, blocksOf, CHANNEL, contextText, DUTCH_MEMBER, isReply, MEMBER, MODERATOR, sectionText, sendSlash, startSlackTestBot, viewOpenedBy, type SlackTestBot } from './slack-test-bot';

/** Real @slack/bolt against the fake Slack: a Dutch question's buttons, help and moderation answer in Dutch. */
describe('Slack adapter in Socket Mode: Dutch all the way through', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const ask = (text: string, user = MEMBER) => askByMention(bot.fake, text, user);

  it('a related-fact button under a Dutch near miss answers in Dutch, with Dutch labels', async () => {
    const { event, reply } = await ask('hoe oud zijn de nederlandse militairen die naar irak gaan');
    expect(sectionText(reply)).toContain(ANSWER_MESSAGES_NL.nearMissTitle);
    const button = (blocksOf(reply).find((block) => block.type === 'actions')?.elements ?? []).find((element) => element.value?.includes('id=company-size'));
    expect(button?.value).toContain('lang=nl');

    await bot.fake.sendInteractive(buttonClick({ actionId: button!.action_id!, value: button!.value!, messageTs: '1700009999.000200', threadTs: event.ts }));
    const answer = await bot.fake.waitForCall('the answer to the click', (call) => isReply(call) && call.args.thread_ts === event.ts && sectionText(call).includes('145'));
    expect(sectionText(answer)).toContain('*Omvang van de Nederlandse troepenmacht*');
    expect(sectionText(answer)).toContain('Een infanteriecompagnie van 145 militairen.');
    expect(contextText(answer)).toContain(`*${SLACK_MESSAGES_NL.sourceLabel}:*`);
  });

  it('answers "hulp" with the help in Dutch, and "help" too when the user\'s Slack is set to Dutch', async () => {
    const { reply } = await ask('hulp');
    expect(sectionText(reply)).toContain(ANSWER_MESSAGES_NL.helpTitle);
    const { reply: english } = await ask('help');
    expect(sectionText(english)).not.toContain(ANSWER_MESSAGES_NL.helpTitle);
    const { reply: fromDutchSlack } = await ask('help', DUTCH_MEMBER);
    expect(sectionText(fromDutchSlack)).toContain(ANSWER_MESSAGES_NL.helpTitle);
    const { reply: refused } = await ask('fact remove company-size', DUTCH_MEMBER);
    expect(sectionText(refused)).toContain(MESSAGES_NL.notAModerator);
  });

  it('answers /feiten in Dutch from an English Slack, unless the words after it are English, and opens its forms in Dutch', async () => {
    const responses = () => bot.fake.calls.filter((call) => call.method === 'response_url');
    const respondedTo = async (text: string, user = MEMBER) => {
      const before = responses().length;
      await sendSlash(bot.fake, text, user, DUTCH_SLASH_COMMAND);
      return bot.fake.waitForCall(`the answer to /feiten ${text}`, (call) => call.method === 'response_url' && responses().indexOf(call) === before);
    };
    expect(sectionText(await respondedTo('help'))).toContain(ANSWER_MESSAGES_NL.helpTitle);
    expect(sectionText(await respondedTo(''))).toContain(ANSWER_MESSAGES_NL.emptyQuestionTitle);
    const english = sectionText(await respondedTo('How many soldiers are the Dutch sending to Iraq?'));
    expect(english).toContain('An infantry company of 145 soldiers.');

    const view = await viewOpenedBy(bot.fake, () => sendSlash(bot.fake, 'edit company-size', MODERATOR, DUTCH_SLASH_COMMAND));
    expect(view.title.text).toBe('Bewerken company-size');
  });

  it('shows the App Home in Dutch to a user whose Slack is set to Dutch', async () => {
    await bot.fake.sendEvent(appHomeOpened(DUTCH_MEMBER));
    const call = await bot.fake.waitForCall('views.publish', (candidate) => candidate.method === 'views.publish' && candidate.args.user_id === DUTCH_MEMBER);
    const home = JSON.stringify(call.args.view);
    expect(home).toContain(SLACK_MESSAGES_NL.homeTopicsHeading);
    expect(home).toContain(ANSWER_MESSAGES_NL.topicsTitle);
  });

  it('refuses a Dutch moderator command from a member in Dutch, and answers a moderator in Dutch', async () => {
    const { reply: refusal } = await ask('fact verwijder company-size', MEMBER);
    expect(sectionText(refusal)).toContain(MESSAGES_NL.notAModerator);

    const { reply: done } = await ask('fact verwijder company-size', MODERATOR);
    expect(sectionText(done)).toContain(MODERATION_MESSAGES_NL.retiredTitle);
    expect(sectionText(done)).toContain('buiten gebruik gezet (revisie 2)');
  });
});

function buttonClick({ actionId, value, messageTs, threadTs }: { actionId: string; value: string; messageTs: string; threadTs: string }) {
  return {
    type: 'block_actions',
    user: { id: MEMBER, username: 'max', name: 'max', team_id: 'T0FAKE' },
    api_app_id: 'AFAKE',
    token: 'legacy-verification-token',
    container: { type: 'message', message_ts: messageTs, channel_id: CHANNEL, is_ephemeral: false, thread_ts: threadTs },
    trigger_id: 'trigger-3',
    team: { id: 'T0FAKE', domain: 'fake' },
    channel: { id: CHANNEL, name: 'general' },
    message: { type: 'message', user: 'UBOT', ts: messageTs, thread_ts: threadTs, text: 'Dat staat niet in het artikel' },
    actions: [{ action_id: actionId, block_id: 'choices', text: { type: 'plain_text', text: 'Omvang van de Nederlandse troepenmacht' }, value, type: 'button', action_ts: '1700009999.6' }],
  };
}
