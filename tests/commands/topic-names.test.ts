import { afterEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES } from '../../commands/answer-messages';
import { ANSWER_MESSAGES_NL } from '../../commands/answer-messages-nl';
import type { Actor } from '../../src/core/request';
import { loadKnowledge } from '../../src/facts/knowledge-files';
import type { TopicNames } from '../../src/facts/topic-names';
import { DISCORD_MEMBER, SLACK_MEMBER } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

const { facts, topicNames } = loadKnowledge('knowledge');
const knowledge = facts.map((entry) => entry.fact);
const MEMBER_NL: Actor = { ...DISCORD_MEMBER, clientLanguage: 'nl' };
const UNRELATED_DUTCH = 'wat is het recept voor appeltaart';

let bot: ModerationBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

const start = (names: TopicNames = topicNames) => startModerationBot({ facts: knowledge, topicNames: names });

describe('topic names in the language of the reply', () => {
  it('lists the topics under their Dutch labels in Dutch, and their English ones in English', async () => {
    bot = await start();
    const dutch = await bot.say('onderwerpen', SLACK_MEMBER);
    expect(dutch).toMatchObject({ title: ANSWER_MESSAGES_NL.topicsTitle, language: 'nl' });
    expect(dutch.body).toContain('• **Milities** (');
    expect(dutch.body).toContain('• **Amerikaanse aanwezigheid** (');
    expect(dutch.body).toContain('• **Geld** (');
    expect(dutch.body).not.toContain('**Militias**');
    const english = await bot.say('topics', SLACK_MEMBER);
    expect(english.body).toContain('• **Militias** (');
    expect(english.body).toContain('• **US presence** (');
    expect(english.body).not.toContain('Milities');
    // A topic that does not exist is answered with the list of those that do, in Dutch too.
    const unknown = await bot.say('onderwerpen ruimtevaart', SLACK_MEMBER);
    expect(unknown).toMatchObject({ title: ANSWER_MESSAGES_NL.unknownTopicTitle, language: 'nl' });
    expect(unknown.body).toContain('Amerikaanse aanwezigheid');
    expect(unknown.body).not.toContain('US presence');
  });

  it('lists one topic in Dutch when it is asked for by its Dutch name, with the English command or none', async () => {
    bot = await start();
    const militias = knowledge.filter((fact) => fact.topic === 'militias');
    for (const text of ['topics milities', 'milities', 'over de milities?', 'Amerikaanse aanwezigheid', 'topics geld']) {
      const reply = await bot.say(text, SLACK_MEMBER);
      expect(reply, text).toMatchObject({ kind: 'info', language: 'nl' });
    }
    const reply = await bot.say('milities', SLACK_MEMBER);
    expect(reply.title).toBe(ANSWER_MESSAGES_NL.topicFactsTitle('Milities'));
    expect(reply.suggestions.map((suggestion) => suggestion.title)).toEqual(militias.map((fact) => fact.nl!.title));
    expect((await bot.say('Amerikaanse aanwezigheid', SLACK_MEMBER)).title).toBe(ANSWER_MESSAGES_NL.topicFactsTitle('Amerikaanse aanwezigheid'));
  });

  it('lists a topic named in English in English, and keeps a Dutch request Dutch whatever the name', async () => {
    bot = await start();
    const english = await bot.say('topics militias', SLACK_MEMBER);
    expect(english).toMatchObject({ title: ANSWER_MESSAGES.topicFactsTitle('Militias') });
    expect(english.language).toBeUndefined();
    expect(await bot.say('onderwerpen militias', SLACK_MEMBER)).toMatchObject({ title: ANSWER_MESSAGES_NL.topicFactsTitle('Milities'), language: 'nl' });
    // A name both languages share ("ISIS") leaves the language to the request: here the Dutch client.
    expect(await bot.command('topics', { topic: 'ISIS' }, MEMBER_NL)).toMatchObject({ title: ANSWER_MESSAGES_NL.topicFactsTitle('IS'), language: 'nl' });
  });

  it('offers the topics under their Dutch labels when a Dutch question has no answer', async () => {
    bot = await start();
    const reply = await bot.say(UNRELATED_DUTCH, SLACK_MEMBER);
    expect(reply).toMatchObject({ kind: 'no_match', title: ANSWER_MESSAGES_NL.noMatchTitle, language: 'nl' });
    expect(reply.body).toContain('Milities');
    expect(reply.body).toContain('Amerikaanse aanwezigheid');
    expect(reply.body).not.toContain('US presence');
  });

  it('labels a topic the topics file does not name from its slug, in both languages, and still finds it', async () => {
    const withoutMoney = new Map([...topicNames].filter(([topic]) => topic !== 'money'));
    bot = await start(withoutMoney);
    const dutch = await bot.say('onderwerpen', SLACK_MEMBER);
    expect(dutch.body).toContain('• **Money** (');
    expect(dutch.body).toContain('• **Milities** (');
    expect(await bot.say('topics money', SLACK_MEMBER)).toMatchObject({ title: ANSWER_MESSAGES.topicFactsTitle('Money') });
    expect((await bot.say('topics geld', SLACK_MEMBER)).title).toBe(ANSWER_MESSAGES.unknownTopicTitle);
  });

  it('without topic names at all, labels every topic from its slug as before', async () => {
    bot = await startModerationBot({ facts: knowledge });
    expect((await bot.say('onderwerpen', SLACK_MEMBER)).body).toContain('• **Militias** (');
    expect((await bot.say('milities', SLACK_MEMBER)).kind).not.toBe('info');
  });
});
