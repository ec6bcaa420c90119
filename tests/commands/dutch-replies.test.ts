import { afterEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES_NL } from '../../commands/answer-messages-nl';
import { factAddCommand } from '../../commands/fact-add';
import { factAliasCommand } from '../../commands/fact-alias';
import { factEditCommand } from '../../commands/fact-edit';
import { MESSAGES, MESSAGES_NL } from '../../src/core/messages';
import { decodeAction, encodeAction, LANGUAGE_OPTION } from '../../src/core/reply-actions';
import type { Actor, Reply } from '../../src/core/request';
import { FEEDBACK_MESSAGES } from '../../src/feedback/feedback-messages';
import { FEEDBACK_MESSAGES_NL } from '../../src/feedback/feedback-messages-nl';
import { REPO_SOURCES_DIR } from '../knowledge/article-sentences';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { CHANGE_MESSAGES_NL } from '../../src/moderation/change-messages';
import { TIMELINE_MESSAGES_NL } from '../../src/timeline/messages';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { MODERATION_MESSAGES_NL } from '../../src/moderation/messages-nl';
import { ALICE, DISCORD_MEMBER, SLACK_MEMBER } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

const knowledge = loadKnowledgeDir('knowledge').map((entry) => entry.fact);
/** A Discord moderator and member whose client is set to Dutch. */
const ALICE_NL: Actor = { ...ALICE, clientLanguage: 'nl' };
const MEMBER_NL: Actor = { ...DISCORD_MEMBER, clientLanguage: 'nl' };
const DUTCH_AMBIGUOUS = 'ontvoerde onderzoekster bagdad naam';

let bot: ModerationBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

/** The token a button under the reply carries, as a platform would encode it. */
const tokenOf = (reply: Reply, position = 0) => encodeAction(reply.suggestions[position]!.action!, 100)!;

describe('a moderator who writes Dutch', () => {
  it('gets moderation replies in Dutch when typing the Dutch command name, and in English with the English one', async () => {
    bot = await startModerationBot();
    await bot.say('fact toon company-size', ALICE);
    const dutch = await bot.say('fact verwijder company-size', ALICE);
    expect(dutch).toMatchObject({ kind: 'success', title: MODERATION_MESSAGES_NL.retiredTitle, language: 'nl' });
    expect(dutch.body).toContain(MODERATION_MESSAGES_NL.retired('company-size', 2));
    const english = await bot.say('fact restore company-size', ALICE);
    expect(english).toMatchObject({ title: MODERATION_MESSAGES.restoredTitle });
    expect(english.language).toBeUndefined();
  });

  it('with a Dutch Discord client gets Dutch replies, usage errors and validation problems to slash commands', async () => {
    bot = await startModerationBot();
    await bot.command('fact show', { id: 'company-size' }, ALICE_NL);
    const edited = await bot.command('fact edit', { id: 'company-size', answer: 'An infantry company of 145 soldiers, from January.' }, ALICE_NL);
    expect(edited.body).toContain(MODERATION_MESSAGES_NL.edited('company-size', 2, [CHANGE_MESSAGES_NL.field('answer')]));

    expect((await bot.command('fact remove', {}, ALICE_NL)).body).toBe(MESSAGES_NL.missingOption('<id>', 'fact verwijder <id>'));
    // An option is named as the Dutch usage line shows it: a bare word by its placeholder, a flag as typed.
    expect((await bot.say('fact terugdraaien company-size laatste', ALICE)).body).toBe(MESSAGES_NL.invalidInteger('<revisie>', 'fact terugdraaien <id> <revisie> [--base <revisie>]'));
    expect((await bot.say('fact toevoegen new-fact --title "T"', ALICE)).body).toBe(MESSAGES_NL.missingOption('--answer', factAddCommand.dutch.usage));
    expect((await bot.command('fact alias', { action: 'add', id: 'company-size' }, ALICE_NL)).body).toBe(MESSAGES_NL.missingOption('<vraag>', factAliasCommand.dutch.usage));
    expect((await bot.command('fact history', { id: 'no-such-fact' }, ALICE_NL)).body).toBe(MODERATION_MESSAGES_NL.unknownFact('no-such-fact', 'fact geschiedenis <id> [--from <revisie>]'));
    const invalid = await bot.command('fact edit', { id: 'company-size', title: 'x'.repeat(101), base: '2' }, ALICE_NL);
    expect(invalid).toMatchObject({ kind: 'error', title: MESSAGES_NL.badUsageTitle, language: 'nl' });
    expect(invalid.body).toContain(CHANGE_MESSAGES_NL.tooLong('title', 100, 101));
    expect(invalid.body).toContain('Er is niets gewijzigd.');
  });

  it('a typed option the command does not know is explained in Dutch after a Dutch command name', async () => {
    bot = await startModerationBot();
    const reply = await bot.say('fact verwijder company-size --force', ALICE);
    expect(reply).toMatchObject({ kind: 'error', body: MESSAGES_NL.unknownOption('force', 'fact verwijder <id>'), language: 'nl' });
  });

  it("fact gaps reads an unanswered Dutch question in Dutch to name its closest fact", async () => {
    bot = await startModerationBot({ facts: loadKnowledgeDir('tests/adapters/discord/fixtures', REPO_SOURCES_DIR).map((entry) => entry.fact) });
    expect(await bot.say('hoe oud zijn de nederlandse militairen die naar irak gaan', SLACK_MEMBER)).toMatchObject({ kind: 'no_match', language: 'nl' });
    expect((await bot.say('fact gaps', ALICE)).body).toContain(FEEDBACK_MESSAGES.closestFact('company-size'));
  });

  it('the history lists revisions and their changes in Dutch', async () => {
    bot = await startModerationBot();
    await bot.say('fact verwijder company-size', ALICE);
    const history = await bot.say('fact geschiedenis company-size', ALICE);
    expect(history.title).toBe(MODERATION_MESSAGES_NL.historyTitle('company-size'));
    expect(history.body).toContain('**Revisie 2** · buiten gebruik · Alice (discord)');
    expect(history.body).toContain(CHANGE_MESSAGES_NL.retired);
  });
});

