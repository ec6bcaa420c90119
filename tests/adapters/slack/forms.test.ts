import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/core/messages';
import { MODERATION_MESSAGES } from '../../../src/moderation/messages';
import { FEEDBACK_MESSAGES } from '../../../src/feedback/feedback-messages';
import { EDIT_FACT_SHORTCUT } from '../../../src/adapters/slack/listeners/shortcuts/edit-fact';
import { FACT_FORM_CALLBACK } from '../../../src/adapters/slack/fact-form-view';
import { SLACK_MESSAGES } from '../../../src/adapters/slack/slack-messages';
import type { RecordedCall } from '../../fakes/slack/fake-slack';
import { appHomeOpened, initialValues, messageShortcut, viewSubmission } from '../../fakes/slack/slack-interactions';
import { CHANNEL, MEMBER, mentionEvent, MODERATOR, replyInThread, sectionText, sendSlash, startSlackTestBot, viewOpenedBy, type SlackTestBot } from './slack-test-bot';

const ISIS_QUOTE = 'However, the fight against ISIS, which between 2014 and 2017 occupied a third of Iraq, is still one of the reasons for sending troops.';
const NEW_FACT = {
  id: 'isis-occupation',
  title: 'How much of Iraq ISIS occupied',
  answer: 'Between 2014 and 2017, ISIS occupied a third of Iraq.',
  questions: 'How much of Iraq did ISIS occupy?',
  keywords: 'ISIS, third of Iraq',
  quotes: ISIS_QUOTE,
  topic: 'isis',
  claim: 'reporting',
  date: '2014/2017',
};

