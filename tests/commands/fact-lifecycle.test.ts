import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { ARTICLE_SOURCE_ID } from '../../src/facts/fact';
import { factHistoryCommand } from '../../commands/fact-history';
import { formatDate } from '../../src/moderation/format';
import { ALICE, BOB, DISCORD_MEMBER } from './moderation-fixtures';
import { START, startModerationBot, type ModerationBot } from './moderation-harness';

let bot: ModerationBot;
beforeEach(async () => {
  bot = await startModerationBot();
});
afterEach(async () => {
  await bot.close();
});

const TSURKOV_QUOTE =
  'Elizabeth Tsurkov was conducting research in Baghdad on Iraqi Shiite militias and in March was kidnapped by one of them.';

async function answerTo(question: string) {
  return bot.say(question, DISCORD_MEMBER);
}

describe('fact add', () => {
  it('adds a fact that the next question finds, with no restart', async () => {
    const before = await answerTo('Who kidnapped Elizabeth Tsurkov?');
    expect(before.factId).not.toBe('tsurkov-kidnapping');

    const reply = await bot.say(
      `fact add tsurkov-kidnapping --title "Kidnapping of Elizabeth Tsurkov" --answer "Elizabeth Tsurkov, a researcher, was kidnapped in Baghdad in March by a militia." --questions "Who kidnapped Elizabeth Tsurkov? | What happened to Elizabeth Tsurkov?" --keywords "Tsurkov, kidnapping" --quotes "${TSURKOV_QUOTE}" --topic tsurkov --claim reporting --tags "people, militias"`,
      ALICE,
    );

    expect(reply).toMatchObject({ kind: 'success', visibility: 'private', factId: 'tsurkov-kidnapping' });
    expect(reply.body).toBe(MODERATION_MESSAGES.added('tsurkov-kidnapping', 1));
    const after = await answerTo('Who kidnapped Elizabeth Tsurkov?');
    expect(after).toMatchObject({ kind: 'answer', factId: 'tsurkov-kidnapping' });
    expect(after.body).toBe('Elizabeth Tsurkov, a researcher, was kidnapped in Baghdad in March by a militia.');
  });

  it('stores the lists split as typed, the article as the source, and today as the as-of date by default', async () => {
    await bot.say(
      `fact add tsurkov-kidnapping --title "Kidnapping of Elizabeth Tsurkov" --answer "She was kidnapped in March." --questions "Who kidnapped Tsurkov? | Where was Tsurkov kidnapped?" --keywords "Tsurkov, kidnapping" --quotes "${TSURKOV_QUOTE}" --topic tsurkov --claim reporting`,
      ALICE,
    );
    const fact = await bot.store.getFact('tsurkov-kidnapping');
    expect(fact).toMatchObject({
      questions: ['Who kidnapped Tsurkov?', 'Where was Tsurkov kidnapped?'],
      keywords: ['Tsurkov', 'kidnapping'],
      claim: 'reporting',
      source: { id: ARTICLE_SOURCE_ID, quotes: [TSURKOV_QUOTE] },
      as_of: START.toISOString().slice(0, 10),
      revision: 1,
    });
    const [revision] = await bot.store.history('tsurkov-kidnapping');
    expect(revision).toMatchObject({ action: 'add', before: null, author: { displayName: 'Alice', platform: 'discord' } });
  });

  it('refuses an id that is taken, and says how to change that fact instead', async () => {
    const reply = await bot.say(`fact add company-size --title "Other" --answer "Other." --quotes "${TSURKOV_QUOTE}" --topic tsurkov --claim reporting`, ALICE);
    expect(reply.body).toBe(MODERATION_MESSAGES.factExists('company-size'));
    expect((await bot.store.getFact('company-size'))?.title).toBe('Size of the Dutch infantry company');
  });
});

describe('fact edit', () => {
  it('changes the next answer at once, with no restart', async () => {
    await bot.say('fact show company-size', ALICE);
    const reply = await bot.say('fact edit company-size --answer "An infantry company of 145 soldiers, from the 1st of January."', ALICE);
    expect(reply.body).toBe(MODERATION_MESSAGES.edited('company-size', 2, ['answer']));

    const answer = await answerTo('How many Dutch soldiers are going to Iraq?');
    expect(answer).toMatchObject({ kind: 'answer', factId: 'company-size', body: 'An infantry company of 145 soldiers, from the 1st of January.' });
  });

  it('edits several fields from a Discord modal, keeping the rest', async () => {
    await bot.say('fact show company-size', ALICE);
    const reply = await bot.command(
      'fact edit',
      { id: 'company-size', title: 'The Dutch infantry company', questions: 'How many soldiers?\nHow big is the company?', tags: 'numbers', review_by: '2024-12-31' },
      ALICE,
    );
    expect(reply.kind).toBe('success');
    expect(await bot.store.getFact('company-size')).toMatchObject({
      title: 'The Dutch infantry company',
      answer: 'An infantry company of 145 soldiers.',
      questions: ['How many soldiers?', 'How big is the company?'],
      tags: ['numbers'],
      review_by: '2024-12-31',
      keywords: ['145', 'infantry company'],
    });
  });

  it('an edit that gives no field, or changes nothing, is refused and saves no revision', async () => {
    await bot.say('fact show company-size', ALICE);
    expect((await bot.say('fact edit company-size', ALICE)).body).toContain('Nothing to change');
    expect((await bot.say('fact edit company-size --answer "An infantry company of 145 soldiers."', ALICE)).body).toBe(
      MODERATION_MESSAGES.unchanged('company-size'),
    );
    expect(await bot.store.history('company-size')).toHaveLength(1);
  });
});

