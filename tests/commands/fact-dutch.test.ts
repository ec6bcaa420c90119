import { afterEach, describe, expect, it } from 'vitest';
import { DUTCH_ANSWER_NOTES } from '../../commands/answer-messages-nl';
import { factDutchCommand } from '../../commands/fact-dutch';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { answerText, factTitle } from '../../commands/fact-presentation';
import { ALICE, DISCORD_MEMBER, FIXTURE_FACTS } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

let bot: ModerationBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const DUTCH_QUESTION = 'hoeveel soldaten stuurt nederland naar irak';

describe('fact dutch: moderators add and change the Dutch text from chat', () => {
  it('gives a fact with no Dutch text its English answer in a Dutch reply, after a one-line Dutch note', () => {
    const englishOnly = { ...FIXTURE_FACTS[0]!, revision: 1, retired: false, updatedAt: '2024-01-01T00:00:00Z', updatedBy: 'knowledge/', updatedByModerator: false };
    expect(answerText(englishOnly, 'nl')).toBe(`${DUTCH_ANSWER_NOTES.noDutchText}\n\nAn infantry company of 145 soldiers.`);
    expect(factTitle(englishOnly, 'nl')).toBe(englishOnly.title);
    expect(answerText(englishOnly, 'en')).toBe('An infantry company of 145 soldiers.');
    const dutch = { ...englishOnly, nl: { title: 'Omvang', answer: 'Een compagnie van 145 militairen.', questions: [] } };
    expect(answerText(dutch, 'nl')).toBe('Een compagnie van 145 militairen.');
  });

  it('answers a Dutch question in Dutch once the Dutch text is added, with the change in the history', async () => {
    bot = await startModerationBot();
    const chat = bot;
    expect((await chat.say(DUTCH_QUESTION, DISCORD_MEMBER)).title).not.toBe('Omvang van de Nederlandse compagnie');

    await chat.say('fact show company-size', ALICE);
    const saved = await chat.say(
      'fact dutch company-size --nl_title "Omvang van de Nederlandse compagnie" --nl_answer "Een infanteriecompagnie van 145 militairen." --nl_questions "hoeveel soldaten stuurt nederland naar irak | hoe groot is de compagnie"',
      ALICE,
    );
    expect(saved.kind).toBe('success');

    const after = await chat.say(DUTCH_QUESTION, DISCORD_MEMBER);
    expect(after).toMatchObject({ kind: 'answer', title: 'Omvang van de Nederlandse compagnie', language: 'nl' });
    expect(after.body).toContain('Een infanteriecompagnie van 145 militairen.');
    expect(after.body).not.toContain(DUTCH_ANSWER_NOTES.noDutchText);
    expect((await chat.say('How many Dutch soldiers are going to Iraq?', DISCORD_MEMBER)).title).not.toContain('Omvang');

    const history = await chat.say('fact history company-size', ALICE);
    expect(history.body).toContain('Dutch text: added “Omvang van de Nederlandse compagnie”');

    await chat.say('fact dutch company-size --nl_answer "Een compagnie van 145 militairen."', ALICE);
    expect((await chat.say('fact history company-size', ALICE)).body).toMatch(/Dutch text: answer .*145 militairen/);
  });

  it('refuses a first Dutch text without both title and answer, an over-long title, and non-moderators, changing nothing', async () => {
    bot = await startModerationBot();
    const chat = bot;
    await chat.say('fact show company-size', ALICE);
    expect((await chat.say('fact dutch company-size --nl_title "Alleen een titel"', ALICE)).body).toBe(MODERATION_MESSAGES.dutchNeedsTitleAndAnswer('company-size', factDutchCommand.usage));
    const tooLong = await chat.say(`fact dutch company-size --nl_title "${'x'.repeat(101)}" --nl_answer "Antwoord."`, ALICE);
    expect(tooLong.kind).toBe('error');
    expect(tooLong.body).toContain('100');
    expect((await chat.say('fact dutch company-size --nl_title "T" --nl_answer "A."', DISCORD_MEMBER)).kind).toBe('refused');
    expect((await chat.say('fact history company-size', ALICE)).body).not.toContain('Dutch text');
  });
});
