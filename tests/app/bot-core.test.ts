import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ARTICLE_SOURCE_ID } from '../../src/facts/fact';
import { KnowledgeError } from '../../src/facts/knowledge-files';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { REPO_SOURCES_DIR } from '../knowledge/article-sentences';
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

  it('refuses to start when a curated quote is not in its source, showing the closest real sentence', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'knowledge-'));
    try {
      const invented = 'Iran sends 145 soldiers to Iraq.';
      writeFileSync(
        join(folder, 'deployment.yaml'),
        stringify({ facts: [{ id: 'made-up', title: 'Made up', answer: 'Iraq.', topic: 'deployment', claim: 'reporting', source: { id: ARTICLE_SOURCE_ID, quotes: [invented] }, as_of: '2023-07-10' }] }),
      );
      const config = parseConfig({ DATABASE_PATH: ':memory:', KNOWLEDGE_DIR: folder, SOURCES_DIR: REPO_SOURCES_DIR });
      const start = createBotCore(config, createLogger('silent'));
      await expect(start).rejects.toBeInstanceOf(KnowledgeError);
      await expect(start).rejects.toThrow(/quote 1 is not in "The Dutch send troops to Iraq to counter unpredictable militias".*The closest sentence of the source is: “/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('loads curated facts that cite a source registered from chat, which the store holds', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'knowledge-'));
    const database = join(folder, 'facts.db');
    try {
      const store = await openSqliteStore(database, createLogger('silent'));
      await store.addSource({ id: 'letter-2024', title: 'Letter', kind: 'government-letter', language: 'en', published: '2024-01-05' }, { platform: 'discord', userId: '1', displayName: 'Alice', location: 'test' });
      await store.close();
      writeFileSync(
        join(folder, 'deployment.yaml'),
        stringify({ facts: [{ id: 'from-letter', title: 'From the letter', answer: 'Iraq.', topic: 'deployment', claim: 'official-statement', source: { id: 'letter-2024', quotes: ['Not checkable here.'] }, as_of: '2024-01-05' }] }),
      );
      core = await createBotCore(parseConfig({ DATABASE_PATH: database, KNOWLEDGE_DIR: folder, SOURCES_DIR: REPO_SOURCES_DIR }), createLogger('silent'));
      expect(core.context.sources.get('letter-2024')).toMatchObject({ title: 'Letter', origin: 'store' });
      expect(core.index.facts.map((fact) => fact.id)).toEqual(['from-letter']);
    } finally {
      await core?.close();
      core = undefined;
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

