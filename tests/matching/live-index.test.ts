import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { LiveFactIndex } from '../../src/matching/live-index';
import type { Fact } from '../../src/facts/fact';
import { readingStats } from '../../src/matching/fact-reading';
import type { FactChangedEvent, FactStore } from '../../src/store/fact-store';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { moderator, sampleFact } from '../store/sample-facts';

describe('the live fact index', () => {
  let store: FactStore;
  afterEach(() => store?.close());

  it('does not miss a change that another writer commits while the first load is running', async () => {
    store = await openSqliteStore(':memory:', createLogger('silent'));
    await store.importKnowledge([sampleFact('company-size')]);
    const listFacts = store.listFacts.bind(store);
    let first = true;
    // The first load reads the old state; a change lands before that load returns.
    store.listFacts = async (options) => {
      const facts = await listFacts(options);
      if (first) {
        first = false;
        await store.applyChange({
          action: 'edit',
          factId: 'company-size',
          baseRevision: 1,
          after: { ...sampleFact('company-size'), answer: 'Changed while the index was loading.' },
          retired: false,
          author: moderator('Alice'),
        });
      }
      return facts;
    };

    const index = await LiveFactIndex.create(store);
    await index.settled();

    expect(index.getFact('company-size')?.answer).toBe('Changed while the index was loading.');
    index.close();
  });
});

describe('the live fact index after one change', () => {
  let store: FactStore;
  afterEach(() => {
    readingStats.ids = undefined;
    return store?.close();
  });

  const manyFacts = () =>
    Array.from({ length: 60 }, (_, at) =>
      sampleFact('company-size', { id: `fact-${String(at).padStart(3, '0')}`, title: `Fact number ${at} about the mission`, answer: `Answer ${at} names Erbil and soldiers.` }),
    );

  async function liveIndexOver(facts: Fact[]): Promise<LiveFactIndex> {
    store = await openSqliteStore(':memory:', createLogger('silent'));
    await store.importKnowledge(facts);
    return LiveFactIndex.create(store);
  }

  async function editFactSevenIntoAZeppelin(index: LiveFactIndex): Promise<void> {
    await store.applyChange({
      action: 'edit',
      factId: 'fact-007',
      baseRevision: 1,
      after: { ...sampleFact('company-size'), id: 'fact-007', title: 'Fact number 7 about the zeppelin', answer: 'A zeppelin.' },
      retired: false,
      author: moderator('Alice'),
    });
    await index.settled();
  }

  /** The facts read (normalised) while `work` runs, one entry per reading in one language. */
  async function factsReadDuring(work: () => Promise<void>): Promise<string[]> {
    readingStats.ids = [];
    await work();
    const read = readingStats.ids;
    readingStats.ids = undefined;
    return read;
  }

  it('reads (normalises) only the edited fact, old and new text in each language, and the matcher answers from its new text', async () => {
    const index = await liveIndexOver(manyFacts());
    const read = await factsReadDuring(async () => {
      await editFactSevenIntoAZeppelin(index);
    });

    expect(read).toEqual(['fact-007', 'fact-007', 'fact-007', 'fact-007']);
    expect(index.getFact('fact-007')?.answer).toBe('A zeppelin.');
    expect(index.matcher.match('what about the zeppelin?').candidates[0]?.fact.id).toBe('fact-007');
    expect(index.matcher.match('wat weet je over de zeppelin?', 'nl').candidates[0]?.fact.id).toBe('fact-007');
    expect(index.facts.map((fact) => fact.id)).toEqual(manyFacts().map((fact) => fact.id));
    index.close();
  });

  it('answers a question asked again from memory, and anew once a fact changes', async () => {
    const index = await liveIndexOver(manyFacts());
    const question = 'what about the zeppelin?';
    const before = index.matcher.match(question);
    expect(index.matcher.match(question)).toBe(before);
    expect(before.candidates.map((candidate) => candidate.fact.id)).not.toContain('fact-007');

    await editFactSevenIntoAZeppelin(index);

    expect(index.matcher.match(question).candidates[0]?.fact.id).toBe('fact-007');
    index.close();
  });

  it('reads only the retired fact (to drop its entries), and drops it from the facts and the matcher', async () => {
    const index = await liveIndexOver(manyFacts());
    const read = await factsReadDuring(async () => {
      await store.applyChange({ action: 'retire', factId: 'fact-003', baseRevision: 1, after: manyFacts()[3]!, retired: true, author: moderator('Alice') });
      await index.settled();
    });

    expect(read).toEqual(['fact-003', 'fact-003']);
    expect(index.getFact('fact-003')).toBeUndefined();
    expect(index.facts).toHaveLength(59);
    expect(index.matcher.size).toBe(59);
    index.close();
  });

  it('asks the store for a changed fact as soon as the change is heard, before listeners after it ask anything', async () => {
    const index = await liveIndexOver(manyFacts());
    const sqlite = store;
    const asked: string[] = [];
    const getFact = sqlite.getFact.bind(sqlite);
    sqlite.getFact = async (id) => (asked.push(`index reads ${id}`), getFact(id));
    // Another listener (the source catalog, say) that queries the store when it hears a change.
    const unsubscribe = sqlite.subscribe(() => asked.push('another listener queries'));
    await store.applyChange({ action: 'edit', factId: 'fact-005', baseRevision: 1, after: { ...manyFacts()[5]!, answer: 'Edited.' }, retired: false, author: moderator('Alice') });
    await index.settled();

    expect(asked).toEqual(['index reads fact-005', 'another listener queries']);
    expect(index.getFact('fact-005')?.answer).toBe('Edited.');
    unsubscribe();
    index.close();
  });

  it('lists everything again when the store may have missed changes (after a reconnect), and reads only the facts that differ', async () => {
    store = await openSqliteStore(':memory:', createLogger('silent'));
    await store.importKnowledge(manyFacts());
    const listeners: Array<(event: FactChangedEvent) => void> = [];
    let listings = 0;
    const sqlite = store;
    const watched: FactStore = {
      ...sqlite,
      subscribe: (listener) => (listeners.push(listener), sqlite.subscribe(listener)),
      listFacts: async (options) => ((listings += 1), sqlite.listFacts(options)),
    };
    const index = await LiveFactIndex.create(watched);
    // Written while the listener was not hearing: only the resync tells.
    const cut = listeners.splice(0);
    await sqlite.applyChange({ action: 'edit', factId: 'fact-001', baseRevision: 1, after: { ...manyFacts()[1]!, answer: 'Missed while disconnected.' }, retired: false, author: moderator('Bob') });
    listeners.push(...cut);
    const before = listings;
    const read = await factsReadDuring(async () => {
      for (const listener of listeners) listener({ factId: 'fact-001', revision: 2, action: 'edit', resync: true });
      await index.settled();
    });

    expect(listings - before).toBe(1);
    expect(read).toEqual(['fact-001', 'fact-001', 'fact-001', 'fact-001']);
    expect(index.getFact('fact-001')?.answer).toBe('Missed while disconnected.');
    expect(index.matcher.size).toBe(60);
    index.close();
  });
});