describe('Slack forms: /facts add and /facts edit open a modal, submitted through the command layer', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const openedBy = (action: () => Promise<void>) => viewOpenedBy(bot.fake, action);

  const slash = (text: string, user: string) => sendSlash(bot.fake, text, user);
  const ephemeralTo = (user: string, after: number) =>
    bot.fake.waitForCall(`an ephemeral reply to ${user}`, (call) => call.method === 'chat.postEphemeral' && call.args.user === user && bot.fake.calls.indexOf(call) >= after);

  async function ask(text: string): Promise<RecordedCall> {
    const event = mentionEvent(text);
    await bot.fake.sendEvent(event);
    return replyInThread(bot.fake, event.ts);
  }

  it('a moderator adds a fact through the modal, and the next question finds it', async () => {
    const view = await openedBy(() => slash('add', MODERATOR));
    expect(view.callback_id).toBe(FACT_FORM_CALLBACK);
    expect(view.blocks.map((block) => block.block_id)).toEqual(expect.arrayContaining(['id', 'title', 'answer', 'quotes', 'topic', 'claim', 'date']));
    expect(view.blocks.find((block) => block.block_id === 'claim')?.element?.type).toBe('static_select');

    const before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(view, MODERATOR, NEW_FACT));
    const confirmation = await ephemeralTo(MODERATOR, before);
    expect(confirmation.args.channel).toBe(CHANNEL);
    expect(sectionText(confirmation)).toContain(MODERATION_MESSAGES.addedTitle);

    const stored = await bot.core.store.getFact('isis-occupation');
    expect(stored).toMatchObject({ answer: NEW_FACT.answer, date: '2014/2017', claim: 'reporting' });
    const [added] = await bot.core.store.history('isis-occupation');
    expect(added?.author).toMatchObject({ platform: 'slack', userId: MODERATOR, location: `slack team ${bot.fake.teamId} channel ${CHANNEL}` });
    expect(sectionText(await ask('How much of Iraq did ISIS occupy?'))).toContain(NEW_FACT.answer);
  });

  it('prefills the edit form from the fact and bases the edit on the revision it showed', async () => {
    const view = await openedBy(() => slash('edit company-size', MODERATOR));
    expect(initialValues(view)).toMatchObject({ title: 'Size of the Dutch force', answer: 'An infantry company of 145 soldiers.' });
    expect(JSON.parse(view.private_metadata).carried).toEqual({ id: 'company-size', base: '1' });

    const before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(view, MODERATOR, { answer: 'An infantry company of 145 Dutch soldiers.' }));
    expect(sectionText(await ephemeralTo(MODERATOR, before))).toContain(MODERATION_MESSAGES.updatedTitle);
    expect(await bot.core.store.getFact('company-size')).toMatchObject({ revision: 2, answer: 'An infantry company of 145 Dutch soldiers.', title: 'Size of the Dutch force' });
  });

  it('refuses a form submitted after someone else changed the fact, and nothing is saved', async () => {
    const view = await openedBy(() => slash('edit company-size', MODERATOR));
    const edit = mentionEvent('fact edit company-size --title "Size of the company" --base 1', { user: MODERATOR });
    await bot.fake.sendEvent(edit);
    await replyInThread(bot.fake, edit.ts);

    const before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(view, MODERATOR, { answer: 'Stale answer.' }));
    expect(sectionText(await ephemeralTo(MODERATOR, before))).toContain('has changed since revision 1');
    expect(await bot.core.store.getFact('company-size')).toMatchObject({ revision: 2, answer: 'An infantry company of 145 soldiers.' });
  });

  it("refuses a non-moderator's forged submission, and nothing changes", async () => {
    const moderatorsView = await openedBy(() => slash('add', MODERATOR));
    const before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(moderatorsView, MEMBER, NEW_FACT));
    expect(sectionText(await ephemeralTo(MEMBER, before))).toContain(MESSAGES.notAModerator);
    expect(await bot.core.store.getFact('isis-occupation')).toBeUndefined();
    expect(bot.logs()).toContain('refused a moderator command from a non-moderator');
  });

  it('answers a non-moderator\'s "/facts add" with the refusal instead of a form', async () => {
    await slash('add', MEMBER);
    const response = await bot.fake.waitForCall('the refusal', (call) => call.method === 'response_url');
    expect(response.args.response_type).toBe('ephemeral');
    expect(sectionText(response)).toContain(MESSAGES.notAModerator);
    expect(bot.fake.calls.some((call) => call.method === 'views.open')).toBe(false);
  });

  it('opens the edit form from the "Edit this fact" shortcut on an answer, and explains on any other message', async () => {
    const answer = await ask('How many soldiers are the Dutch sending to Iraq?');
    const view = await openedBy(() =>
      bot.fake.sendInteractive(messageShortcut(EDIT_FACT_SHORTCUT, MODERATOR, { text: answer.args.text, blocks: answer.args.blocks }, bot.fake.responseUrl())),
    );
    expect(JSON.parse(view.private_metadata)).toMatchObject({ command: 'fact edit', carried: { id: 'company-size', base: '1' }, channel: CHANNEL });

    await bot.fake.sendInteractive(messageShortcut(EDIT_FACT_SHORTCUT, MODERATOR, { text: 'hello', blocks: [] }, bot.fake.responseUrl()));
    const response = await bot.fake.waitForCall('the explanation', (call) => call.method === 'response_url');
    expect(sectionText(response)).toContain(SLACK_MESSAGES.notAFactAnswer.slice(0, 40));
  });
});

describe('Slack App Home', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const published = async (user: string) => {
    await bot.fake.sendEvent(appHomeOpened(user));
    const call = await bot.fake.waitForCall(`views.publish for ${user}`, (candidate) => candidate.method === 'views.publish' && candidate.args.user_id === user);
    return JSON.stringify(call.args.view);
  };

  it('shows moderators what needs review, and the topics', async () => {
    const home = await published(MODERATOR);
    expect(home).toContain('"type":"home"');
    expect(home).toContain(SLACK_MESSAGES.homeReviewHeading);
    expect(home).toContain(FEEDBACK_MESSAGES.reviewTitle);
    expect(home).toContain(MODERATION_MESSAGES.staleTitle);
    expect(home).toContain(SLACK_MESSAGES.homeTopicsHeading);
  });

  it('shows members the topics only', async () => {
    const home = await published(MEMBER);
    expect(home).toContain(SLACK_MESSAGES.homeTopicsHeading);
    expect(home).not.toContain(SLACK_MESSAGES.homeReviewHeading);
    expect(home).not.toContain(FEEDBACK_MESSAGES.reviewTitle);
  });
});
