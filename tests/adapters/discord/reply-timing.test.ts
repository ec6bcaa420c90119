import { afterEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES } from '../../../commands/answer-messages';
import { REPLY_TIMING } from '../../../src/adapters/discord/answer-in-time';
import { moderatorRulesFrom, type BotCore } from '../../../src/app/bot-core';
import { createDispatcher } from '../../../src/core/dispatcher';
import type { FactStore } from '../../../src/store/fact-store';
import { MEMBERS, slashCommand } from '../../fakes/discord/interactions';
import { callsFor, startDiscordHarness, type DiscordHarness } from './discord-harness';

const EPHEMERAL = 64;
/** Longer than the adapter waits before deferring, as a store on a slow network might be. */
const SLOW_STORE_MS = REPLY_TIMING.afterArrivalMs + 700;

let harness: DiscordHarness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

/** The real core, except that the named store calls take `delayMs` longer. */
function withSlowStore(methods: ReadonlyArray<keyof FactStore>, delayMs: number) {
  return (core: BotCore): BotCore => {
    const slowed: Partial<FactStore> = {};
    for (const method of methods) {
      const original = core.store[method] as (...args: unknown[]) => Promise<unknown>;
      (slowed as Record<string, unknown>)[method] = async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, delayMs));
        return original.apply(core.store, args);
      };
    }
    const store = { ...core.store, ...slowed } as FactStore;
    const context = { ...core.context, store };
    return { ...core, store, context, dispatcher: createDispatcher(context, moderatorRulesFrom(core.config)) };
  };
}

/** Lets a late call show up: another interaction's full answer has gone through the same client since. */
async function afterAnotherAnswer(active: DiscordHarness): Promise<void> {
  const other = slashCommand(MEMBERS.reader, 'topics');
  active.send(other);
  await active.answerTo(other);
}

describe('the Discord adapter answering in time', () => {
  it('answers /ask with one direct interaction reply: no deferral and no webhook edit', async () => {
    harness = await startDiscordHarness();
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'How many Dutch soldiers are going to Iraq?' });
    harness.send(ask);

    const answer = await harness.answerTo(ask);
    expect(answer.via).toBe('reply');
    expect(answer.ephemeral).toBe(false);
    expect(answer.embeds[0].title).toBe('Size of the Dutch infantry company going to Iraq');
    expect(answer.allowedMentions).toEqual({ parse: [] });
    await afterAnotherAnswer(harness);
    const calls = callsFor(harness.fake, ask).map((call) => `${call.method} ${call.body?.type ?? ''}`.trim());
    expect(calls).toEqual(['POST 4']);
  });

  it('still replies directly to an interaction that arrived late, when its answer is ready', async () => {
    harness = await startDiscordHarness();
    const late = slashCommand(MEMBERS.reader, 'ask', { question: 'Who protected Erbil airport?' }, { createdAt: Date.now() - 2_500 });
    harness.send(late);
    expect((await harness.answerTo(late)).via).toBe('reply');
  });

  it('defers a command whose store is slow before the deadline, then edits the answer in', async () => {
    harness = await startDiscordHarness({ adaptCore: withSlowStore(['recordUnanswered'], SLOW_STORE_MS) });
    // An unanswered question is recorded in the store (a gap) before the reply is sent.
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'What is the weather in Amsterdam?' });
    const sentAt = Date.now();
    harness.send(ask);

    const deferral = await harness.callbackOf(ask);
    const deferredAfterMs = Date.now() - sentAt;
    expect(deferral.type).toBe(5);
    expect(deferral.data?.flags ?? 0).toBe(0);
    expect(deferredAfterMs).toBeLessThan(SLOW_STORE_MS);

    const answer = await harness.answerTo(ask);
    expect(answer.via).toBe('editReply');
    expect(answer.ephemeral).toBe(false);
    expect(answer.embeds[0].title).toBe(ANSWER_MESSAGES.noMatchTitle);
    expect(answer.allowedMentions).toEqual({ parse: [] });
    expect(callsFor(harness.fake, ask).map((call) => call.method)).toEqual(['POST', 'PATCH']);
  });

  it('defers every slow command in flight at its deadline, while a quick one beside them is answered directly', async () => {
    harness = await startDiscordHarness({ adaptCore: withSlowStore(['recordUnanswered'], SLOW_STORE_MS) });
    const slow = [1, 2, 3].map((index) => slashCommand(MEMBERS.reader, 'ask', { question: `What is the weather in city ${index}?` }));
    const quick = slashCommand(MEMBERS.reader, 'ask', { question: 'Who protected Erbil airport?' });
    const sentAt = Date.now();
    for (const ask of slow) harness.send(ask);
    harness.send(quick);

    expect((await harness.answerTo(quick)).via).toBe('reply');
    for (const ask of slow) expect((await harness.callbackOf(ask)).type).toBe(5);
    expect(Date.now() - sentAt).toBeLessThan(SLOW_STORE_MS);
    for (const ask of slow) expect((await harness.answerTo(ask)).via).toBe('editReply');
    expect(callsFor(harness.fake, quick).map((call) => `${call.method} ${call.body?.type ?? ''}`.trim())).toEqual(['POST 4']);
  });

  it('defers a slow moderation command privately, so nothing shows in the channel', async () => {
    harness = await startDiscordHarness({ adaptCore: withSlowStore(['history'], SLOW_STORE_MS) });
    const history = slashCommand(MEMBERS.admin, 'fact history', { id: 'officers-peshmerga' });
    harness.send(history);

    const deferral = await harness.callbackOf(history);
    expect(deferral.type).toBe(5);
    expect(deferral.data.flags & EPHEMERAL).toBe(EPHEMERAL);
    const answer = await harness.answerTo(history);
    expect(answer.via).toBe('editReply');
    expect(answer.ephemeral).toBe(true);
  });

  it('defers at once when a slow command arrives so late that the waiting time is used up', async () => {
    harness = await startDiscordHarness({ adaptCore: withSlowStore(['recordUnanswered'], SLOW_STORE_MS) });
    const late = slashCommand(MEMBERS.reader, 'ask', { question: 'What is the weather in Amsterdam?' }, { createdAt: Date.now() - 2_500 });
    const sentAt = Date.now();
    harness.send(late);

    const deferral = await harness.callbackOf(late);
    expect(deferral.type).toBe(5);
    // Waiting the usual time after arrival would answer after Discord's 3 seconds; generous bound.
    expect(Date.now() - sentAt).toBeLessThan(REPLY_TIMING.afterArrivalMs - 500);
    expect((await harness.answerTo(late)).via).toBe('editReply');
  });
});
