import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factEditCommand } from '../../../commands/fact-edit';
import { DUTCH_EDIT_FACT_SHORTCUT, EDIT_FACT_SHORTCUT } from '../../../src/adapters/slack/listeners/shortcuts/edit-fact';
import { SLACK_MESSAGES, SLACK_MESSAGES_NL } from '../../../src/adapters/slack/slack-messages';
import { MESSAGES_NL } from '../../../src/core/messages';
import { FEEDBACK_MESSAGES } from '../../../src/feedback/feedback-messages';
import { FEEDBACK_MESSAGES_NL } from '../../../src/feedback/feedback-messages-nl';
import { MODERATION_MESSAGES } from '../../../src/moderation/messages';
import { MODERATION_MESSAGES_NL } from '../../../src/moderation/messages-nl';
import { appHomeOpened, messageShortcut, viewSubmission } from '../../fakes/slack/slack-interactions';
import { askByMention, DUTCH_MODERATOR, MEMBER, MODERATOR, sectionText, sendSlash, startSlackTestBot, viewOpenedBy, type ShownView, type SlackTestBot } from './slack-test-bot';


/** Real @slack/bolt against the fake Slack: forms, help and the App Home in Dutch. */
describe('Slack in Dutch: forms, option help and the App Home', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const openedBy = (action: () => Promise<void>) => viewOpenedBy(bot.fake, action);
  const slash = (text: string, user: string) => sendSlash(bot.fake, text, user);
  const input = (view: ShownView, name: string) => view.blocks.find((block) => block.block_id === name)!;
  const option = (name: string) => factEditCommand.options.find((candidate) => candidate.name === name)!;

  it('opens "/facts bewerk <id>" as a Dutch form, and answers its submission in Dutch, though the moderator\'s Slack is English', async () => {
    const view = await openedBy(() => slash('bewerk company-size', MODERATOR));
    expect(view.title.text).toBe('Bewerken company-size');
    expect([view.submit.text, view.close.text]).toEqual([SLACK_MESSAGES_NL.formSubmit, SLACK_MESSAGES_NL.formClose]);
    expect(input(view, 'title').label?.text).toBe('Titel');
    expect(input(view, 'review_by').label?.text).toBe(option('review_by').dutch!.label);
    expect(input(view, 'answer').hint?.text).toBe(option('answer').dutch!.description);

    const before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(view, MODERATOR, { answer: 'Een compagnie van 145 militairen.' }));
    const confirmation = await bot.fake.waitForCall('the confirmation', (call) => call.method === 'chat.postEphemeral' && bot.fake.calls.indexOf(call) >= before);
    expect(sectionText(confirmation)).toContain(MODERATION_MESSAGES_NL.updatedTitle);
  });

  it('answers "/facts bewerk" in Dutch where it opens no form: a member is refused, an unknown fact named', async () => {
    const responses = () => bot.fake.calls.filter((call) => call.method === 'response_url');
    await slash('bewerk company-size', MEMBER);
    const refusal = await bot.fake.waitForCall('the refusal', (call) => call.method === 'response_url');
    expect(sectionText(refusal)).toContain(MESSAGES_NL.notAModerator);

    await slash('bewerk no-such-fact', MODERATOR);
    const unknown = await bot.fake.waitForCall('the unknown fact', (call) => call.method === 'response_url' && responses().indexOf(call) === 1);
    expect(sectionText(unknown)).toContain('Er is geen feit met de id');
    expect(bot.fake.calls.some((call) => call.method === 'views.open')).toBe(false);
  });

  it('opens "/facts edit <id>" in English for a moderator whose Slack is English, and in Dutch for one whose Slack is Dutch', async () => {
    const english = await openedBy(() => slash('edit company-size', MODERATOR));
    expect([english.title.text, english.submit.text, input(english, 'title').label?.text]).toEqual(['Edit company-size', SLACK_MESSAGES.formSubmit, 'Title']);
    expect(input(english, 'answer').hint?.text).toBe(option('answer').description);

    const dutch = await openedBy(() => slash('add', DUTCH_MODERATOR));
    expect([dutch.title.text, dutch.submit.text, input(dutch, 'quotes').label?.text]).toEqual(['Feit toevoegen', SLACK_MESSAGES_NL.formSubmit, 'Citaten']);
  });

  it('opens the "Edit this fact" shortcut\'s form in the language of the moderator\'s Slack, and "Dit feit bewerken" in Dutch', async () => {
    const { reply } = await askByMention(bot.fake, 'How many soldiers are the Dutch sending to Iraq?');
    const shortcut = (user: string) => bot.fake.sendInteractive(messageShortcut(EDIT_FACT_SHORTCUT, user, { text: reply.args.text, blocks: reply.args.blocks }, bot.fake.responseUrl()));
    expect((await openedBy(() => shortcut(DUTCH_MODERATOR))).title.text).toBe('Bewerken company-size');
    expect((await openedBy(() => shortcut(MODERATOR))).title.text).toBe('Edit company-size');
    const dutchShortcut = () => bot.fake.sendInteractive(messageShortcut(DUTCH_EDIT_FACT_SHORTCUT, MODERATOR, { text: reply.args.text, blocks: reply.args.blocks }, bot.fake.responseUrl()));
    expect((await openedBy(dutchShortcut)).title.text).toBe('Bewerken company-size');
  });

  it('lists the Dutch descriptions of a command\'s options for "hulp vraag"', async () => {
    const { reply } = await askByMention(bot.fake, 'hulp vraag');
    expect(sectionText(reply)).toContain('Je vraag, in je eigen woorden');
    expect(sectionText(reply)).not.toContain('Your question, in your own words');
  });

  it('shows a moderator whose Slack is Dutch the review part of the App Home in Dutch too', async () => {
    await bot.fake.sendEvent(appHomeOpened(DUTCH_MODERATOR));
    const call = await bot.fake.waitForCall('views.publish', (candidate) => candidate.method === 'views.publish' && candidate.args.user_id === DUTCH_MODERATOR);
    const home = JSON.stringify(call.args.view);
    for (const dutch of [SLACK_MESSAGES_NL.homeReviewHeading, SLACK_MESSAGES_NL.homeTopicsHeading, FEEDBACK_MESSAGES_NL.reviewTitle, MODERATION_MESSAGES_NL.staleTitle]) expect(home).toContain(dutch);
    for (const english of [SLACK_MESSAGES.homeReviewHeading, FEEDBACK_MESSAGES.reviewTitle, MODERATION_MESSAGES.staleTitle]) expect(home).not.toContain(english);
  });
});
