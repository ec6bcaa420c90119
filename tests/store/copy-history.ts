import type { Fact } from '../../src/facts/fact';
import type { FactStore } from '../../src/store/fact-store';
import { moderator, sampleFact } from './sample-facts';

/**
 * Gives a store a history with every kind of revision, several authors and platforms, a
 * retired fact and unanswered questions: what a copy must carry over.
 */
export async function buildHistory(store: FactStore, knowledge: readonly Fact[] = [sampleFact('company-size'), sampleFact('erbil-return')]): Promise<void> {
  await store.importKnowledge(knowledge);
  const [first, second] = [knowledge[0]!, knowledge[1]!];
  const change = async (id: string, action: 'edit' | 'retire' | 'restore' | 'revert', after: Fact, retired: boolean, who: ReturnType<typeof moderator>) => {
    const current = (await store.getFact(id))!;
    await store.applyChange({ action, factId: id, baseRevision: current.revision, after, retired, author: who });
  };
  await change(first.id, 'edit', { ...first, answer: `${first.answer} (first edit)` }, false, moderator('alice'));
  await change(first.id, 'edit', { ...first, answer: `${first.answer} (second edit)` }, false, moderator('bob', 'slack'));
  await change(first.id, 'revert', first, false, moderator('carol', 'console'));
  await change(second.id, 'retire', second, true, moderator('alice'));
  await change(second.id, 'restore', second, false, moderator('bob', 'slack'));
  await change(second.id, 'retire', second, true, moderator('bob', 'slack'));
  await store.applyChange({ action: 'add', factId: 'oir-officers', after: sampleFact('oir-officers'), retired: false, author: moderator('dave') });
  await store.recordUnanswered({ question: 'Who pays for the mission?', platform: 'discord', at: new Date('2025-01-02T10:00:00Z') });
  await store.recordUnanswered({ question: 'who pays for the mission', platform: 'slack', at: new Date('2025-01-03T10:00:00Z') });
  await store.recordUnanswered({ question: 'How long will they stay?', platform: 'console', at: new Date('2025-01-04T10:00:00Z') });
}

/** Everything a reader of the store can see, fact by fact, for comparing two stores. */
export async function visibleState(store: FactStore) {
  const facts = await store.listFacts({ includeRetired: true });
  return {
    facts,
    active: (await store.listFacts()).map((fact) => fact.id),
    histories: await Promise.all(facts.map((fact) => store.history(fact.id))),
    gaps: await store.gaps({ since: new Date(0), limit: 100 }),
  };
}
