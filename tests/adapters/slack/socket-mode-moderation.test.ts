import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/core/messages';
import { MODERATION_MESSAGES } from '../../../src/moderation/messages';
import { SLACK_MESSAGES } from '../../../src/adapters/slack/slack-messages';
import { askByMention, contextText, EXTERNAL_OWNER, MEMBER, MODERATOR, sectionText, startSlackTestBot, WORKSPACE_ADMIN, type SlackTestBot } from './slack-test-bot';

const NEW_ANSWER = 'An infantry company of 145 Dutch soldiers, working in Iraq from 1 January.';
const EDIT = `fact edit company-size --answer "${NEW_ANSWER}" --base 1`;

describe('Slack adapter in Socket Mode: moderation by mention', () => {
  let bot: SlackTestBot;
  beforeEach(async () => {
    bot = await startSlackTestBot();
  });
  afterEach(async () => {
    await bot.stop();
  });

  const ask = async (text: string, user = MEMBER) => (await askByMention(bot.fake, text, user)).reply;

  it("applies a moderator's edit, and the next answer shows it", async () => {
    const confirmation = await ask(EDIT, MODERATOR);
    expect(confirmation.method).toBe('chat.postEphemeral');
    expect(confirmation.args.user).toBe(MODERATOR);
    expect(sectionText(confirmation)).toContain(MODERATION_MESSAGES.updatedTitle);

    const answer = await ask('How many soldiers are the Dutch sending to Iraq?');
    expect(sectionText(answer)).toContain(NEW_ANSWER);
    expect(contextText(answer)).toContain(SLACK_MESSAGES.updatedByModerator(new Date().toISOString().slice(0, 10)));

    const stored = await bot.core.store.getFact('company-size');
    expect(stored?.revision).toBe(2);
    const [, edit] = await bot.core.store.history('company-size');
    expect(edit?.author).toMatchObject({ platform: 'slack', userId: MODERATOR, displayName: 'Mona Moderator', location: `slack team ${bot.fake.teamId} channel C0GENERAL` });
  });

  it('refuses an edit from a member who is not a moderator, and nothing changes', async () => {
    const refusal = await ask(EDIT, MEMBER);
    expect(refusal.method).toBe('chat.postEphemeral');
    expect(refusal.args.user).toBe(MEMBER);
    expect(sectionText(refusal)).toContain(MESSAGES.notAModerator);

    const stored = await bot.core.store.getFact('company-size');
    expect(stored).toMatchObject({ revision: 1, answer: 'An infantry company of 145 soldiers.' });
    const answer = await ask('How many soldiers are the Dutch sending to Iraq?');
    expect(sectionText(answer)).toContain('An infantry company of 145 soldiers.');
  });

  it('counts a workspace admin as a moderator', async () => {
    const confirmation = await ask(EDIT, WORKSPACE_ADMIN);
    expect(sectionText(confirmation)).toContain(MODERATION_MESSAGES.updatedTitle);
    expect((await bot.core.store.getFact('company-size'))?.revision).toBe(2);
  });

  it('does not count an admin and owner of another organisation in a Slack Connect channel as a moderator', async () => {
    const refusal = await ask(EDIT, EXTERNAL_OWNER);
    expect(sectionText(refusal)).toContain(MESSAGES.notAModerator);
    expect((await bot.core.store.getFact('company-size'))?.revision).toBe(1);
  });

  it('stores "&", "<" and ">" as typed, although Slack sends them as entities', async () => {
    await ask('fact edit company-size --answer "145 soldiers &amp; their officers &lt;approximately&gt;" --base 1', MODERATOR);
    expect((await bot.core.store.getFact('company-size'))?.answer).toBe('145 soldiers & their officers <approximately>');
  });
});
