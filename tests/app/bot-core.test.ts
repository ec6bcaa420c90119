import { afterEach, describe, expect, it, vi } from 'vitest';
import { createBotCore, type BotCore } from '../../src/app/bot-core';
import { parseConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { DAY_MS } from '../../src/store/gap-retention';

describe('the bot core', () => {
  let core: BotCore | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await core?.close();
  });

  it('keeps unanswered questions no longer than GAPS_RETENTION_DAYS while it runs, not only at start', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = new Date('2025-01-01T00:00:00Z');
    core = await createBotCore(parseConfig({ DATABASE_PATH: ':memory:', GAPS_RETENTION_DAYS: '2' }), createLogger('silent'), { now: () => now });
    await core.store.recordUnanswered({ question: 'what is the weather', platform: 'slack', at: now });
    expect(await core.store.gaps({ since: new Date(0), limit: 5 })).toHaveLength(1);

    now = new Date(now.getTime() + 3 * DAY_MS);
    await vi.advanceTimersByTimeAsync(DAY_MS);

    expect(await core.store.gaps({ since: new Date(0), limit: 5 })).toEqual([]);
  });

  it('merges knowledge/ into a new store and answers from it at once', async () => {
    core = await createBotCore(parseConfig({ DATABASE_PATH: ':memory:' }), createLogger('silent'));
    expect(core.index.facts.length).toBeGreaterThanOrEqual(30);
    expect(core.index.matcher.match('how many troops r the dutch sending').candidates[0]?.fact.id).toBe('company-size');
  });
});
