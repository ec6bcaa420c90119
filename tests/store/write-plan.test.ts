import { describe, expect, it } from 'vitest';
import { contentHash } from '../../src/facts/fact-content';
import { FactExistsError, UnknownFactError, type FactChange } from '../../src/store/fact-store';
import { KNOWLEDGE_AUTHOR, planChange, planImport, type CurrentFact } from '../../src/store/write-plan';
import { moderator, sampleFact } from './sample-facts';

// The write rules without a database; the contract suite checks that each engine applies them.
const AT = '2026-01-02T03:04:05.000Z';
const alice = moderator('Alice');

function stored(overrides: Partial<CurrentFact> = {}): CurrentFact {
  const content = sampleFact('company-size');
  return { content, revision: 1, retired: false, importedHash: contentHash(content), importedRevision: 1, ...overrides };
}

function edit(overrides: Partial<FactChange> = {}): FactChange {
  return { action: 'edit', factId: 'company-size', baseRevision: 1, after: sampleFact('company-size', { answer: 'New.' }), retired: false, author: alice, ...overrides };
}

describe('planning one change', () => {
  it('an edit on the current revision writes the next revision, with before and after, keeping the import point', () => {
    const change = edit();
    const plan = planChange(stored(), change, change.after, AT);
    expect(plan.kind).toBe('write');
    if (plan.kind !== 'write') return;
    expect(plan.write.revision).toEqual({
      factId: 'company-size',
      revision: 2,
      action: 'edit',
      author: alice,
      at: AT,
      before: sampleFact('company-size'),
      after: change.after,
      retiredBefore: false,
      retiredAfter: false,
    });
    expect(plan.write.importPoint).toEqual({ importedHash: contentHash(sampleFact('company-size')), importedRevision: 1 });
  });

  it('an edit based on an older revision is refused as stale, naming the current revision', () => {
    const change = edit({ baseRevision: 1 });
    expect(planChange(stored({ revision: 3 }), change, change.after, AT)).toEqual({ kind: 'stale', currentRevision: 3 });
  });

  it('a change without a base revision to an existing fact is stale', () => {
    const change = edit({ baseRevision: undefined });
    expect(planChange(stored(), change, change.after, AT).kind).toBe('stale');
  });

  it('adding an id that exists is refused; changing one that does not is refused', () => {
    const add = edit({ action: 'add', baseRevision: undefined });
    expect(() => planChange(stored(), add, add.after, AT)).toThrow(FactExistsError);
    expect(() => planChange(undefined, edit(), edit().after, AT)).toThrow(UnknownFactError);
  });

  it('an add writes revision 1 with no import point; a retire records both retired states', () => {
    const add = edit({ action: 'add', baseRevision: undefined });
    const added = planChange(undefined, add, add.after, AT);
    expect(added.kind === 'write' && added.write).toMatchObject({ revision: { revision: 1, before: null }, importPoint: { importedHash: null, importedRevision: null } });
    const retire = edit({ action: 'retire', retired: true });
    const retired = planChange(stored(), retire, retire.after, AT);
    expect(retired.kind === 'write' && retired.write.revision).toMatchObject({ retiredBefore: false, retiredAfter: true });
  });

  it('does not share the author object with the request', () => {
    const change = edit();
    const plan = planChange(stored(), change, change.after, AT);
    expect(plan.kind === 'write' && plan.write.revision.author).not.toBe(change.author);
  });
});

describe('planning a knowledge import', () => {
  const file = sampleFact('company-size');
  const changedFile = sampleFact('company-size', { answer: 'Changed in the file.' });

  it('adds a fact the store does not hold, as an import revision by knowledge/', () => {
    const plan = planImport(new Map(), [file], AT);
    expect(plan.report).toEqual({ added: ['company-size'], updated: [], unchanged: [], keptModeratorVersion: [] });
    expect(plan.writes[0]!.revision).toMatchObject({ revision: 1, action: 'import', author: KNOWLEDGE_AUTHOR, before: null, after: file });
    expect(plan.writes[0]!.importPoint).toEqual({ importedHash: contentHash(file), importedRevision: 1 });
    expect(plan.events).toEqual([{ factId: 'company-size', revision: 1, action: 'import' }]);
  });

  it('writes nothing for a file that still holds what was imported', () => {
    const plan = planImport(new Map([['company-size', stored()]]), [file], AT);
    expect(plan.report.unchanged).toEqual(['company-size']);
    expect(plan.writes).toEqual([]);
    expect(plan.acknowledged).toEqual([]);
  });

  it('updates a fact nobody changed since its import, keeping it retired if it was', () => {
    const plan = planImport(new Map([['company-size', stored({ retired: true })]]), [changedFile], AT);
    expect(plan.report.updated).toEqual(['company-size']);
    expect(plan.writes[0]!.revision).toMatchObject({ revision: 2, before: file, after: changedFile, retiredBefore: true, retiredAfter: true });
  });

  it("keeps a moderator's version when both the file and the fact changed since the import", () => {
    const moderated = stored({ revision: 2, content: sampleFact('company-size', { answer: 'Moderator.' }) });
    const plan = planImport(new Map([['company-size', moderated]]), [changedFile], AT);
    expect(plan.report.keptModeratorVersion).toEqual(['company-size']);
    expect(plan.writes).toEqual([]);
    expect(plan.events).toEqual([]);
  });

  it('acknowledges a file changed to exactly what the store holds: no revision, only the import point moves', () => {
    const moderated = stored({ revision: 2, content: changedFile });
    const plan = planImport(new Map([['company-size', moderated]]), [changedFile], AT);
    expect(plan.report.unchanged).toEqual(['company-size']);
    expect(plan.acknowledged).toEqual([{ factId: 'company-size', importedHash: contentHash(changedFile) }]);
    expect(plan.writes).toEqual([]);
  });

  it('a fact listed twice sees its first listing as written', () => {
    const plan = planImport(new Map(), [file, file], AT);
    expect(plan.report).toMatchObject({ added: ['company-size'], unchanged: ['company-size'] });
    expect(plan.writes).toHaveLength(1);
  });
});
