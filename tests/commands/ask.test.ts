import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES } from '../../commands/answer-messages';
import { MESSAGES } from '../../src/core/messages';
import type { Actor } from '../../src/core/request';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { ARTICLE_SOURCE_ID, SOURCE_TITLE } from '../../src/facts/fact';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { startModerationBot, type ModerationBot } from './moderation-harness';

const MEMBER: Actor = { platform: 'slack', userId: 'U-MEMBER', displayName: 'member' };
const CLI: Actor = { platform: 'cli', userId: 'cli', displayName: 'command line', isScripted: true };
const knowledge = loadKnowledgeDir('knowledge').map((entry) => entry.fact);

describe('asking questions over the real fact base', () => {
  let bot: ModerationBot;
  beforeEach(async () => {
    bot = await startModerationBot({ facts: knowledge });
  });
  afterEach(() => bot.close());

  it('answers with the fact, its verbatim source and its as-of date', async () => {
    const reply = await bot.say('how many troops r the dutch sending', MEMBER);
    const fact = knowledge.find((each) => each.id === 'company-size')!;
    expect(reply).toMatchObject({
      kind: 'answer',
      factId: 'company-size',
      title: fact.title,
      body: fact.answer,
      asOf: fact.as_of,
      source: { title: SOURCE_TITLE, quote: fact.source.quotes.join(' ') },
      claim: 'official-statement',
      visibility: 'public',
      match: {
        status: 'answered',
        factId: 'company-size',
        answer: fact.answer,
        provenance: { claim: 'official-statement', asOf: fact.as_of, caveat: null, sources: [{ id: ARTICLE_SOURCE_ID, title: SOURCE_TITLE }] },
      },
    });
    expect(reply.updatedAt).toBeUndefined();
    expect(reply.caveat).toBeUndefined();
    expect(reply.source?.unverified).toBeUndefined();
  });

  it('declines an off-topic question with the topics, and records it for `fact gaps` without the user id', async () => {
    const reply = await bot.say('what is the weather in Amsterdam tomorrow', MEMBER);
    expect(reply.kind).toBe('no_match');
    expect(reply.title).toBe(ANSWER_MESSAGES.noMatchTitle);
    expect(reply.body).toContain('Deployment');
    expect(reply.body).toContain('Tsurkov');
    expect(reply.match).toEqual({ status: 'no_match', factId: null, answer: null, score: expect.any(Number) });
    const gaps = await bot.store.gaps({ since: new Date(0), limit: 10 });
    expect(gaps).toEqual([expect.objectContaining({ question: 'what is the weather in Amsterdam tomorrow', count: 1, platforms: ['slack'] })]);
    expect(JSON.stringify(gaps)).not.toContain('U-MEMBER');
  });

  it('does not record questions from the evaluation CLI as gaps', async () => {
    await bot.command('ask', { question: 'tell me a joke' }, CLI);
    expect(await bot.store.gaps({ since: new Date(0), limit: 10 })).toEqual([]);
  });

  it('keeps any scripted request out of the gaps, whatever its platform, and records a person asking the same', async () => {
    await bot.command('ask', { question: 'tell me a joke' }, { ...MEMBER, isScripted: true });
    expect(await bot.store.gaps({ since: new Date(0), limit: 10 })).toEqual([]);
    await bot.command('ask', { question: 'tell me a joke' }, MEMBER);
    expect(await bot.store.gaps({ since: new Date(0), limit: 10 })).toHaveLength(1);
  });

  it.each([
    ['empty', ''],
    ['whitespace', ' \t \n '],
    ['emoji', '🙂🇳🇱🔥'],
    ['control characters', '\u0000\u0007\u001b[31m\u007f'],
    ['a 6,000-character question', 'how many soldiers '.repeat(334).slice(0, 6000)],
    ['binary garbage', randomBytes(4000).toString('latin1')],
    ['a 200,000-character paste', 'ISIS militias dollars '.repeat(9100)],
  ])('answers %s with a clear reply instead of failing', async (_label, question) => {
    const reply = await bot.say(question, MEMBER);
    expect(reply.body).not.toBe(MESSAGES.somethingWentWrong);
    expect(['answer', 'ambiguous', 'no_match']).toContain(reply.kind);
    expect(reply.body.length).toBeGreaterThan(0);
  });

  it('asks for a question when given nothing, and does not record that as a gap', async () => {
    const reply = await bot.command('ask', { question: '   ' }, MEMBER);
    expect(reply).toMatchObject({ kind: 'no_match', title: ANSWER_MESSAGES.emptyQuestionTitle, body: ANSWER_MESSAGES.emptyQuestion });
    expect(await bot.store.gaps({ since: new Date(0), limit: 10 })).toEqual([]);
  });

  it('suggests close ids when `fact show` is given an unknown id', async () => {
    const reply = await bot.say('fact show company-sise', MEMBER);
    expect(reply.kind).toBe('error');
    expect(reply.body).toContain(MODERATION_MESSAGES.unknownFact('company-sise', 'fact show <id>'));
  });

  it('`fact show` autocomplete offers ids and titles containing what was typed, then facts the wording fits, each once', async () => {
    const choices = (partial: string) =>
      bot.dispatcher.autocomplete({ actor: MEMBER, location: 'test', commandName: 'fact show', focusedOption: 'id', partial });

    const byId = await choices('company-si');
    expect(byId[0]).toEqual({ name: expect.stringContaining('Size of the Dutch infantry company'), value: 'company-size' });
    expect((await choices('infantry')).map((choice) => choice.value)).toContain('company-size');
    const byWording = (await choices('how many soldirs are going')).map((choice) => choice.value);
    expect(byWording).toContain('company-size');
    expect(new Set(byWording).size).toBe(byWording.length);
    expect((await choices('')).length).toBeLessThanOrEqual(25);
  });

  it('lists every topic with a count and example questions', async () => {
    const reply = await bot.say('topics', MEMBER);
    for (const label of ['Deployment', 'Erbil mission', 'ISIS', 'US presence', 'Iraqi politics', 'Money', 'Tsurkov']) {
      expect(reply.body).toContain(`**${label}**`);
    }
    expect(reply.body).toMatch(/\(10 facts\)/);
  });

  it('shows moderator commands in help to moderators only', async () => {
    const member = await bot.say('help', MEMBER);
    expect(member.body).toContain('topics');
    expect(member.body).not.toContain('fact edit');
    const operator = await bot.say('help');
    expect(operator.body).toContain(ANSWER_MESSAGES.helpModeratorHeading);
    expect(operator.body).toContain('fact edit');
    expect((await bot.say('help fact revert')).body).toContain('Usage: `fact revert');
  });
});
