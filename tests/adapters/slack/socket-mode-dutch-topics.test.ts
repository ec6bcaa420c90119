import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES_NL } from '../../../commands/answer-messages-nl';
import { appHomeOpened } from '../../fakes/slack/slack-interactions';
import { askByMention, DUTCH_MEMBER, MEMBER, sectionText, startSlackTestBot, type SlackTestBot } from './slack-test-bot';

/** Real @slack/bolt against the fake Slack, with the fixtures' topics.yaml: topic names in Dutch. */
describe('Slack: topic names in Dutch', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  it('lists one topic in Dutch for a mention that is just its Dutch name, whoever asks', async () => {
    const { reply } = await askByMention(bot.fake, 'uitzending', MEMBER);
    expect(sectionText(reply)).toContain(ANSWER_MESSAGES_NL.topicFactsTitle('Inzet'));
  });

  it("shows the topics under their Dutch labels on a Dutch user's App Home", async () => {
    await bot.fake.sendEvent(appHomeOpened(DUTCH_MEMBER));
    const call = await bot.fake.waitForCall('views.publish', (candidate) => candidate.method === 'views.publish' && candidate.args.user_id === DUTCH_MEMBER);
    const home = JSON.stringify(call.args.view);
    expect(home).toContain('*Milities* (');
    expect(home).toContain('*Inzet* (');
    expect(home).not.toContain('*Militias*');
  });
});