describe('fact alias', () => {
  const alias = 'Which country replaced the Dutch guards at the Kurdish capital airport?';

  it('add makes the new wording find the fact; remove takes it away again', async () => {
    expect((await answerTo(alias)).factId).not.toBe('estonia-took-over');
    const added = await bot.say(`fact alias add estonia-took-over ${alias}`, BOB);
    expect(added.body).toBe(MODERATION_MESSAGES.aliasAdded('estonia-took-over', alias, 2));
    expect(await answerTo(alias)).toMatchObject({ kind: 'answer', factId: 'estonia-took-over' });

    const removed = await bot.say(`fact alias remove estonia-took-over ${alias.toLowerCase()}`, BOB);
    expect(removed.body).toBe(MODERATION_MESSAGES.aliasRemoved('estonia-took-over', alias, 3));
    expect((await bot.store.getFact('estonia-took-over'))?.questions).toEqual(['Who took over the Erbil mission?']);
    expect((await answerTo(alias)).factId).not.toBe('estonia-took-over');
  });

  it('an alias added after someone else\'s edit keeps that edit: it changes only the one question', async () => {
    await bot.say('fact show estonia-took-over', ALICE);
    await bot.say('fact edit estonia-took-over --answer "Estonia took over at Erbil airport."', ALICE);

    expect((await bot.say(`fact alias add estonia-took-over ${alias}`, BOB)).body).toBe(MODERATION_MESSAGES.aliasAdded('estonia-took-over', alias, 3));
    expect(await bot.store.getFact('estonia-took-over')).toMatchObject({
      answer: 'Estonia took over at Erbil airport.',
      questions: ['Who took over the Erbil mission?', alias],
    });
  });

  it('refuses a duplicate, and a question the fact does not have, listing what it has', async () => {
    const duplicate = await bot.say('fact alias add estonia-took-over who took over the erbil mission?', BOB);
    expect(duplicate.body).toBe(MODERATION_MESSAGES.aliasExists('estonia-took-over', 'Who took over the Erbil mission?'));
    const missing = await bot.say('fact alias remove estonia-took-over Who guards Erbil?', BOB);
    expect(missing.body).toBe(MODERATION_MESSAGES.aliasMissing('estonia-took-over', 'Who guards Erbil?', ['Who took over the Erbil mission?']));
    expect(await bot.store.history('estonia-took-over')).toHaveLength(1);
  });
});

describe('fact remove and fact restore', () => {
  it('a removed fact is no longer matched, and a restored one is matched again', async () => {
    expect(await answerTo('How much of Iraq did ISIS occupy?')).toMatchObject({ factId: 'isis-occupation' });

    expect((await bot.say('fact remove isis-occupation', ALICE)).body).toBe(MODERATION_MESSAGES.retired('isis-occupation', 2));
    expect((await answerTo('How much of Iraq did ISIS occupy?')).factId).not.toBe('isis-occupation');
    expect(await bot.store.getFact('isis-occupation')).toMatchObject({ retired: true, answer: 'Between 2014 and 2017, ISIS occupied a third of Iraq.' });
    expect((await bot.say('fact remove isis-occupation', ALICE)).body).toBe(MODERATION_MESSAGES.alreadyRetired('isis-occupation'));

    expect((await bot.say('fact restore isis-occupation', BOB)).body).toBe(MODERATION_MESSAGES.restored('isis-occupation', 3));
    expect(await answerTo('How much of Iraq did ISIS occupy?')).toMatchObject({ kind: 'answer', factId: 'isis-occupation' });
    expect((await bot.say('fact restore isis-occupation', BOB)).body).toBe(MODERATION_MESSAGES.notRetired('isis-occupation'));
  });
});

