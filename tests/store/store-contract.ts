import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  FactExistsError,
  SourceExistsError,
  StaleRevisionError,
  StoreNotEmptyError,
  UnknownFactError,
  type FactChangedEvent,
  type FactStore,
  type NewSource,
} from '../../src/store/fact-store';
import { UNANSWERED_QUESTION_MAX } from '../../src/store/question-key';
import { contentOf, moderator, sampleFact } from './sample-facts';

const NEW_LETTER: NewSource = {
  id: 'letter-2024',
  title: 'Letter to Parliament on the Iraq mission',
  kind: 'government-letter',
  language: 'en',
  published: '2024-01-05',
  url: 'https://example.org/letter-2024',
  text: 'The company arrived in Iraq in January. It protects the NATO advisers.',
};

const TEXTLESS_STATEMENT: NewSource = {
  id: 'statement-2025',
  title: 'Ministry statement',
  kind: 'official-statement',
  language: 'nl',
  published: '2025-02-01',
  url: 'https://example.org/statement',
};

export interface FreshStore {
  store: FactStore;
  cleanup(): Promise<void>;
}

/**
 * The behaviour every engine must have. Engine-neutral: it talks to the FactStore interface
 * only. Each test gets an empty store from openFresh.
 */
export function describeStoreContract(label: string, openFresh: (options?: { questionLogMaxRows?: number }) => Promise<FreshStore>): void {
  describe(`FactStore contract: ${label}`, () => {
    let store: FactStore;
    let cleanup: () => Promise<void>;
    const alice = moderator('alice');
    const bob = moderator('bob', 'slack');

    beforeEach(async () => {
      ({ store, cleanup } = await openFresh());
    });
    afterEach(async () => {
      await cleanup();
    });

    async function importSamples() {
      return store.importKnowledge([sampleFact('company-size'), sampleFact('erbil-return')]);
    }

    async function edit(id: 'company-size' | 'erbil-return' | 'oir-officers', answer: string, author = alice) {
      const current = (await store.getFact(id))!;
      return store.applyChange({
        action: 'edit',
        factId: id,
        baseRevision: current.revision,
        after: { ...contentOf(current), answer },
        retired: current.retired,
        author,
      });
    }

    describe('importing knowledge/', () => {
      it('adds every fact of an empty store as revision 1 by knowledge/', async () => {
        const report = await importSamples();
        expect(report).toEqual({ added: ['company-size', 'erbil-return'], updated: [], unchanged: [], keptModeratorVersion: [] });
        const [first] = await store.history('company-size');
        expect(first).toMatchObject({ revision: 1, action: 'import', before: null, retiredBefore: false, retiredAfter: false });
        expect(first!.author).toMatchObject({ platform: 'knowledge', userId: 'knowledge' });
        expect(first!.after).toEqual(sampleFact('company-size'));
        const stored = await store.getFact('company-size');
        expect(stored).toMatchObject({ revision: 1, retired: false, updatedByModerator: false });
        expect(contentOf(stored!)).toEqual(sampleFact('company-size'));
      });

      it('changes nothing when the files are imported again unchanged', async () => {
        await importSamples();
        const report = await importSamples();
        expect(report.unchanged).toEqual(['company-size', 'erbil-return']);
        expect(report.added.length + report.updated.length + report.keptModeratorVersion.length).toBe(0);
        expect(await store.history('company-size')).toHaveLength(1);
      });

      it('updates a fact changed in the files when no moderator changed it', async () => {
        await importSamples();
        const changed = sampleFact('company-size', { answer: 'An infantry company of 145 soldiers, from the 1st of January.' });
        const report = await store.importKnowledge([changed, sampleFact('erbil-return')]);
        expect(report.updated).toEqual(['company-size']);
        expect(report.unchanged).toEqual(['erbil-return']);
        const latest = (await store.history('company-size')).at(-1)!;
        expect(latest).toMatchObject({ revision: 2, action: 'import', before: sampleFact('company-size'), after: changed });
        expect((await store.getFact('company-size'))!.answer).toBe(changed.answer);
      });

      it('keeps the moderator version when both the files and a moderator changed a fact', async () => {
        await importSamples();
        await edit('company-size', 'Moderator wording: 145 soldiers.');
        const report = await store.importKnowledge([sampleFact('company-size', { answer: 'Curator wording: 145 soldiers.' }), sampleFact('erbil-return')]);
        expect(report.keptModeratorVersion).toEqual(['company-size']);
        expect(report.updated).toEqual([]);
        const stored = (await store.getFact('company-size'))!;
        expect(stored).toMatchObject({ answer: 'Moderator wording: 145 soldiers.', revision: 2, updatedByModerator: true, updatedBy: 'alice' });
        expect(await store.history('company-size')).toHaveLength(2);
      });

      it('leaves a moderator edit alone when the files did not change', async () => {
        await importSamples();
        await edit('company-size', 'Moderator wording: 145 soldiers.');
        const report = await importSamples();
        expect(report.unchanged).toContain('company-size');
        expect((await store.getFact('company-size'))!.answer).toBe('Moderator wording: 145 soldiers.');
      });

      it('keeps a fact a moderator retired even when the files change it', async () => {
        await importSamples();
        await store.applyChange({ action: 'retire', factId: 'erbil-return', baseRevision: 1, after: sampleFact('erbil-return'), retired: true, author: alice });
        const report = await store.importKnowledge([sampleFact('company-size'), sampleFact('erbil-return', { title: 'Changed title' })]);
        expect(report.keptModeratorVersion).toEqual(['erbil-return']);
        expect(await store.getFact('erbil-return')).toMatchObject({ retired: true, title: sampleFact('erbil-return').title });
      });

      it('keeps facts that moderators added and that are not in the files', async () => {
        await importSamples();
        await store.applyChange({ action: 'add', factId: 'oir-officers', after: sampleFact('oir-officers'), retired: false, author: alice });
        const report = await importSamples();
        expect(report.added).toEqual([]);
        expect((await store.listFacts()).map((fact) => fact.id)).toContain('oir-officers');
      });

      it('accepts files that were exported from the store as the new import point, and imports later file changes', async () => {
        await importSamples();
        await edit('company-size', 'Moderator wording: 145 soldiers.');
        const exported = contentOf((await store.getFact('company-size'))!);
        const afterExport = await store.importKnowledge([exported, sampleFact('erbil-return')]);
        expect(afterExport.unchanged).toContain('company-size');
        expect(afterExport.keptModeratorVersion).toEqual([]);
        expect(await store.history('company-size')).toHaveLength(2);

        const curated = { ...exported, answer: 'Curator wording after review: 145 soldiers.' };
        const later = await store.importKnowledge([curated, sampleFact('erbil-return')]);
        expect(later.updated).toEqual(['company-size']);
        expect((await store.getFact('company-size'))!.answer).toBe(curated.answer);
      });
    });

    describe('moderator changes', () => {
      it('adds a fact as revision 1 with its author', async () => {
        const revision = await store.applyChange({ action: 'add', factId: 'oir-officers', after: sampleFact('oir-officers'), retired: false, author: alice });
        expect(revision).toMatchObject({ factId: 'oir-officers', revision: 1, action: 'add', author: alice, before: null, after: sampleFact('oir-officers') });
        expect(Number.isNaN(Date.parse(revision.at))).toBe(false);
        expect(await store.getFact('oir-officers')).toMatchObject({ revision: 1, updatedBy: 'alice', updatedByModerator: true, updatedAt: revision.at });
      });

      it('refuses to add a fact whose id exists, and changes nothing', async () => {
        await importSamples();
        const attempt = store.applyChange({ action: 'add', factId: 'company-size', after: sampleFact('company-size', { answer: 'Other' }), retired: false, author: alice });
        await expect(attempt).rejects.toBeInstanceOf(FactExistsError);
        expect(await store.history('company-size')).toHaveLength(1);
      });

      it('refuses to change a fact that does not exist', async () => {
        const attempt = store.applyChange({ action: 'edit', factId: 'oir-officers', baseRevision: 1, after: sampleFact('oir-officers'), retired: false, author: alice });
        await expect(attempt).rejects.toBeInstanceOf(UnknownFactError);
        expect(await store.getFact('oir-officers')).toBeUndefined();
      });

      it('records an edit as a new revision with before, after and author', async () => {
        await importSamples();
        const revision = await edit('company-size', 'Edited answer.', bob);
        expect(revision).toMatchObject({ revision: 2, action: 'edit', author: bob, before: sampleFact('company-size') });
        expect(revision.after.answer).toBe('Edited answer.');
        expect(await store.getFact('company-size')).toMatchObject({ revision: 2, answer: 'Edited answer.', updatedBy: 'bob' });
      });

      it('refuses a stale edit, naming the current revision and its author, and changes nothing', async () => {
        await importSamples();
        await edit('company-size', 'First edit.', bob);
        const attempt = store.applyChange({
          action: 'edit',
          factId: 'company-size',
          baseRevision: 1,
          after: sampleFact('company-size', { answer: 'Late edit.' }),
          retired: false,
          author: alice,
        });
        const error = await attempt.catch((caught: unknown) => caught);
        expect(error).toBeInstanceOf(StaleRevisionError);
        expect((error as StaleRevisionError).current).toMatchObject({ revision: 2, author: bob });
        expect((error as StaleRevisionError).baseRevision).toBe(1);
        expect(await store.getFact('company-size')).toMatchObject({ revision: 2, answer: 'First edit.' });
      });

      it('refuses a change to an existing fact that names no base revision', async () => {
        await importSamples();
        const attempt = store.applyChange({ action: 'edit', factId: 'company-size', after: sampleFact('company-size', { answer: 'X' }), retired: false, author: alice });
        await expect(attempt).rejects.toBeInstanceOf(StaleRevisionError);
      });

      it('refuses content that breaks the fact schema, and changes nothing', async () => {
        await importSamples();
        const attempt = store.applyChange({ action: 'edit', factId: 'company-size', baseRevision: 1, after: sampleFact('company-size', { answer: '' }), retired: false, author: alice });
        await expect(attempt).rejects.toThrow();
        expect(await store.history('company-size')).toHaveLength(1);
      });

      it('retires and restores a fact with unchanged content, hiding it from the default list meanwhile', async () => {
        await importSamples();
        const retire = await store.applyChange({ action: 'retire', factId: 'erbil-return', baseRevision: 1, after: sampleFact('erbil-return'), retired: true, author: alice });
        expect(retire).toMatchObject({ revision: 2, action: 'retire', retiredBefore: false, retiredAfter: true, after: sampleFact('erbil-return') });
        expect((await store.listFacts()).map((fact) => fact.id)).toEqual(['company-size']);
        expect((await store.listFacts({ includeRetired: true })).map((fact) => fact.id).sort()).toEqual(['company-size', 'erbil-return']);
        expect(await store.getFact('erbil-return')).toMatchObject({ retired: true });

        const restore = await store.applyChange({ action: 'restore', factId: 'erbil-return', baseRevision: 2, after: sampleFact('erbil-return'), retired: false, author: bob });
        expect(restore).toMatchObject({ revision: 3, action: 'restore', retiredBefore: true, retiredAfter: false });
        expect((await store.listFacts()).map((fact) => fact.id).sort()).toEqual(['company-size', 'erbil-return']);
      });

      it('reverts by making a new revision with an earlier revision content', async () => {
        await importSamples();
        await edit('company-size', 'Wrong edit.', bob);
        const original = (await store.getRevision('company-size', 1))!;
        const revert = await store.applyChange({ action: 'revert', factId: 'company-size', baseRevision: 2, after: original.after, retired: false, author: alice });
        expect(revert).toMatchObject({ revision: 3, action: 'revert', after: sampleFact('company-size') });
        expect(revert.before!.answer).toBe('Wrong edit.');
        expect(contentOf((await store.getFact('company-size'))!)).toEqual(sampleFact('company-size'));
      });
    });

    describe('history', () => {
      it('lists revisions oldest first and finds one by number', async () => {
        await importSamples();
        await edit('company-size', 'Second.', alice);
        await edit('company-size', 'Third.', bob);
        const history = await store.history('company-size');
        expect(history.map((revision) => [revision.revision, revision.action, revision.author.displayName])).toEqual([
          [1, 'import', 'knowledge/'],
          [2, 'edit', 'alice'],
          [3, 'edit', 'bob'],
        ]);
        expect(history[2]!.before!.answer).toBe('Second.');
        expect(await store.getRevision('company-size', 2)).toEqual(history[1]);
        expect(await store.getRevision('company-size', 9)).toBeUndefined();
        expect(await store.history('no-such-fact')).toEqual([]);
      });
    });

    describe('unanswered questions', () => {
      const day = (n: number) => new Date(Date.UTC(2025, 0, n, 12));

      it('keeps one row per question however it is typed, counting it, and lists those asked since a date, most frequent first', async () => {
        await store.recordUnanswered({ question: 'Who pays for the mission?', platform: 'discord', at: day(1) });
        await store.recordUnanswered({ question: 'who pays for the  mission', platform: 'slack', at: day(5) });
        await store.recordUnanswered({ question: 'WHO PAYS FOR THE MISSION?!', platform: 'discord', at: day(6) });
        await store.recordUnanswered({ question: 'What is the weather in Erbil?', platform: 'console', at: day(7) });
        await store.recordUnanswered({ question: 'Old and never again?', platform: 'console', at: day(1) });

        const gaps = await store.gaps({ since: day(2), limit: 10 });
        expect(gaps).toEqual([
          { question: 'WHO PAYS FOR THE MISSION?!', count: 3, lastAskedAt: day(6).toISOString(), platforms: ['discord', 'slack'] },
          { question: 'What is the weather in Erbil?', count: 1, lastAskedAt: day(7).toISOString(), platforms: ['console'] },
        ]);
        expect(await store.gaps({ since: day(2), limit: 1 })).toHaveLength(1);
        expect(await store.gaps({ since: day(1), limit: 10 })).toHaveLength(3);
        expect((await store.exportAll()).questionLog).toHaveLength(3);
      });

      it('keeps at most the configured number of rows, dropping the least recently asked first', async () => {
        const small = await openFresh({ questionLogMaxRows: 3 });
        try {
          for (let n = 1; n <= 5; n += 1) await small.store.recordUnanswered({ question: `Question ${n}?`, platform: 'discord', at: day(n) });
          await small.store.recordUnanswered({ question: 'Question 1?', platform: 'discord', at: day(6) });
          const kept = (await small.store.gaps({ since: day(1), limit: 10 })).map((gap) => gap.question).sort();
          expect(kept).toHaveLength(3);
          expect(kept).toContain('Question 5?');
          expect(kept).not.toContain('Question 2?');
        } finally {
          await small.cleanup();
        }
      });

      it('keeps a long paste trimmed and cut to a bounded length, so one question cannot bloat the gaps', async () => {
        const paste = `  ${'Who pays for the mission? '.repeat(1000)}`;
        await store.recordUnanswered({ question: paste, platform: 'slack', at: day(1) });
        const [gap] = await store.gaps({ since: day(1), limit: 10 });
        expect(gap!.question).toBe(paste.trim().slice(0, UNANSWERED_QUESTION_MAX));
      });

      it('prunes questions older than a date and reports how many went', async () => {
        await store.recordUnanswered({ question: 'Old question?', platform: 'discord', at: day(1) });
        await store.recordUnanswered({ question: 'New question?', platform: 'discord', at: day(10) });
        expect(await store.pruneUnanswered(day(5))).toBe(1);
        expect((await store.gaps({ since: day(1), limit: 10 })).map((gap) => gap.question)).toEqual(['New question?']);
      });
    });

    describe('votes and suggested alternate questions', () => {
      const at = new Date(Date.UTC(2025, 0, 3, 12));
      const vote = (voter: string, helpful: boolean, question = 'How big is the company?') =>
        store.recordVote({ voter, factId: 'company-size', question, helpful, platform: 'discord', at });
      const ofKind = (kind: 'suggested' | 'not_helpful') => store.questionLog({ kind, since: new Date(0), limit: 10 });

      it('counts one vote per voter per answer, lets a voter change it, and keeps no voter id', async () => {
        expect(await vote('discord:111', true)).toBe('recorded');
        expect(await vote('discord:111', true)).toBe('unchanged');
        expect(await vote('discord:222', true, 'how big is the company')).toBe('recorded');
        expect(await ofKind('suggested')).toMatchObject([{ question: 'how big is the company', factId: 'company-size', count: 2, status: 'open' }]);
        expect(await ofKind('not_helpful')).toEqual([]);

        expect(await vote('discord:111', false)).toBe('changed');
        expect(await ofKind('suggested')).toMatchObject([{ count: 1 }]);
        expect(await ofKind('not_helpful')).toMatchObject([{ question: 'How big is the company?', factId: 'company-size', count: 1 }]);
        expect(await vote('discord:222', false)).toBe('changed');
        expect(await ofKind('suggested')).toEqual([]);
        expect(JSON.stringify(await store.exportAll())).not.toMatch(/111|222/);
      });

      it('counts picked suggestions with helpful votes, and a moderator accepts or dismisses one by its number', async () => {
        await store.recordSuggestion({ question: 'How many soldiers went?', factId: 'company-size', platform: 'slack', at });
        await store.recordSuggestion({ question: 'how many soldiers went', factId: 'company-size', platform: 'discord', at });
        await store.recordSuggestion({ question: 'When did they return?', factId: 'erbil-return', platform: 'slack', at });
        const [top, second] = await ofKind('suggested');
        expect(top).toMatchObject({ question: 'how many soldiers went', factId: 'company-size', count: 2, platforms: ['discord', 'slack'] });
        expect(await store.getLogEntry(top!.id)).toEqual(top);

        expect(await store.setSuggestionStatus(top!.id, 'accepted')).toBe(true);
        expect(await store.setSuggestionStatus(second!.id, 'dismissed')).toBe(true);
        expect(await ofKind('suggested')).toEqual([]);
        expect((await store.getLogEntry(top!.id))!.status).toBe('accepted');
        expect(await store.setSuggestionStatus(987654, 'accepted')).toBe(false);
        expect(await store.getLogEntry(987654)).toBeUndefined();
      });

      it('prunes votes and suggestions past a date with the unanswered questions', async () => {
        await vote('discord:111', true);
        expect(await store.pruneUnanswered(new Date(Date.UTC(2025, 0, 4)))).toBe(2);
        expect(await ofKind('suggested')).toEqual([]);
        expect(await vote('discord:111', true)).toBe('recorded');
      });
    });

    describe('change events', () => {
      it('tells listeners after the change is committed, and not after a refused change', async () => {
        await importSamples();
        const seen: Array<{ event: FactChangedEvent; revisionVisible: number | undefined }> = [];
        const pending: Array<Promise<void>> = [];
        const unsubscribe = store.subscribe((event) => {
          pending.push(store.getFact(event.factId).then((fact) => void seen.push({ event, revisionVisible: fact?.revision })));
        });
        await edit('company-size', 'Edited.');
        await store.applyChange({ action: 'edit', factId: 'company-size', baseRevision: 1, after: sampleFact('company-size'), retired: false, author: bob }).catch(() => {});
        await Promise.all(pending);
        expect(seen).toEqual([{ event: { factId: 'company-size', revision: 2, action: 'edit' }, revisionVisible: 2 }]);

        unsubscribe();
        await edit('company-size', 'Again.');
        await Promise.all(pending);
        expect(seen).toHaveLength(1);
      });

      it('tells listeners about facts an import added or updated', async () => {
        const events: FactChangedEvent[] = [];
        store.subscribe((event) => events.push(event));
        await importSamples();
        await importSamples();
        expect(events).toEqual([
          { factId: 'company-size', revision: 1, action: 'import' },
          { factId: 'erbil-return', revision: 1, action: 'import' },
        ]);
      });
    });

    describe('whole-store snapshots (facts copy)', () => {
      async function fillWithHistory() {
        await importSamples();
        await edit('company-size', 'Moderator wording.', bob);
        await store.applyChange({ action: 'retire', factId: 'erbil-return', baseRevision: 1, after: sampleFact('erbil-return'), retired: true, author: alice });
        await store.applyChange({ action: 'add', factId: 'oir-officers', after: sampleFact('oir-officers'), retired: false, author: alice });
        await store.recordUnanswered({ question: 'Who pays for the mission?', platform: 'discord', at: new Date('2025-01-02T10:00:00.000Z') });
        await store.recordUnanswered({ question: 'who pays for the mission', platform: 'slack', at: new Date('2025-01-03T10:00:00.000Z') });
        await store.recordSuggestion({ question: 'How many went?', factId: 'company-size', platform: 'slack', at: new Date('2025-01-03T11:00:00.000Z') });
        await store.recordVote({ voter: 'discord:1', factId: 'company-size', question: 'Size?', helpful: false, platform: 'discord', at: new Date('2025-01-03T12:00:00.000Z') });
        await store.addSource(NEW_LETTER, alice);
      }

      it('fills an empty store with everything, keeping revisions, authors, times and where each fact stands with knowledge/', async () => {
        await fillWithHistory();
        const snapshot = await store.exportAll();
        expect(snapshot.facts.map((fact) => fact.id)).toEqual(['company-size', 'erbil-return', 'oir-officers']);
        expect(snapshot.questionLog.map((entry) => [entry.kind, entry.count])).toEqual([['unanswered', 2], ['suggested', 1], ['not_helpful', 1]]);
        expect(snapshot.sources?.map((source) => source.id)).toEqual(['letter-2024']);

        const target = await openFresh();
        try {
          const events: FactChangedEvent[] = [];
          target.store.subscribe((event) => events.push(event));
          await target.store.importAll(snapshot);
          expect(await target.store.exportAll()).toEqual(snapshot);
          expect(await target.store.listFacts({ includeRetired: true })).toEqual(await store.listFacts({ includeRetired: true }));
          expect(await target.store.history('company-size')).toEqual(await store.history('company-size'));
          expect(await target.store.listSources()).toEqual(await store.listSources());
          expect(await target.store.gaps({ since: new Date('2025-01-01T00:00:00Z'), limit: 5 })).toEqual(await store.gaps({ since: new Date('2025-01-01T00:00:00Z'), limit: 5 }));
          // Numbers moderators saw stay valid, and new rows get new ones.
          await target.store.recordSuggestion({ question: 'Another one?', factId: 'company-size', platform: 'slack', at: new Date('2025-01-04T00:00:00Z') });
          const ids = (await target.store.exportAll()).questionLog.map((entry) => entry.id);
          expect(new Set(ids).size).toBe(4);
          expect(events.map((event) => [event.factId, event.revision]).sort()).toEqual([['company-size', 2], ['erbil-return', 2], ['oir-officers', 1]]);

          const changedFiles = [sampleFact('company-size', { answer: 'Curator wording.' }), sampleFact('erbil-return')];
          expect(await target.store.importKnowledge(changedFiles)).toEqual(await store.importKnowledge(changedFiles));
        } finally {
          await target.cleanup();
        }
      });

      it('refuses to fill a store that holds anything, and changes nothing', async () => {
        await fillWithHistory();
        const snapshot = await store.exportAll();
        await expect(store.importAll(snapshot)).rejects.toBeInstanceOf(StoreNotEmptyError);
        expect(await store.exportAll()).toEqual(snapshot);

        const target = await openFresh();
        try {
          await target.store.recordUnanswered({ question: 'Anything?', platform: 'cli', at: new Date('2025-01-01T00:00:00Z') });
          await expect(target.store.importAll(snapshot)).rejects.toBeInstanceOf(StoreNotEmptyError);
          expect(await target.store.listFacts({ includeRetired: true })).toEqual([]);
        } finally {
          await target.cleanup();
        }
      });
    });

    describe('sources registered from chat', () => {
      it('keeps a source with its metadata, who added it and when, with or without text', async () => {
        expect(await store.listSources()).toEqual([]);
        const added = await store.addSource(NEW_LETTER, alice);
        await store.addSource(TEXTLESS_STATEMENT, bob);
        expect(added).toMatchObject({ ...NEW_LETTER, addedBy: alice });
        expect(Number.isNaN(Date.parse(added.addedAt))).toBe(false);
        const listed = await store.listSources();
        expect(listed.map((source) => source.id)).toEqual(['letter-2024', 'statement-2025']);
        expect(listed[0]).toEqual(added);
        expect(listed[1]).toMatchObject({ ...TEXTLESS_STATEMENT, addedBy: bob });
        expect(listed[1]).not.toHaveProperty('text');
      });

      it('refuses an id it holds already, and keeps the first source unchanged', async () => {
        await store.addSource(NEW_LETTER, alice);
        await expect(store.addSource({ ...NEW_LETTER, title: 'Another title' }, bob)).rejects.toBeInstanceOf(SourceExistsError);
        expect((await store.listSources()).map((source) => [source.title, source.addedBy.displayName])).toEqual([[NEW_LETTER.title, 'alice']]);
      });

      it('refuses metadata that breaks the source schema, and stores nothing', async () => {
        await expect(store.addSource({ ...NEW_LETTER, published: '2024-13-01' }, alice)).rejects.toThrow();
        expect(await store.listSources()).toEqual([]);
      });
    });

    describe('two moderators at the same moment', () => {
      it('lets exactly one of two edits on the same base win; the other is refused as stale and nothing is lost', async () => {
        await importSamples();
        const change = (author: typeof alice, answer: string) =>
          store.applyChange({ action: 'edit', factId: 'company-size', baseRevision: 1, after: sampleFact('company-size', { answer }), retired: false, author });
        const results = await Promise.allSettled([change(alice, 'Alice answer.'), change(bob, 'Bob answer.')]);
        const won = results.filter((result) => result.status === 'fulfilled');
        const lost = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
        expect(won).toHaveLength(1);
        expect(lost).toHaveLength(1);
        expect(lost[0]!.reason).toBeInstanceOf(StaleRevisionError);
        expect((lost[0]!.reason as StaleRevisionError).current.revision).toBe(2);

        // The refused moderator re-bases on what won: both edits end up in the history.
        const loserAnswer = (lost[0]!.reason as StaleRevisionError).current.author.displayName === 'alice' ? 'Bob answer.' : 'Alice answer.';
        await store.applyChange({ action: 'edit', factId: 'company-size', baseRevision: 2, after: sampleFact('company-size', { answer: loserAnswer }), retired: false, author: moderator('retry') });
        const answers = (await store.history('company-size')).map((revision) => revision.after.answer);
        expect(answers.slice(1).sort()).toEqual(['Alice answer.', 'Bob answer.']);
      });

      it('keeps every edit when many moderators edit different facts at once', async () => {
        await importSamples();
        await store.applyChange({ action: 'add', factId: 'oir-officers', after: sampleFact('oir-officers'), retired: false, author: alice });
        const ids = ['company-size', 'erbil-return', 'oir-officers'] as const;
        await Promise.all(ids.map((id, index) => edit(id, `Edit by moderator ${index}.`, moderator(`m${index}`))));
        for (const [index, id] of ids.entries()) {
          expect(await store.getFact(id)).toMatchObject({ revision: 2, answer: `Edit by moderator ${index}.` });
        }
      });
    });
  });
}
