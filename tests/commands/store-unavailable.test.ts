import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MESSAGES, MESSAGES_NL } from '../../src/core/messages';
import { StoreUnavailableError } from '../../src/core/operator-error';
import { type FactStore } from '../../src/store/fact-store';
import { ALICE, DISCORD_MEMBER } from './moderation-fixtures';
import { startModerationBot, type ModerationBot } from './moderation-harness';

/** A store that works until the test cuts it off; then every call fails as an unreachable database does. */
function cuttable(store: FactStore): { store: FactStore; cut(): void } {
  let cutOff = false;
  const wrapped: Record<string, unknown> = { ...store };
  for (const [name, value] of Object.entries(store)) {
    if (typeof value !== 'function' || name === 'subscribe' || name === 'close') continue;
    wrapped[name] = (...args: unknown[]) =>
      cutOff ? Promise.reject(new StoreUnavailableError('The fact database cannot be reached (cut off by the test).')) : value(...args);
  }
  return { store: wrapped as unknown as FactStore, cut: () => (cutOff = true) };
}

let bot: ModerationBot;
let connection: ReturnType<typeof cuttable>;
beforeEach(async () => {
  bot = await startModerationBot({
    wrapStore: (store) => {
      connection = cuttable(store);
      return connection.store;
    },
  });
});
afterEach(async () => {
  await bot.close();
});

describe('when the fact store cannot be reached', () => {
  it('every moderator command that needs it gets the same friendly reply, and questions are still answered', async () => {
    await bot.say('fact show company-size', ALICE);
    connection.cut();

    for (const text of [
      'fact show company-size',
      'fact history company-size',
      'fact gaps',
      'fact stale',
      'fact edit company-size --answer "An infantry company of 145 soldiers, from January."',
      'fact revert company-size 1',
      'fact remove company-size',
    ]) {
      expect(await bot.say(text, ALICE), text).toMatchObject({ kind: 'error', body: MESSAGES.storeUnavailable, visibility: 'private' });
    }
    expect(bot.logLines.filter((line) => line.includes('the fact store is unavailable'))).toHaveLength(7);
    expect(await bot.say('How many Dutch soldiers are going to Iraq?', DISCORD_MEMBER)).toMatchObject({ kind: 'answer', factId: 'company-size' });
  });

  it('a moderator writing Dutch, or with a Dutch client, is told in Dutch', async () => {
    connection.cut();
    expect(await bot.say('fact verwijder company-size', ALICE)).toMatchObject({ kind: 'error', body: MESSAGES_NL.storeUnavailable, language: 'nl' });
    expect(await bot.command('fact history', { id: 'company-size' }, { ...ALICE, clientLanguage: 'nl' })).toMatchObject({ body: MESSAGES_NL.storeUnavailable, title: MESSAGES_NL.badUsageTitle });
  });
});
