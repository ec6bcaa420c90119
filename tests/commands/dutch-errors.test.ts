import { afterEach, describe, expect, it } from 'vitest';
import { MESSAGES_NL } from '../../src/core/messages';
import type { Actor } from '../../src/core/request';
import { FEEDBACK_MESSAGES_NL } from '../../src/feedback/feedback-messages-nl';
import { CHANGE_MESSAGES_NL } from '../../src/moderation/change-messages';
import { MODERATION_MESSAGES_NL } from '../../src/moderation/messages-nl';
import { SOURCE_MESSAGES_NL } from '../../src/sources/messages-nl';
import { ALICE, SLACK_MEMBER } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

/**
 * The helpers deep in moderation, validation and parsing do not know the request's language:
 * they throw a message the dispatcher writes in it. A Dutch moderator gets every one in Dutch.
 */
const ALICE_NL: Actor = { ...ALICE, clientLanguage: 'nl' };

let bot: ModerationBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe('a Dutch moderator gets Dutch errors from the helpers that throw them', () => {
  it('for an edit based on nothing seen, an unknown revision, a bad update note and a stale revision', async () => {
    bot = await startModerationBot();
    const answer = 'An infantry company of 145 soldiers, from January.';
    expect(await bot.command('fact edit', { id: 'company-size', answer }, ALICE_NL)).toMatchObject({
      kind: 'error',
      body: MODERATION_MESSAGES_NL.notSeenYet('company-size'),
      language: 'nl',
    });
    const unknown = await bot.command('fact edit', { id: 'company-size', answer, base: '9' }, ALICE_NL);
    expect(unknown.body.startsWith(MODERATION_MESSAGES_NL.unknownRevision('company-size', 9, 1, '').split('Gebruik:')[0]!)).toBe(true);

    await bot.command('fact show', { id: 'company-size' }, ALICE_NL);
    const note = await bot.command('fact edit', { id: 'company-size', answer, update_note: 'bogus' }, ALICE_NL);
    expect(note.body.startsWith(MODERATION_MESSAGES_NL.badUpdateNote('bogus', '').split('Gebruik:')[0]!)).toBe(true);

    await bot.say('fact show company-size');
    await bot.say(`fact edit company-size --answer "${answer}"`);
    const stale = await bot.command('fact edit', { id: 'company-size', answer: 'An infantry company.', base: '1' }, ALICE_NL);
    expect(stale).toMatchObject({ kind: 'error', title: MESSAGES_NL.badUsageTitle, language: 'nl' });
    expect(stale.body).toBe(MODERATION_MESSAGES_NL.staleRevision('company-size', 1, 2, 'Operator', 'console', '2024-03-01 10:00 UTC'));
  });

  it('for a fact that fails validation or cites an unknown source', async () => {
    bot = await startModerationBot();
    const invalid = await bot.command('fact add', { id: 'new-fact', title: 'x'.repeat(101), answer: 'An answer.', quotes: 'A quote.', topic: 'deployment', claim: 'reporting' }, ALICE_NL);
    expect(invalid.body.startsWith(MODERATION_MESSAGES_NL.invalidFact([], '').split('\n')[0]!)).toBe(true);
    expect(invalid.body).toContain(CHANGE_MESSAGES_NL.tooLong('title', 100, 101));

    const uncited = await bot.command(
      'fact add',
      { id: 'new-fact', title: 'A title', answer: 'An answer.', quotes: 'A quote.', topic: 'deployment', claim: 'reporting', source: 'no-such-source' },
      ALICE_NL,
    );
    expect(uncited.body).toContain(SOURCE_MESSAGES_NL.unknownSource('no-such-source'));
  });

  it('for typed words the command cannot take, a mistyped subcommand and an unknown suggestion', async () => {
    bot = await startModerationBot();
    expect(await bot.say('fact verwijder company-size extra', ALICE)).toMatchObject({ body: MESSAGES_NL.tooManyArguments('fact verwijder <id>'), language: 'nl' });
    const mistyped = await bot.say('fact frobnicate', ALICE_NL);
    expect(mistyped.body.startsWith(MESSAGES_NL.unknownCommand('fact frobnicate'))).toBe(true);
    expect(mistyped.body).toContain('`fact bewerk <id> ');
    expect(mistyped.body).toContain(MESSAGES_NL.groupCommands('fact', '').slice(0, -1));
    const suggestion = await bot.command('fact alias', { action: 'accept', id: '999' }, ALICE_NL);
    expect(suggestion.body.startsWith(FEEDBACK_MESSAGES_NL.notASuggestion('999', '').split('Gebruik:')[0]!)).toBe(true);
  });

  it('and fact gaps and history write their counts and changes in Dutch', async () => {
    bot = await startModerationBot();
    await bot.say('what is the weather on mars tomorrow', SLACK_MEMBER);
    const gaps = await bot.command('fact gaps', {}, ALICE_NL);
    expect(gaps.body).toContain(FEEDBACK_MESSAGES_NL.tally(1, '2024-03-01 10:00 UTC', ['slack']));

    await bot.command('fact show', { id: 'company-size' }, ALICE_NL);
    await bot.command('fact edit', { id: 'company-size', keywords: '145, soldiers' }, ALICE_NL);
    const history = await bot.command('fact history', { id: 'company-size' }, ALICE_NL);
    const removed = CHANGE_MESSAGES_NL.removed('“infantry company”');
    expect(history.body).toContain(`${CHANGE_MESSAGES_NL.field('keywords')}: ${CHANGE_MESSAGES_NL.added('“soldiers”')}; ${removed}`);
  });
});
