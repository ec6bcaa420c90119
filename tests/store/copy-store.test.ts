import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { copyStore } from '../../src/store/copy-store';
import { StoreNotEmptyError, type FactChangedEvent, type FactStore } from '../../src/store/fact-store';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { buildHistory, visibleState } from './copy-history';
import { sampleFact } from './sample-facts';

const silent = pino({ level: 'silent' });

describe('copying a store', () => {
  const opened: FactStore[] = [];
  const open = async () => {
    const store = await openSqliteStore(':memory:', silent);
    opened.push(store);
    return store;
  };
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
  });

  it('carries every fact with its whole history, and the unanswered questions, into an empty store', async () => {
    const [from, to] = [await open(), await open()];
    await buildHistory(from);
    const heard: FactChangedEvent[] = [];
    to.subscribe((event) => heard.push(event));

    const report = await copyStore(from, to);

    expect(report).toEqual({ facts: 3, revisions: 9, questionLog: 2 });
    expect(await visibleState(to)).toEqual(await visibleState(from));
    expect(heard.map((event) => event.factId).sort()).toEqual(['company-size', 'erbil-return', 'oir-officers']);
  });

  it('keeps where each fact stands with respect to knowledge/, so the next import decides as it would have', async () => {
    const [from, to] = [await open(), await open()];
    await buildHistory(from);
    await copyStore(from, to);
    const changedFiles = [sampleFact('company-size', { answer: 'Curated again.' }), sampleFact('erbil-return', { title: 'Curated title' })];
    expect(await to.importKnowledge(changedFiles)).toEqual(await from.importKnowledge(changedFiles));
  });

  it('refuses a target that holds facts, and changes nothing in it', async () => {
    const [from, to] = [await open(), await open()];
    await buildHistory(from);
    await to.importKnowledge([sampleFact('oir-officers')]);
    const before = await visibleState(to);

    await expect(copyStore(from, to)).rejects.toBeInstanceOf(StoreNotEmptyError);
    expect(await visibleState(to)).toEqual(before);
  });

  it('refuses a target that holds only unanswered questions', async () => {
    const [from, to] = [await open(), await open()];
    await buildHistory(from);
    await to.recordUnanswered({ question: 'Anything?', platform: 'console', at: new Date('2025-01-01T00:00:00Z') });
    const error = await copyStore(from, to).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreNotEmptyError);
    expect((error as Error).message).toContain('nothing was copied');
    expect(await to.listFacts({ includeRetired: true })).toEqual([]);
  });
});
