import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../src/core/messages';
import { encodeAction, type ReplyAction } from '../../src/core/reply-actions';
import type { Reply } from '../../src/core/request';
import { voteActions } from '../../src/feedback/feedback-actions';
import { FEEDBACK_MESSAGES } from '../../src/feedback/feedback-messages';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { voteCommand } from '../../commands/vote';
import { ALICE, BOB, DISCORD_MEMBER, SLACK_MEMBER } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

let bot: ModerationBot;
afterEach(async () => {
  await bot.close();
});

/** What Discord can carry in a custom id (100 characters, less the adapter's prefix). */
const BUTTON_ROOM = 95;
const ANSWERED = 'How big is the Dutch unit?';
/** Not answered, but company-size is offered as "did you mean". */
const NEAR_MISS = 'What is the size of the force abroad, roughly?';

function token(action: ReplyAction | undefined): string {
  expect(action).toBeDefined();
  return encodeAction(action!, BUTTON_ROOM)!;
}
const button = (reply: Reply, label: string) => token(reply.actions?.find((action) => action.label === label));
const section = (body: string, heading: string) => body.split('\n\n').find((part) => part.startsWith(heading)) ?? '';

describe('votes on answers', () => {
  it('an answer carries Helpful / Not helpful; votes count once per person, can change, and show in fact gaps', async () => {
    bot = await startModerationBot();
    const answer = await bot.say(ANSWERED, DISCORD_MEMBER);
    expect(answer).toMatchObject({ kind: 'answer', factId: 'company-size' });
    expect(answer.actions?.map((action) => action.label)).toEqual([FEEDBACK_MESSAGES.helpfulLabel, FEEDBACK_MESSAGES.notHelpfulLabel]);

    const helpful = button(answer, FEEDBACK_MESSAGES.helpfulLabel);
    expect(await bot.click(helpful, DISCORD_MEMBER)).toMatchObject({ visibility: 'private', body: FEEDBACK_MESSAGES.voteRecorded(true) });
    expect((await bot.click(helpful, DISCORD_MEMBER)).body).toBe(FEEDBACK_MESSAGES.voteUnchanged);
    await bot.click(helpful, SLACK_MEMBER);
    let review = (await bot.say('fact gaps', ALICE)).body;
    expect(section(review, FEEDBACK_MESSAGES.suggestedHeading)).toMatch(/#\d+ “How big is the Dutch unit\?” → `company-size` — 2 times/);

    expect((await bot.click(button(answer, FEEDBACK_MESSAGES.notHelpfulLabel), DISCORD_MEMBER)).body).toBe(FEEDBACK_MESSAGES.voteChanged(false));
    review = (await bot.say('fact gaps', ALICE)).body;
    expect(section(review, FEEDBACK_MESSAGES.notHelpfulHeading)).toMatch(/1\. “How big is the Dutch unit\?” → `company-size` — voted not helpful once/);
    expect(section(review, FEEDBACK_MESSAGES.suggestedHeading)).toMatch(/— once,/);
    expect(review).not.toMatch(/333|U444|Mallory|Eve/);
  });

  it('a button that names no known command gets a polite message, and a vote for an unknown fact is refused', async () => {
    bot = await startModerationBot();
    expect((await bot.click('frobnicate|x=1', DISCORD_MEMBER)).body).toBe(MESSAGES.staleButton);
    expect((await bot.click('', DISCORD_MEMBER)).body).toBe(MESSAGES.staleButton);
    expect((await bot.click('vote|verdict=helpful|id=no-such-fact|question=Why%3F', DISCORD_MEMBER)).body).toContain(MODERATION_MESSAGES.unknownFact('no-such-fact', voteCommand.usage));
  });

  it('records at most FEEDBACK_PER_USER_PER_HOUR questions and votes per person, and still answers', async () => {
    bot = await startModerationBot({ feedbackPerUserPerHour: 2 });
    for (const question of ['Weather in Utrecht?', 'Weather in Leiden?', 'Weather in Delft?']) {
      expect((await bot.say(question, DISCORD_MEMBER)).kind).toBe('no_match');
    }
    const answer = await bot.say(ANSWERED, DISCORD_MEMBER);
    expect((await bot.click(button(answer, FEEDBACK_MESSAGES.helpfulLabel), DISCORD_MEMBER)).body).toBe(FEEDBACK_MESSAGES.voteNotCounted);
    const unanswered = section((await bot.say('fact gaps', ALICE)).body, FEEDBACK_MESSAGES.unansweredHeading(90));
    expect(unanswered).toContain('Utrecht');
    expect(unanswered).toContain('Leiden');
    expect(unanswered).not.toContain('Delft');
  });
});

describe('suggested alternate questions', () => {
  it('a picked "did you mean" becomes a suggestion; accepting it is a revision, and the question is then answered directly', async () => {
    bot = await startModerationBot();
    const nearMiss = await bot.say(NEAR_MISS, SLACK_MEMBER);
    expect(nearMiss.kind).toBe('no_match');
    const offered = nearMiss.suggestions.find((suggestion) => suggestion.factId === 'company-size');
    const shown = await bot.click(token(offered?.action), SLACK_MEMBER);
    expect(shown).toMatchObject({ kind: 'answer', factId: 'company-size' });
    expect(shown.actions?.map((action) => action.options.question)).toEqual([NEAR_MISS, NEAR_MISS]);

    const review = await bot.say('fact gaps', BOB);
    const number = /#(\d+) “What is the size of the force abroad, roughly\?” → `company-size` — once/.exec(section(review.body, FEEDBACK_MESSAGES.suggestedHeading))?.[1];
    expect(number).toBeDefined();
    expect(review.actions?.map((action) => action.label)).toEqual([FEEDBACK_MESSAGES.acceptLabel(Number(number)), FEEDBACK_MESSAGES.dismissLabel(Number(number))]);

    expect((await bot.click(button(review, FEEDBACK_MESSAGES.acceptLabel(Number(number))), DISCORD_MEMBER)).kind).toBe('refused');
    const accepted = await bot.click(button(review, FEEDBACK_MESSAGES.acceptLabel(Number(number))), BOB);
    expect(accepted.kind).toBe('success');
    const [, latest] = (await bot.store.history('company-size')).slice(-2);
    expect(latest).toMatchObject({ action: 'edit', author: { userId: 'U222', platform: 'slack' } });
    expect(latest!.after.questions).toContain(NEAR_MISS);

    expect(await bot.say(NEAR_MISS, SLACK_MEMBER)).toMatchObject({ kind: 'answer', factId: 'company-size' });
    expect(section((await bot.say('fact gaps', BOB)).body, FEEDBACK_MESSAGES.suggestedHeading)).not.toContain(NEAR_MISS);
    expect((await bot.say(`fact alias accept ${number}`, BOB)).body).toBe(FEEDBACK_MESSAGES.suggestionClosed(Number(number), 'accepted'));
  });

  it('a dismissed suggestion leaves the fact alone and is not listed again', async () => {
    bot = await startModerationBot();
    const nearMiss = await bot.say(NEAR_MISS, SLACK_MEMBER);
    await bot.click(token(nearMiss.suggestions[0]?.action), SLACK_MEMBER);
    const number = Number(/#(\d+)/.exec((await bot.say('fact gaps', BOB)).body)?.[1]);
    const revisions = (await bot.store.history('company-size')).length;
    expect((await bot.say(`fact alias dismiss #${number}`, BOB)).body).toContain(`Dismissed suggestion #${number}`);
    expect(await bot.store.history('company-size')).toHaveLength(revisions);
    expect((await bot.say('fact gaps', BOB)).body).not.toMatch(new RegExp(`#${number}\\b`));
    expect((await bot.say('fact alias accept 424242', BOB)).body).toContain(FEEDBACK_MESSAGES.notASuggestion('424242', '').split('`')[0]!);
  });

  it('a question too long for a button is cut and marked, and cannot be accepted as it is', async () => {
    bot = await startModerationBot();
    const long = `How big is the Dutch unit that goes to Iraq next year, and how many of them are infantry soldiers exactly?`;
    const helpful = token(voteActions('company-size', long, 'en')[0]);
    expect(helpful.length).toBeLessThanOrEqual(BUTTON_ROOM);
    await bot.click(helpful, DISCORD_MEMBER);
    const review = (await bot.say('fact gaps', ALICE)).body;
    const number = Number(/#(\d+) “How big is the Dutch unit[^”]*…”/.exec(review)?.[1]);
    expect(number).toBeGreaterThan(0);
    expect((await bot.say(`fact alias accept ${number}`, ALICE)).body).toBe(FEEDBACK_MESSAGES.suggestionShortened(number, 'company-size'));
  });
});
