import { afterEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES } from '../../commands/answer-messages';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { ALICE, DISCORD_MEMBER } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

let bot: ModerationBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

// The curated facts without their unsaid entries, so the moderator's entry is the only one.
const knowledge = loadKnowledgeDir('knowledge').map(({ fact: { unsaid: _unsaid, ...fact } }) => fact);
const QUESTION = 'what languages does elizabeth tsurkov speak';
const NOTE = 'The article does not say which languages Tsurkov speaks.';

describe('fact unsaid: moderators record what the source does not say, from chat', () => {
  it('turns the next such question into "the article doesn\'t say" with the note, records the change, and can take it back', async () => {
    bot = await startModerationBot({ facts: knowledge });
    const chat = bot;
    expect((await chat.say(QUESTION, DISCORD_MEMBER)).body).toBe(ANSWER_MESSAGES.nearMiss);

    await chat.say('fact show tsurkov-who', ALICE);
    const saved = await chat.say(`fact unsaid tsurkov-who --note "${NOTE}" --questions "which languages does Tsurkov speak | does tsurkov speak arabic"`, ALICE);
    expect(saved.kind).toBe('success');
    expect((await chat.say(QUESTION, DISCORD_MEMBER)).body).toBe(ANSWER_MESSAGES.unsaid(NOTE));
    expect((await chat.say('fact show tsurkov-who', ALICE)).body).toContain(NOTE);
    expect((await chat.say('fact history tsurkov-who', ALICE)).body).toContain(`what the source does not say: added “${NOTE}”`);

    await chat.say('fact unsaid tsurkov-who --remove 1', ALICE);
    expect((await chat.say(QUESTION, DISCORD_MEMBER)).body).toBe(ANSWER_MESSAGES.nearMiss);
  });

  it('refuses members, an entry without questions, and a number that is not there, changing nothing', async () => {
    bot = await startModerationBot({ facts: knowledge });
    const chat = bot;
    expect((await chat.say(`fact unsaid tsurkov-who --note "${NOTE}" --questions "a | b"`, DISCORD_MEMBER)).kind).toBe('refused');
    const noQuestions = await chat.say(`fact unsaid tsurkov-who --note "${NOTE}"`, ALICE);
    expect(noQuestions).toMatchObject({ kind: 'error' });
    expect(noQuestions.body).toContain('--questions');
    await chat.say('fact show tsurkov-who', ALICE);
    const missing = await chat.say('fact unsaid tsurkov-who --remove 3', ALICE);
    expect(missing.kind).toBe('error');
    expect(missing.body).toContain('no number "3"');
    expect((await chat.say('fact history tsurkov-who', ALICE)).body).not.toContain('what the source does not say');
  });
});