describe('a member who writes Dutch', () => {
  it('is refused a moderator command in Dutch', async () => {
    bot = await startModerationBot();
    expect(await bot.say('fact verwijder company-size', SLACK_MEMBER)).toMatchObject({ kind: 'refused', title: MESSAGES_NL.notAModeratorTitle, body: MESSAGES_NL.notAModerator });
    expect(await bot.command('fact remove', { id: 'company-size' }, MEMBER_NL)).toMatchObject({ kind: 'refused', body: MESSAGES_NL.notAModerator });
    expect(await bot.say('fact remove company-size', SLACK_MEMBER)).toMatchObject({ kind: 'refused', body: MESSAGES.notAModerator });
  });

  it('gets help and the topics in Dutch by their Dutch names, or from a Dutch client', async () => {
    bot = await startModerationBot({ facts: knowledge });
    expect(await bot.say('hulp', SLACK_MEMBER)).toMatchObject({ title: ANSWER_MESSAGES_NL.helpTitle, language: 'nl' });
    // Commands are listed as a Dutch user types them: Dutch names, Dutch placeholders, flags as they are.
    const help = (await bot.say('hulp', SLACK_MEMBER)).body;
    expect(help).toContain('`onderwerpen [naam]`');
    expect(help).toContain('`vraag <je vraag>  (of typ gewoon de vraag)`');
    expect(help).not.toContain('`topics');
    expect(await bot.command('help', {}, MEMBER_NL)).toMatchObject({ title: ANSWER_MESSAGES_NL.helpTitle, language: 'nl' });
    expect(await bot.say('onderwerpen', SLACK_MEMBER)).toMatchObject({ title: ANSWER_MESSAGES_NL.topicsTitle, language: 'nl' });
    expect(await bot.say('onderwerpen ruimtevaart', SLACK_MEMBER)).toMatchObject({ title: ANSWER_MESSAGES_NL.unknownTopicTitle, language: 'nl' });
    expect((await bot.say('help', SLACK_MEMBER)).language).toBeUndefined();
    const aboutEdit = await bot.say('hulp fact bewerk', SLACK_MEMBER);
    expect(aboutEdit).toMatchObject({ title: 'fact bewerk', language: 'nl' });
    expect(aboutEdit.body).toContain(ANSWER_MESSAGES_NL.helpUsage(factEditCommand.dutch.usage));
    expect(aboutEdit.body).toContain('`id`: Het feit om te wijzigen');
    // A slip is answered with the usage line in the words it was typed in.
    expect((await bot.say('fact toon', SLACK_MEMBER)).body).toBe(MESSAGES_NL.missingOption('<id>', 'fact toon <id>'));
    expect((await bot.say('fact show', SLACK_MEMBER)).body).toBe(MESSAGES.missingOption('id', 'fact show <id>'));
    // Each option is explained in Dutch; its name stays as it is typed.
    expect(aboutEdit.body).toContain('`review_by`' + ANSWER_MESSAGES_NL.helpOptional + ': Datum waarop het feit opnieuw bekeken moet worden');
    expect(aboutEdit.body).not.toContain('Date to review the fact by');
    expect((await bot.command('help', { command: 'ask' }, MEMBER_NL)).body).toContain('Je vraag, in je eigen woorden');
    expect((await bot.say('help ask', SLACK_MEMBER)).body).toContain('Your question, in your own words');
  });

  it('a "did you mean" pick answers in the question\'s language, whoever clicks it', async () => {
    bot = await startModerationBot({ facts: knowledge });
    const asked = await bot.say(DUTCH_AMBIGUOUS, SLACK_MEMBER);
    expect(asked).toMatchObject({ kind: 'ambiguous', language: 'nl' });
    const token = tokenOf(asked);
    expect(decodeAction(token)?.options[LANGUAGE_OPTION]).toBe('nl');

    const picked = await bot.click(token, SLACK_MEMBER);
    const fact = knowledge.find((each) => each.id === asked.suggestions[0]!.factId)!;
    expect(picked).toMatchObject({ kind: 'answer', factId: fact.id, title: fact.nl!.title, language: 'nl' });
    expect(picked.body).toContain(fact.nl!.answer.slice(0, 40));

    // The thanks for a vote under that answer come in Dutch too.
    const vote = await bot.click(encodeAction(picked.actions![0]!, 100)!, SLACK_MEMBER);
    expect(vote).toMatchObject({ title: FEEDBACK_MESSAGES_NL.voteTitle, language: 'nl' });
  });

  it('an English question\'s pick stays English for a Dutch client, and a topic\'s buttons show facts in the list\'s language', async () => {
    bot = await startModerationBot({ facts: knowledge });
    const english = await bot.say('How old is Sudani?', SLACK_MEMBER);
    expect(english.suggestions.length).toBeGreaterThan(0);
    const picked = await bot.click(tokenOf(english), MEMBER_NL);
    expect(picked.language).toBeUndefined();
    expect(picked.title).toBe(knowledge.find((each) => each.id === english.suggestions[0]!.factId)!.title);

    const topic = await bot.say('onderwerpen', SLACK_MEMBER);
    expect(topic.language).toBe('nl');
    const militias = await bot.command('topics', { topic: 'militias' }, MEMBER_NL);
    const shown = await bot.click(tokenOf(militias), SLACK_MEMBER);
    const fact = knowledge.find((each) => each.id === militias.suggestions[0]!.factId)!;
    expect(shown).toMatchObject({ kind: 'answer', title: fact.nl!.title, language: 'nl' });
  });

  it('gets the timeline in Dutch by its Dutch name: Dutch titles and month names', async () => {
    bot = await startModerationBot({ facts: knowledge });
    const timeline = await bot.say('tijdlijn', SLACK_MEMBER);
    expect(timeline).toMatchObject({ title: TIMELINE_MESSAGES_NL.title, language: 'nl' });
    const dated = knowledge.filter((fact) => fact.date && fact.nl);
    expect(dated.length).toBeGreaterThan(0);
    for (const fact of dated) expect(timeline.body).toContain(`${fact.nl!.title} (\`${fact.id}\`)`);
    expect(timeline.body).toMatch(/\*\*\d{0,2} ?(januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4}/);
    expect(timeline.attachments?.[0]?.description).toBe(TIMELINE_MESSAGES_NL.imageDescription(timeline.body.split('\n').length - 1));
  });

  it('is told in Dutch when their feedback is over the hourly limit', async () => {
    bot = await startModerationBot({ facts: knowledge, feedbackPerUserPerHour: 0 });
    const answered = await bot.say('hoe groot is de compagnie', SLACK_MEMBER);
    expect(answered).toMatchObject({ kind: 'answer', language: 'nl' });
    const vote = await bot.click(encodeAction(answered.actions![0]!, 100)!, SLACK_MEMBER);
    expect(vote).toMatchObject({ body: FEEDBACK_MESSAGES_NL.voteNotCounted, language: 'nl' });
  });

  it('a button that no longer works is explained in the language it carried', async () => {
    bot = await startModerationBot({ facts: knowledge });
    expect(await bot.click(`no-such-command|${LANGUAGE_OPTION}=nl`, SLACK_MEMBER)).toMatchObject({ kind: 'error', body: MESSAGES_NL.staleButton });
  });
});
