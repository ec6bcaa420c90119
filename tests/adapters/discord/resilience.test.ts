import { afterEach, describe, expect, it } from 'vitest';
import { allCommands } from '../../../commands';
import { moderatorRulesFrom, type BotCore } from '../../../src/app/bot-core';
import type { Command } from '../../../src/core/command';
import { createDispatcher } from '../../../src/core/dispatcher';
import { MESSAGES } from '../../../src/core/messages';
import { createRegistry } from '../../../src/core/registry';
import { callsFor, FAKE_TOKEN, startDiscordHarness, type DiscordHarness } from './discord-harness';
import { MEMBERS, slashCommand } from '../../fakes/discord/interactions';
import { showsWithin } from '../../helpers/eventually';

let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

const explodingCommand = {
  name: 'explode',
  description: 'A command with a bug',
  usage: 'explode',
  moderatorOnly: false,
  options: [],
  run() {
    throw new Error('a bug in a command');
  },
} satisfies Command;

/** The real core with one more, broken, command in its registry. */
function withExplodingCommand(core: BotCore): BotCore {
  const registry = createRegistry([...allCommands, explodingCommand]);
  const context = { ...core.context, registry };
  return { ...core, registry, context, dispatcher: createDispatcher(context, moderatorRulesFrom(core.config)) };
}

async function expectAnsweredNormally(active: DiscordHarness) {
  const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'How many Dutch soldiers are going to Iraq?' });
  active.send(ask);
  const answer = await active.answerTo(ask);
  expect(answer.embeds[0].title).toBe('Size of the Dutch infantry company going to Iraq');
}

describe('the Discord adapter when something fails', () => {
  it('answers a command that throws with a private "something went wrong", and keeps answering', async () => {
    harness = await startDiscordHarness({ adaptCore: withExplodingCommand });
    const explode = slashCommand(MEMBERS.reader, 'explode');
    harness.send(explode);

    const answer = await harness.answerTo(explode);
    expect(answer.ephemeral).toBe(true);
    expect(answer.via).toBe('reply');
    expect(answer.content).toContain(MESSAGES.somethingWentWrong);
    expect(harness.logs.some((line) => line.includes('a bug in a command'))).toBe(true);

    await expectAnsweredNormally(harness);
    // Answered directly and privately: nothing public was ever shown in the channel.
    expect(callsFor(harness.fake, explode).map((call) => call.method)).toEqual(['POST']);
  });

  it('catches an error that slips past the command layer, and keeps answering', async () => {
    let failuresLeft = 1;
    harness = await startDiscordHarness({
      adaptCore: (core) => ({
        ...core,
        dispatcher: {
          ...core.dispatcher,
          handleCommand(input) {
            if (failuresLeft-- > 0) throw new Error('the dispatcher itself failed');
            return core.dispatcher.handleCommand(input);
          },
        },
      }),
    });
    const first = slashCommand(MEMBERS.reader, 'topics');
    harness.send(first);
    const answer = await harness.answerTo(first);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(MESSAGES.somethingWentWrong);
    expect(harness.logs.some((line) => line.includes('the dispatcher itself failed'))).toBe(true);

    await expectAnsweredNormally(harness);
  });

  it('survives Discord refusing a reply, tells the user privately, and keeps answering', async () => {
    harness = await startDiscordHarness();
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'Who protected Erbil airport?' });
    harness.fake.failNext((request) => request.path.endsWith(`/${ask.token}/callback`), 404);
    harness.send(ask);

    const fallback = await harness.fake.waitForRequest(
      (request) => request.path.endsWith(`/${ask.token}/callback`) && request.body?.data?.content?.includes(MESSAGES.somethingWentWrong),
      'an apology after the failed reply',
    );
    expect(fallback.body.type).toBe(4);
    expect(fallback.body.data.flags & 64).toBe(64);

    await expectAnsweredNormally(harness);
  });

  it('lets an interaction in flight finish before it disconnects', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    harness = await startDiscordHarness({
      adaptCore: (core) => ({
        ...core,
        dispatcher: { ...core.dispatcher, handleCommand: async (input) => (await gate, core.dispatcher.handleCommand(input)) },
      }),
    });
    const active = harness;
    harness = undefined;
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'Who protected Erbil airport?' });
    active.send(ask);
    // The held work outlasts the reply deadline, so the adapter defers it first.
    expect((await active.callbackOf(ask)).type).toBe(5);

    const stopped = active.stop();
    // Give a stop that does not wait the chance to disconnect before the reply is released.
    await showsWithin(() => active.fake.timeline.includes('gateway closed'));
    release();
    await stopped;
    const reply = active.fake.timeline.findIndex((entry) => entry.startsWith('PATCH') && entry.includes(ask.token));
    expect(reply).toBeGreaterThan(-1);
    expect(reply).toBeLessThan(active.fake.timeline.indexOf('gateway closed'));
  });

  it('never writes the token to its logs', async () => {
    harness = await startDiscordHarness({ adaptCore: withExplodingCommand });
    const explode = slashCommand(MEMBERS.reader, 'explode');
    harness.fake.failNext((request) => request.path.endsWith(`/${explode.token}/callback`), 404);
    harness.send(explode);
    await harness.answerTo(explode);
    await expectAnsweredNormally(harness);

    expect(harness.logs.length).toBeGreaterThan(0);
    const everything = harness.logs.join('\n');
    expect(everything).not.toContain(FAKE_TOKEN);
    expect(everything).not.toContain('SECRET-never-log-me');
  });

  it('never logs an interaction token, though a failed reply logs the URL that carries it', async () => {
    harness = await startDiscordHarness();
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'Who protected Erbil airport?' });
    // The answer is one direct interaction callback, whose URL carries the token.
    harness.fake.failNext((request) => request.method === 'POST' && request.path.includes(ask.token), 404);
    harness.send(ask);
    await harness.fake.waitForRequest((request) => request.method === 'POST' && request.path.includes(ask.token), 'the failed reply');
    await expectAnsweredNormally(harness);

    const everything = harness.logs.join('\n');
    expect(everything).toMatch(/\/interactions\/\d+\/\[redacted\]\/callback|\/webhooks\/\d+\/\[redacted\]/);
    expect(everything).not.toContain(ask.token);
  });
});
