import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES } from '../../commands/answer-messages';
import { topicLabel } from '../../commands/fact-presentation';
import type { Actor } from '../../src/core/request';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { startModerationBot, type ModerationBot } from './moderation-harness';

const MEMBER: Actor = { platform: 'slack', userId: 'U-MEMBER', displayName: 'member' };
const knowledge = loadKnowledgeDir('knowledge').map((entry) => entry.fact);

describe('questions the article does not answer, topic words and command slips', () => {
  let bot: ModerationBot;
  beforeEach(async () => {
    bot = await startModerationBot({ facts: knowledge });
  });
  afterEach(() => bot.close());

  const gapCount = async () => (await bot.store.gaps({ since: new Date(0), limit: 100 })).length;

  it('declines a near miss plainly, offering the related facts it does hold, and records the gap', async () => {
    const reply = await bot.say('how old is Sudani?', MEMBER);
    expect(reply).toMatchObject({ kind: 'no_match', title: ANSWER_MESSAGES.nearMissTitle, body: ANSWER_MESSAGES.nearMiss });
    expect(reply.suggestions.length).toBeGreaterThan(0);
    expect(reply.suggestions.length).toBeLessThanOrEqual(3);
    expect(reply.suggestions.map((suggestion) => suggestion.factId)).toContain('sudani-legacy');
    expect(await gapCount()).toBe(1);
  });

  it('says what the article does not say, in the curators\' words, when the question echoes a fact\'s unsaid entry', async () => {
    const reply = await bot.say('how many dutch soldiers have died in iraq', MEMBER);
    const note = knowledge.flatMap((fact) => fact.unsaid ?? []).find((entry) => /Dutch soldiers killed/.test(entry.note))!.note;
    expect(reply).toMatchObject({ kind: 'no_match', title: ANSWER_MESSAGES.nearMissTitle, body: ANSWER_MESSAGES.unsaid(note) });
    expect(reply.suggestions.length).toBeGreaterThan(0);
    const dutch = await bot.say('hoeveel nederlandse militairen zijn er omgekomen in irak?', MEMBER);
    expect(dutch.kind).toBe('no_match');
    expect(dutch.body).toMatch(/Het behandelt wel deze verwante feiten:$/);
  });

  it('declines an unrelated question without pretending anything is related', async () => {
    const reply = await bot.say('what is the capital of australia', MEMBER);
    expect(reply).toMatchObject({ kind: 'no_match', title: ANSWER_MESSAGES.noMatchTitle, suggestions: [] });
  });

  it.each(['militias', 'Money?', 'US presence', 'about ISIS'])('lists a topic\'s facts when the question is just its name: "%s"', async (question) => {
    const reply = await bot.say(question, MEMBER);
    expect(reply.kind).toBe('info');
    expect(reply.suggestions.length).toBeGreaterThan(0);
    const topics = new Set(reply.suggestions.map((suggestion) => knowledge.find((fact) => fact.id === suggestion.factId)!.topic));
    expect(topics.size).toBe(1);
    expect(reply.title).toBe(ANSWER_MESSAGES.topicFactsTitle(topicLabel([...topics][0]!)));
    expect(await gapCount()).toBe(0);
  });

  it('answers `topics <name>` with that topic\'s facts, and an unknown name with the valid choices', async () => {
    expect((await bot.say('topics money', MEMBER)).suggestions.length).toBe(knowledge.filter((fact) => fact.topic === 'money').length);
    const unknown = await bot.say('topics xyz', MEMBER);
    expect(unknown).toMatchObject({ kind: 'info', title: ANSWER_MESSAGES.unknownTopicTitle, visibility: 'private' });
    expect(unknown.body).toContain('Money');
    expect(await gapCount()).toBe(0);
  });

  it('answers `fact show` with no id with its usage, not as a question, and records no gap', async () => {
    const reply = await bot.say('fact show', MEMBER);
    expect(reply.kind).toBe('error');
    expect(reply.body).toContain('fact show <id>');
    expect(await gapCount()).toBe(0);
  });
});
