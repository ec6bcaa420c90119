import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../commands';
import { factEditCommand } from '../../commands/fact-edit';
import { MESSAGES } from '../../src/core/messages';
import { formatDate } from '../../src/moderation/format';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { ALICE, BOB, DISCORD_MEMBER, SLACK_MEMBER } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

let bot: ModerationBot;
beforeEach(async () => {
  bot = await startModerationBot();
});
afterEach(async () => {
  await bot.close();
});

async function snapshot() {
  const facts = await bot.store.listFacts({ includeRetired: true });
  const histories = await Promise.all(facts.map((fact) => bot.store.history(fact.id)));
  return { facts, histories };
}

describe('who may moderate', () => {
  const attempts = [
    'fact add tsurkov-who --title "Who is Tsurkov" --answer "A researcher." --quotes "Elizabeth Tsurkov was conducting research in Baghdad on Iraqi Shiite militias and in March was kidnapped by one of them." --topic tsurkov --claim reporting',
    'fact edit company-size --answer "Two hundred soldiers." --base 1',
    'fact alias add company-size how big is the company',
    'fact remove company-size',
    'fact restore company-size',
    'fact history company-size',
    'fact revert company-size 1',
    'fact gaps',
    'fact stale',
  ];

  it('every moderation command is registered as moderator-only', () => {
    const names = ['fact add', 'fact edit', 'fact alias', 'fact remove', 'fact restore', 'fact history', 'fact revert', 'fact gaps', 'fact stale', 'fact source'];
    const registered = allCommands.filter((command) => names.includes(command.name));
    expect(registered).toHaveLength(names.length);
    expect(registered.filter((command) => !command.moderatorOnly)).toEqual([]);
  });

  for (const actor of [DISCORD_MEMBER, SLACK_MEMBER]) {
    it(`when a ${actor.platform} non-moderator tries them, each is politely refused, nothing changes, and the attempt is logged`, async () => {
      const before = await snapshot();
      for (const text of attempts) {
        const reply = await bot.say(text, actor);
        expect(reply).toMatchObject({ kind: 'refused', body: MESSAGES.notAModerator, visibility: 'private' });
      }
      expect(await snapshot()).toEqual(before);
      const refusals = bot.logLines.filter((line) => line.includes('refused a moderator command') && line.includes(`"userId":"${actor.userId}"`));
      expect(refusals).toHaveLength(attempts.length);
    });
  }

  it('a Discord member without a moderator role is refused in a slash command too', async () => {
    const reply = await bot.command('fact edit', { id: 'company-size', answer: 'Two hundred soldiers.', base: '1' }, DISCORD_MEMBER);
    expect(reply.body).toBe(MESSAGES.notAModerator);
    expect((await bot.store.getFact('company-size'))?.answer).toBe('An infantry company of 145 soldiers.');
  });

  it('moderators by Discord role and by Slack user id may edit', async () => {
    await bot.say('fact show company-size', ALICE);
    expect((await bot.say('fact edit company-size --answer "An infantry company: 145 soldiers."', ALICE)).kind).toBe('success');
    await bot.say('fact show company-size', BOB);
    expect((await bot.say('fact edit company-size --title "The Dutch infantry company"', BOB)).kind).toBe('success');
    const history = await bot.store.history('company-size');
    expect(history.map((revision) => [revision.revision, revision.author.displayName, revision.author.platform])).toEqual([
      [1, 'knowledge/', 'knowledge'],
      [2, 'Alice', 'discord'],
      [3, 'Bob', 'slack'],
    ]);
    expect(history[1]!.author).toEqual({ platform: 'discord', userId: '111', displayName: 'Alice', location: 'discord test channel' });
  });
});

describe('editing based on a revision', () => {
  it('when the fact changed since the moderator saw it, the edit is refused naming the newer revision and its author', async () => {
    await bot.say('fact show company-size', ALICE);
    await bot.say('fact show company-size', BOB);
    await bot.say('fact edit company-size --answer "An infantry company of 145 Dutch soldiers."', BOB);
    const bobsRevision = (await bot.store.getRevision('company-size', 2))!;

    const reply = await bot.say('fact edit company-size --title "Company size"', ALICE);

    expect(reply.kind).toBe('error');
    expect(reply.body).toBe(MODERATION_MESSAGES.staleRevision('company-size', 1, 2, 'Bob', 'slack', formatDate(bobsRevision.at)));
    const fact = await bot.store.getFact('company-size');
    expect(fact).toMatchObject({ revision: 2, title: 'Size of the Dutch infantry company', answer: 'An infantry company of 145 Dutch soldiers.' });
  });

  it('an edit of a fact the moderator has not looked at is refused until they look', async () => {
    const refused = await bot.say('fact edit company-size --answer "Two hundred soldiers."', ALICE);
    expect(refused.body).toBe(MODERATION_MESSAGES.notSeenYet('company-size'));
    expect((await bot.store.getFact('company-size'))?.revision).toBe(1);

    await bot.say('fact history company-size', ALICE);
    expect((await bot.say('fact edit company-size --answer "An infantry company of 145 soldiers, from 1 January."', ALICE)).kind).toBe('success');
  });

  it('a moderator may name the base revision explicitly, and an outdated one is refused', async () => {
    expect((await bot.say('fact edit company-size --answer "An infantry company: 145 soldiers." --base 1', ALICE)).kind).toBe('success');
    const stale = await bot.command('fact edit', { id: 'company-size', title: 'Company size', base: '1' }, BOB);
    expect(stale.body).toContain('revision 2 was saved by Alice (discord)');
    const future = await bot.say('fact edit company-size --title "Company size" --base 9', BOB);
    expect(future.body).toBe(MODERATION_MESSAGES.unknownRevision('company-size', 9, 2, factEditCommand.usage));
    expect((await bot.store.getFact('company-size'))?.revision).toBe(2);
  });

  it('two moderators editing at the same moment: one wins, the other is told, and no update is lost', async () => {
    await bot.say('fact show company-size', ALICE);
    await bot.say('fact show company-size', BOB);

    const [alices, bobs] = await Promise.all([
      bot.say('fact edit company-size --answer "Alice: an infantry company of 145 soldiers."', ALICE),
      bot.command('fact edit', { id: 'company-size', answer: 'Bob: 145 soldiers, an infantry company.' }, BOB),
    ]);

    const outcomes = [alices, bobs].map((reply) => reply.kind).sort();
    expect(outcomes).toEqual(['error', 'success']);
    const [winner, loser, loserReply] = alices.kind === 'success' ? [ALICE, BOB, bobs] : [BOB, ALICE, alices];
    expect(loserReply.body).toContain(`revision 2 was saved by ${winner.displayName} (${winner.platform})`);

    let history = await bot.store.history('company-size');
    expect(history.map((revision) => revision.author.displayName)).toEqual(['knowledge/', winner.displayName]);
    expect(history[0]!.after.answer).toBe('An infantry company of 145 soldiers.');

    await bot.say('fact show company-size', loser);
    const retry = await bot.say(`fact edit company-size --answer "${loser.displayName} again: 145 soldiers."`, loser);
    expect(retry.kind).toBe('success');
    history = await bot.store.history('company-size');
    expect(history.map((revision) => revision.author.displayName)).toEqual(['knowledge/', winner.displayName, loser.displayName]);
    expect(history[2]!.before?.answer).toBe(history[1]!.after.answer);
  });
});