describe('fact history and fact revert', () => {
  async function editTwice() {
    await bot.say('fact show company-size', ALICE);
    await bot.say('fact edit company-size --answer "About 145 soldiers."', ALICE);
    bot.advanceDays(1);
    await bot.say('fact show company-size', BOB);
    await bot.say('fact edit company-size --title "The infantry company" --questions "How big is the company?"', BOB);
  }

  it('history lists every revision newest first: who, when, and what changed from what to what', async () => {
    await editTwice();
    const reply = await bot.say('fact history company-size', ALICE);
    expect(reply).toMatchObject({ kind: 'info', visibility: 'private', title: MODERATION_MESSAGES.historyTitle('company-size') });
    const lines = reply.body.split('\n');
    expect(lines[0]).toBe(`**Revision 3** · edit · Bob (slack) · ${formatDate('2024-03-02T10:00:00Z')}`);
    expect(reply.body).toContain('- title: [-Size of the Dutch-]{+The+} infantry company');
    expect(reply.body).toContain('- alternate questions: added “How big is the company?”; removed “How many Dutch soldiers are going to Iraq?”');
    expect(reply.body).toContain(`**Revision 2** · edit · Alice (discord) · ${formatDate(START.toISOString())}`);
    expect(reply.body).toContain('- answer: [-An infantry company of-]{+About+} 145 soldiers.');
    expect(reply.body).toContain('**Revision 1** · import · knowledge/ (knowledge)');
    expect(reply.body.indexOf('Revision 3')).toBeLessThan(reply.body.indexOf('Revision 2'));
    expect(reply.body.indexOf('Revision 2')).toBeLessThan(reply.body.indexOf('Revision 1'));
  });

  it('revert to revision 1 brings its content back as a new revision, and answers follow', async () => {
    await editTwice();
    await bot.say('fact history company-size', ALICE);
    const reply = await bot.say('fact revert company-size 1', ALICE);
    expect(reply.body).toBe(MODERATION_MESSAGES.reverted('company-size', 1, 4, ['title', 'answer', 'alternate questions']));

    const history = await bot.store.history('company-size');
    expect(history).toHaveLength(4);
    expect(history[3]).toMatchObject({ action: 'revert', author: { displayName: 'Alice' } });
    expect(history[3]!.after).toEqual(history[0]!.after);
    expect(await answerTo('How many Dutch soldiers are going to Iraq?')).toMatchObject({ factId: 'company-size', body: 'An infantry company of 145 soldiers.' });
  });

  it('revert to the revision before a removal brings the fact back into use', async () => {
    await bot.say('fact remove isis-occupation', ALICE);
    expect((await bot.say('fact revert isis-occupation 1', ALICE)).body).toBe(MODERATION_MESSAGES.reverted('isis-occupation', 1, 3, ['restored']));
    expect(await bot.store.getFact('isis-occupation')).toMatchObject({ retired: false, revision: 3 });
  });

  it('reverting to what the fact already says is refused', async () => {
    await bot.say('fact history company-size', ALICE);
    expect((await bot.say('fact revert company-size 1', ALICE)).body).toBe(MODERATION_MESSAGES.revertUnchanged('company-size', 1));
  });

  it('a revert after someone else\'s newer edit is refused naming it, so that edit is not silently undone', async () => {
    await bot.say('fact history company-size', ALICE);
    await bot.say('fact show company-size', BOB);
    await bot.say('fact edit company-size --answer "An infantry company of 145 Dutch soldiers."', BOB);
    const bobsRevision = (await bot.store.getRevision('company-size', 2))!;

    const reply = await bot.say('fact revert company-size 1', ALICE);

    expect(reply).toMatchObject({ kind: 'error', body: MODERATION_MESSAGES.staleRevision('company-size', 1, 2, 'Bob', 'slack', formatDate(bobsRevision.at)) });
    expect(await bot.store.getFact('company-size')).toMatchObject({ revision: 2, answer: 'An infantry company of 145 Dutch soldiers.' });
  });

  it('a revert of a fact the moderator has not looked at is refused until they look', async () => {
    await bot.say('fact show company-size', BOB);
    await bot.say('fact edit company-size --answer "About 145 soldiers."', BOB);
    expect((await bot.say('fact revert company-size 1', ALICE)).body).toBe(MODERATION_MESSAGES.notSeenYet('company-size'));

    await bot.say('fact history company-size', ALICE);
    expect((await bot.say('fact revert company-size 1', ALICE)).body).toBe(MODERATION_MESSAGES.reverted('company-size', 1, 3, ['answer']));
  });

  it('history shows the latest 10 revisions, says so first, and pages back to older ones', async () => {
    await bot.say('fact show company-size', ALICE);
    for (let edit = 1; edit <= 11; edit += 1) {
      expect((await bot.say(`fact edit company-size --answer "An infantry company of 145 soldiers (wording ${edit})."`, ALICE)).kind).toBe('success');
    }

    const latest = (await bot.say('fact history company-size', ALICE)).body.split('\n');
    expect(latest[0]).toBe(MODERATION_MESSAGES.historyPage('company-size', 12, 3, 12));
    expect(latest[0]).toContain('`fact history company-size --from 2`');
    expect(latest.filter((line) => line.startsWith('**Revision '))).toHaveLength(10);

    const older = (await bot.say('fact history company-size --from 2', ALICE)).body;
    expect(older.split('\n')[0]).toBe(MODERATION_MESSAGES.historyPage('company-size', 2, 1, 12));
    expect(older.match(/\*\*Revision \d+\*\*/g)).toEqual(['**Revision 2**', '**Revision 1**']);
    expect((await bot.say('fact history company-size --from 13', ALICE)).body).toBe(
      MODERATION_MESSAGES.unknownRevision('company-size', 13, 12, factHistoryCommand.usage),
    );
  });
});
