import { afterEach, describe, expect, it } from 'vitest';
import { createBotCore, type BotCore } from '../../src/app/bot-core';
import { parseConfig } from '../../src/config';
import type { Reply } from '../../src/core/request';
import { createLogger } from '../../src/logger';
import { createWordSampler, syntheticFacts } from '../../bench/synthetic-facts';
import { DISCORD_MEMBER } from '../commands/moderation-fixtures';

const QUESTION = 'how many troops r the dutch sending';

describe('a big import while the bot is answering', () => {
  let core: BotCore | undefined;
  afterEach(async () => {
    await core?.close();
    core = undefined;
  });

  it('keeps answering from the facts loaded last while 10,000 imported facts are indexed, then answers from all of them', async () => {
    core = await createBotCore(parseConfig({ DATABASE_PATH: ':memory:' }), createLogger('silent'));
    const curated = core.index.facts.length;
    const ask = (text: string) => core!.dispatcher.handleText({ actor: DISCORD_MEMBER, location: 'discord test channel', text });
    const imported = syntheticFacts(10_000, createWordSampler(['troops', 'dutch', 'mission'], 7));

    await core.store.importKnowledge(imported);
    let indexed = false;
    const settled = core.index.settled().then(() => (indexed = true));
    const answersMeanwhile: Reply[] = [];
    while (!indexed) {
      answersMeanwhile.push(await ask(QUESTION));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    await settled;

    // Several answers came while the new index was built, each from the facts loaded before the import.
    expect(answersMeanwhile.length).toBeGreaterThanOrEqual(3);
    for (const reply of answersMeanwhile) expect(reply).toMatchObject({ kind: 'answer', factId: 'company-size' });
    expect(core.index.facts.length).toBe(curated + imported.length);
    expect(core.index.matcher.size).toBe(curated + imported.length);
    expect(core.index.getFact(imported[1234]!.id)?.title).toBe(imported[1234]!.title);
  }, 240_000);
});
