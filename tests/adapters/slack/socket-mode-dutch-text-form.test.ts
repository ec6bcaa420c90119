import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factDutchCommand } from '../../../commands/fact-dutch';
import { FACT_FORM_CALLBACK } from '../../../src/adapters/slack/fact-form-view';
import { SLACK_MESSAGES, SLACK_MESSAGES_NL } from '../../../src/adapters/slack/slack-messages';
import { MESSAGES, MESSAGES_NL } from '../../../src/core/messages';
import { MODERATION_MESSAGES } from '../../../src/moderation/messages';
import { MODERATION_MESSAGES_NL } from '../../../src/moderation/messages-nl';
import { initialValues, viewSubmission } from '../../fakes/slack/slack-interactions';
import { CHANNEL, DUTCH_MODERATOR, MEMBER, mentionEvent, MODERATOR, replyInThread, sectionText, sendSlash, startSlackTestBot, viewOpenedBy, type ShownView, type SlackTestBot } from './slack-test-bot';


const DUTCH_ANSWER = 'Een infanteriecompagnie van 145 Nederlandse militairen.';

/** Real @slack/bolt against the fake Slack: `/facts dutch <id>` opens the form Discord has for `fact dutch`. */
describe('Slack: the form for a fact\'s Dutch text', () => {
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
  const input = (view: ShownView, name: string) => view.blocks.find((block) => block.block_id === name)!;
  const option = (name: string) => factDutchCommand.options.find((candidate) => candidate.name === name)!;

  it('opens "/facts dutch <id>" prefilled with the Dutch text as it is, and saves the change as a revision by the moderator', async () => {
    const view = await openedBy(() => slash('dutch company-size', MODERATOR));
    expect(view.callback_id).toBe(FACT_FORM_CALLBACK);
    expect([view.title.text, view.submit.text]).toEqual(['Dutch text company-size', SLACK_MESSAGES.formSubmit]);
    expect(view.blocks.map((block) => block.block_id)).toEqual(['nl_title', 'nl_answer', 'nl_questions']);
    expect(input(view, 'nl_answer').label?.text).toBe('Dutch answer');
    expect(input(view, 'nl_answer').hint?.text).toBe(option('nl_answer').description);
    expect(initialValues(view)).toEqual({
      nl_title: 'Omvang van de Nederlandse troepenmacht',
      nl_answer: 'Een infanteriecompagnie van 145 militairen.',
      nl_questions: 'Hoeveel Nederlandse soldaten gaan naar Irak?\nhoeveel militairen stuurt nederland',
    });
    expect(JSON.parse(view.private_metadata).carried).toEqual({ id: 'company-size', base: '1' });

    const before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(view, MODERATOR, { nl_answer: DUTCH_ANSWER }));
    const confirmation = await ephemeralTo(MODERATOR, before);
    expect(confirmation.args.channel).toBe(CHANNEL);
    expect(sectionText(confirmation)).toContain(MODERATION_MESSAGES.updatedTitle);
    const stored = await bot.core.store.getFact('company-size');
    expect(stored).toMatchObject({ revision: 2, answer: 'An infantry company of 145 soldiers.' });
    expect(stored?.nl).toEqual({ title: 'Omvang van de Nederlandse troepenmacht', answer: DUTCH_ANSWER, questions: ['Hoeveel Nederlandse soldaten gaan naar Irak?', 'hoeveel militairen stuurt nederland'] });
    const [, revision] = await bot.core.store.history('company-size');
    expect(revision?.author).toMatchObject({ platform: 'slack', userId: MODERATOR, location: `slack team ${bot.fake.teamId} channel ${CHANNEL}` });

    // The next Dutch question is answered with the new text.
    const question = mentionEvent('Hoeveel Nederlandse soldaten gaan naar Irak?');
    await bot.fake.sendEvent(question);
    expect(sectionText(await replyInThread(bot.fake, question.ts))).toContain(DUTCH_ANSWER);
  });

  it('opens in Dutch by the Dutch name, "/facts nederlands <id>", and for a moderator whose Slack is Dutch; the answer keeps the form\'s language', async () => {
    const dutch = await openedBy(() => slash('nederlands company-size', MODERATOR));
    expect([dutch.title.text, dutch.submit.text]).toEqual(['Nederlands company-size', SLACK_MESSAGES_NL.formSubmit]);
    expect(input(dutch, 'nl_title').label?.text).toBe(option('nl_title').dutch!.label);
    expect(input(dutch, 'nl_questions').hint?.text).toBe(option('nl_questions').dutch!.description);
    expect((await openedBy(() => slash('dutch company-size', DUTCH_MODERATOR))).title.text).toBe('Nederlands company-size');

    const before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(dutch, MODERATOR, { nl_answer: DUTCH_ANSWER }));
    expect(sectionText(await ephemeralTo(MODERATOR, before))).toContain(MODERATION_MESSAGES_NL.updatedTitle);
  });

  it('answers a submission that changes nothing, or empties the Dutch answer, politely in the form\'s language, and saves nothing', async () => {
    const view = await openedBy(() => slash('nederlands company-size', MODERATOR));
    let before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(view, MODERATOR, {}));
    // Slack shows the catalogue's **bold** as *bold*.
    expect(sectionText(await ephemeralTo(MODERATOR, before))).toContain(MODERATION_MESSAGES_NL.unchanged('company-size').replaceAll('**', '*'));
    before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(view, MODERATOR, { nl_answer: null }));
    expect(sectionText(await ephemeralTo(MODERATOR, before))).toContain(MESSAGES_NL.badUsageTitle);
    expect(await bot.core.store.getFact('company-size')).toMatchObject({ revision: 1, nl: { answer: 'Een infanteriecompagnie van 145 militairen.' } });
  });

  it('refuses a form submitted after someone else changed the fact, and nothing is saved', async () => {
    const view = await openedBy(() => slash('dutch company-size', MODERATOR));
    const edit = mentionEvent('fact dutch company-size --nl_title "Omvang van de compagnie" --base 1', { user: MODERATOR });
    await bot.fake.sendEvent(edit);
    await replyInThread(bot.fake, edit.ts);

    const before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(view, MODERATOR, { nl_answer: 'Verouderd antwoord.' }));
    expect(sectionText(await ephemeralTo(MODERATOR, before))).toContain('has changed since revision 1');
    expect(await bot.core.store.getFact('company-size')).toMatchObject({ revision: 2, nl: { title: 'Omvang van de compagnie', answer: 'Een infanteriecompagnie van 145 militairen.' } });
  });

  it("answers a member's \"/facts dutch <id>\" with the refusal instead of a form, and refuses a forged submission", async () => {
    await slash('dutch company-size', MEMBER);
    const response = await bot.fake.waitForCall('the refusal', (call) => call.method === 'response_url');
    expect(sectionText(response)).toContain(MESSAGES.notAModerator);
    expect(bot.fake.calls.some((call) => call.method === 'views.open')).toBe(false);

    const moderatorsView = await openedBy(() => slash('dutch company-size', MODERATOR));
    const before = bot.fake.calls.length;
    await bot.fake.sendInteractive(viewSubmission(moderatorsView, MEMBER, { nl_answer: DUTCH_ANSWER }));
    expect(sectionText(await ephemeralTo(MEMBER, before))).toContain(MESSAGES.notAModerator);
    expect(await bot.core.store.getFact('company-size')).toMatchObject({ revision: 1 });
  });
});
