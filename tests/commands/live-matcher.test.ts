import { afterEach, describe, expect, it } from 'vitest';
import type { FactStore } from '../../src/store/fact-store';
import { ALICE, DISCORD_MEMBER } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

let bot: ModerationBot;
afterEach(async () => {
  await bot.close();
});

/** Counts full reloads of the live facts and single-fact reads, and makes each take a turn of the event loop, as a real database does. */
function countingReloads(store: FactStore) {
  const counter = { reloads: 0, factReads: 0 };
  const wrapped: FactStore = {
    ...store,
    async listFacts(options) {
      if (!options?.includeRetired) counter.reloads += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return store.listFacts(options);
    },
    async getFact(id) {
      counter.factReads += 1;
      await new Promise((resolve) => setImmediate(resolve));
      return store.getFact(id);
    },
  };
  return { wrapped, counter };
}

describe('the matcher after a moderator change', () => {
  it('reads only the changed fact (no full reload), and the question right after the reply already sees the change', async () => {
    let counter = { reloads: 0, factReads: 0 };
    bot = await startModerationBot({
      wrapStore: (store) => {
        const counting = countingReloads(store);
        counter = counting.counter;
        return counting.wrapped;
      },
    });
    await bot.say('fact show company-size', ALICE);
    const before = { ...counter };

    const reply = await bot.say('fact edit company-size --answer "An infantry company of 145 soldiers, from the 1st of January."', ALICE);
    expect(reply.kind).toBe('success');
    const answer = await bot.say('How many Dutch soldiers are going to Iraq?', DISCORD_MEMBER);

    expect(answer).toMatchObject({ kind: 'answer', factId: 'company-size', body: 'An infantry company of 145 soldiers, from the 1st of January.' });
    expect(counter.reloads - before.reloads).toBe(0);
    expect(counter.factReads - before.factReads).toBeGreaterThanOrEqual(1);
  });
});
