import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { createFactMatcher } from '../../src/matching/fact-matcher';
import { LiveFactIndex } from '../../src/matching/live-index';
import type { FactStore } from '../../src/store/fact-store';
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

    const index = await LiveFactIndex.create(store, createFactMatcher);
    await index.settled();

    expect(index.getFact('company-size')?.answer).toBe('Changed while the index was loading.');
    index.close();
  });
});
