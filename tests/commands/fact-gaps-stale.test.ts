import { afterEach, describe, expect, it } from 'vitest';
import { factGapsCommand } from '../../commands/fact-gaps';
import { FEEDBACK_MESSAGES } from '../../src/feedback/feedback-messages';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { MISSING_DUTCH_MESSAGES } from '../../src/moderation/missing-dutch';
import { ALICE, BOB, DISCORD_MEMBER, FIXTURE_FACTS, SLACK_MEMBER } from './moderation-fixtures';
import { startModerationBot as startWithFacts, type ModerationBot } from './moderation-harness';

let bot: ModerationBot;
afterEach(async () => {
  await bot.close();
});

/** The fixture facts with a Dutch text each, so the lists below are only about what they test. */
const BILINGUAL = FIXTURE_FACTS.map((fact) => ({ ...fact, nl: { title: `NL: ${fact.title}`.slice(0, 100), answer: `NL: ${fact.answer}`, questions: [] } }));
const startModerationBot = (options: Parameters<typeof startWithFacts>[0] = {}) => startWithFacts({ facts: BILINGUAL, ...options });

const UNANSWERABLE = 'What will the weather be like in Amsterdam tomorrow?';
const ALSO_UNANSWERABLE = 'Which football club won the cup?';

describe('fact gaps', () => {
  it('lists the most frequent unanswered questions with counts, and how to turn one into an alias', async () => {
    bot = await startModerationBot();
    for (const [question, actor] of [
      [UNANSWERABLE, DISCORD_MEMBER],
      [UNANSWERABLE.toLowerCase(), SLACK_MEMBER],
      [UNANSWERABLE, DISCORD_MEMBER],
      [ALSO_UNANSWERABLE, SLACK_MEMBER],
    ] as const) {
      expect((await bot.say(question, actor)).kind).toBe('no_match');
    }

    const reply = await bot.say('fact gaps', ALICE);
    expect(reply).toMatchObject({ kind: 'info', visibility: 'private', title: FEEDBACK_MESSAGES.reviewTitle });
    const lines = reply.body.split('\n');
    expect(lines[0]).toBe(FEEDBACK_MESSAGES.unansweredHeading(90));
    expect(lines[1]).toMatch(/^1\. “What will the weather be like in Amsterdam tomorrow\?” — 3 times, last 2024-03-01 10:00 UTC \((discord, slack|slack, discord)\)/);
    expect(lines[2]).toMatch(/^2\. “Which football club won the cup\?” — once, last 2024-03-01 10:00 UTC \(slack\)/);
    expect(lines.at(-1)).toBe(FEEDBACK_MESSAGES.reviewHint);
  });

  it('looks back the given number of days, and keeps questions only for the retention period', async () => {
    bot = await startModerationBot({ gapsRetentionDays: 30 });
    await bot.say(ALSO_UNANSWERABLE, SLACK_MEMBER);
    bot.advanceDays(10);
    await bot.say(UNANSWERABLE, DISCORD_MEMBER);

    const lastWeek = await bot.say('fact gaps 7', BOB);
    expect(lastWeek.body).toContain('Amsterdam');
    expect(lastWeek.body).not.toContain('football');
    expect((await bot.say('fact gaps', BOB)).body).toContain('football');

    bot.advanceDays(25);
    const afterRetention = await bot.say('fact gaps', BOB);
    expect(afterRetention.body).not.toContain('football');
    expect(afterRetention.body).toContain('Amsterdam');
    expect((await bot.say('fact gaps 31', BOB)).body).toBe(MODERATION_MESSAGES.badDays('31', 30, factGapsCommand.usage));
  });

  it('says so when nothing went unanswered', async () => {
    bot = await startModerationBot();
    await bot.say('How many Dutch soldiers are going to Iraq?', DISCORD_MEMBER);
    expect((await bot.say('fact gaps 14', ALICE)).body).toBe(FEEDBACK_MESSAGES.nothingToReview(14));
  });
});

describe('fact stale', () => {
  it('lists the facts whose review-by date has passed, until someone sets a new one', async () => {
    bot = await startModerationBot();
    const reply = await bot.say('fact stale', ALICE);
    expect(reply).toMatchObject({ kind: 'info', visibility: 'private' });
    expect(reply.body).toBe(
      [
        MODERATION_MESSAGES.staleIntro(1, '2024-03-01'),
        '- `isis-occupation` — How much of Iraq ISIS occupied (review by 2023-12-31)',
        '',
        MODERATION_MESSAGES.staleHint,
      ].join('\n'),
    );

    await bot.say('fact show isis-occupation', ALICE);
    await bot.say('fact edit isis-occupation --review_by 2025-03-01', ALICE);
    expect((await bot.say('fact stale', ALICE)).body).toBe(MODERATION_MESSAGES.noStale('2024-03-01'));
  });

  it('does not list retired facts', async () => {
    bot = await startModerationBot();
    await bot.say('fact remove isis-occupation', ALICE);
    expect((await bot.say('fact stale', ALICE)).body).toBe(MODERATION_MESSAGES.noStale('2024-03-01'));
  });
});

describe('facts missing a Dutch text', () => {
  it('are listed by `fact stale` and `fact gaps` until a moderator adds the Dutch text', async () => {
    const [first, ...rest] = BILINGUAL;
    const { nl: _none, ...englishOnly } = first!;
    bot = await startWithFacts({ facts: [englishOnly, ...rest] });
    const heading = MISSING_DUTCH_MESSAGES.heading(1);
    for (const command of ['fact stale', 'fact gaps']) {
      const body = (await bot.say(command, ALICE)).body;
      expect(body).toContain(`${heading}\n- \`${englishOnly.id}\` — ${englishOnly.title}\n${MISSING_DUTCH_MESSAGES.hint}`);
    }

    await bot.say(`fact show ${englishOnly.id}`, ALICE);
    await bot.say(`fact dutch ${englishOnly.id} --nl_title "Nederlandse titel" --nl_answer "Een Nederlands antwoord."`, ALICE);
    expect((await bot.say('fact stale', ALICE)).body).not.toContain(heading);
  });
});
