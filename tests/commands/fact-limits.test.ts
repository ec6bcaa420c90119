import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { factAddCommand } from '../../commands/fact-add';
import { factAliasCommand } from '../../commands/fact-alias';
import { factEditCommand } from '../../commands/fact-edit';
import { factHistoryCommand } from '../../commands/fact-history';
import { factRevertCommand } from '../../commands/fact-revert';
import { MESSAGES } from '../../src/core/messages';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { ALICE } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

let bot: ModerationBot;
beforeEach(async () => {
  bot = await startModerationBot();
  await bot.say('fact show company-size', ALICE);
});
afterEach(async () => {
  await bot.close();
});

const QUOTE = 'From the 1st of January, an infantry company of 145 soldiers will be working in Iraq at the request of Iraq.';
const editUsage = factEditCommand.usage;

async function expectNothingChanged() {
  expect(await bot.store.history('company-size')).toHaveLength(1);
  expect((await bot.store.listFacts({ includeRetired: true })).map((fact) => fact.id)).toEqual([
    'company-size', 'dutch-oir-trainers', 'estonia-took-over', 'isis-occupation',
  ]);
}

describe('limits give a clear message and change nothing', () => {
  let questions61: string;
  beforeAll(() => {
    questions61 = Array.from({ length: 61 }, (_, index) => `Question number ${index + 1}?`).join(' | ');
  });

  it('a title of 101 characters', async () => {
    const reply = await bot.say(`fact edit company-size --title "${'t'.repeat(101)}"`, ALICE);
    expect(reply.body).toBe(MODERATION_MESSAGES.invalidFact(['title must be at most 100 characters (it has 101)'], editUsage));
    await expectNothingChanged();
  });

  it.each([
    ['an escape sequence', 'Red \u001b[31m alert'],
    ['DEL', 'Delete \u007f'],
    ['a C1 control', 'Next \u0085 line'],
    ['half an emoji (a lone surrogate)', 'Broken \uD83D emoji'],
  ])('an answer with %s, which no YAML export could carry', async (_what, answer) => {
    const reply = await bot.command('fact edit', { id: 'company-size', answer }, ALICE);
    expect(reply.body).toBe(MODERATION_MESSAGES.invalidFact(['answer must not contain control characters or broken emoji (lone surrogates)'], editUsage));
    await expectNothingChanged();
  });

  it('an answer of 1,501 characters', async () => {
    const reply = await bot.command('fact edit', { id: 'company-size', answer: 'a'.repeat(1501) }, ALICE);
    expect(reply.body).toBe(MODERATION_MESSAGES.invalidFact(['answer must be at most 1500 characters (it has 1501)'], editUsage));
    await expectNothingChanged();
  });

  it('61 alternate questions', async () => {
    const reply = await bot.say(`fact edit company-size --questions "${questions61}"`, ALICE);
    expect(reply.body).toBe(MODERATION_MESSAGES.invalidFact(['questions (alternate questions) can have at most 60 entries (it has 61)'], editUsage));
    await expectNothingChanged();
  });

  it('a 61st question added as an alias', async () => {
    const sixty = questions61.split(' | ').slice(0, 60).join(' | ');
    expect((await bot.say(`fact edit company-size --questions "${sixty}"`, ALICE)).kind).toBe('success');
    const reply = await bot.say('fact alias add company-size how big is the company', ALICE);
    expect(reply.body).toBe(
      MODERATION_MESSAGES.invalidFact(['questions (alternate questions) can have at most 60 entries (it has 61)'], factAliasCommand.usage),
    );
    expect(await bot.store.history('company-size')).toHaveLength(2);
  });

  it('a malformed id', async () => {
    const reply = await bot.say(`fact add Bad_Id! --title "T" --answer "A." --quotes "${QUOTE}" --topic deployment --claim reporting`, ALICE);
    expect(reply.body).toBe(MODERATION_MESSAGES.invalidId('Bad_Id!', factAddCommand.usage));
    const tooLong = 'x'.repeat(41);
    expect((await bot.say(`fact remove ${tooLong}`, ALICE)).body).toContain('is not a valid fact id');
    await expectNothingChanged();
  });

  it('dates that are not ISO or not real', async () => {
    const notIso = await bot.say('fact edit company-size --review_by 31/12/2024', ALICE);
    expect(notIso.body).toBe(MODERATION_MESSAGES.invalidFact(['review_by date must be an ISO date (YYYY-MM-DD)'], editUsage));
    const notReal = await bot.say('fact edit company-size --as_of 2024-02-30', ALICE);
    expect(notReal.body).toBe(MODERATION_MESSAGES.invalidFact(['as_of date is not a real calendar date'], editUsage));
    await expectNothingChanged();
  });

  it('a new fact without quotes, with every problem named at once', async () => {
    const reply = await bot.command(
      'fact add',
      { id: 'new-fact', title: 'x'.repeat(120), answer: 'Yes.', quotes: ' | ', topic: 'Not A Slug', claim: 'reporting' },
      ALICE,
    );
    expect(reply.body).toBe(
      MODERATION_MESSAGES.invalidFact(
        ['title must be at most 100 characters (it has 120)', 'topic must be a short lower-case slug', 'quotes needs at least 1 entry'],
        factAddCommand.usage,
      ),
    );
    await expectNothingChanged();
  });
});

describe('unknown ids, unknown revisions and malformed commands show the usage', () => {
  it('an unknown id', async () => {
    expect((await bot.say('fact edit no-such-fact --answer "x"', ALICE)).body).toBe(MODERATION_MESSAGES.unknownFact('no-such-fact', editUsage));
    expect((await bot.say('fact history no-such-fact', ALICE)).body).toBe(
      MODERATION_MESSAGES.unknownFact('no-such-fact', factHistoryCommand.usage),
    );
  });

  it('an unknown revision', async () => {
    expect((await bot.say('fact revert company-size 7', ALICE)).body).toBe(
      MODERATION_MESSAGES.unknownRevision('company-size', 7, 1, factRevertCommand.usage),
    );
    expect((await bot.say('fact revert company-size 0', ALICE)).body).toContain('has no revision 0');
  });

  it('malformed commands', async () => {
    expect((await bot.say('fact edit company-size --colour red', ALICE)).body).toBe(MESSAGES.unknownOption('colour', editUsage));
    expect((await bot.say('fact revert company-size', ALICE)).body).toBe(MESSAGES.missingOption('revision', factRevertCommand.usage));
    expect((await bot.say('fact revert company-size latest', ALICE)).body).toBe(MESSAGES.invalidInteger('revision', factRevertCommand.usage));
    expect((await bot.say('fact alias rename company-size how big', ALICE)).body).toBe(
      MODERATION_MESSAGES.badAliasAction('rename', factAliasCommand.usage),
    );
    expect((await bot.say('fact alias add company-size', ALICE)).body).toBe(MESSAGES.missingOption('question', factAliasCommand.usage));
    expect((await bot.say('fact history', ALICE)).body).toBe(MESSAGES.missingOption('id', factHistoryCommand.usage));
    expect((await bot.say('fact add new-fact --title "T"', ALICE)).body).toBe(MESSAGES.missingOption('answer', factAddCommand.usage));
    await expectNothingChanged();
  });
});
