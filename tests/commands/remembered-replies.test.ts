import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userKey, type Actor } from '../../src/core/request';
import { ALICE } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

const QUESTION = 'How many Dutch soldiers are going to Iraq?';
const MEMBER: Actor = { platform: 'slack', userId: 'U-MEMBER', displayName: 'member' };
const OTHER: Actor = { platform: 'slack', userId: 'U-OTHER', displayName: 'other' };

describe('a question asked again', () => {
  let bot: ModerationBot;
  beforeEach(async () => {
    bot = await startModerationBot();
  });
  afterEach(() => bot.close());

  it('gets the same reply, frozen so the adapters may keep its rendering', async () => {
    const first = await bot.say(QUESTION, MEMBER);
    const again = await bot.say(QUESTION, OTHER);
    expect(first).toMatchObject({ kind: 'answer', factId: 'company-size' });
    expect(again).toBe(first);
    expect(Object.isFrozen(again)).toBe(true);
  });

  it('still records who saw which revision, for every asker', async () => {
    await bot.say(QUESTION, MEMBER);
    await bot.say(QUESTION, OTHER);
    expect(bot.context.seenRevisions.lastSeen(userKey(OTHER), 'company-size')).toBe(1);
  });

  it('is answered from the edited fact once the fact changes', async () => {
    const before = await bot.say(QUESTION, MEMBER);
    await bot.say('fact show company-size', ALICE);
    await bot.say('fact edit company-size --answer "An infantry company of 145 soldiers, from the 1st of January."', ALICE);
    const after = await bot.say(QUESTION, MEMBER);
    expect(after).not.toBe(before);
    expect(after.body).toBe('An infantry company of 145 soldiers, from the 1st of January.');
  });

  it('gets the past-review caveat on the day the review date passes', async () => {
    await bot.say('fact show company-size', ALICE);
    await bot.say('fact edit company-size --review_by 2024-03-02', ALICE);
    expect((await bot.say(QUESTION, MEMBER)).caveat).toBeUndefined();
    bot.advanceDays(2);
    expect((await bot.say(QUESTION, MEMBER)).caveat).toBeDefined();
  });

  it('is recorded as a gap every time it goes unanswered', async () => {
    await bot.say('what is the weather in Amsterdam tomorrow', MEMBER);
    await bot.say('what is the weather in Amsterdam tomorrow', OTHER);
    expect(await bot.store.gaps({ since: new Date(0), limit: 10 })).toEqual([expect.objectContaining({ question: 'what is the weather in Amsterdam tomorrow', count: 2 })]);
  });
});
