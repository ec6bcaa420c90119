import { describe, expect, it } from 'vitest';
import type { Fact } from '../../src/facts/fact';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { FactIndex } from '../../src/matching/fact-index';
import { mergeSnapshots } from '../../src/matching/snapshot-merge';
import { KNOWLEDGE_DIR } from '../knowledge/article-sentences';
import { SAMPLE_FACTS } from './sample-facts';

const knowledge = loadKnowledgeDir(KNOWLEDGE_DIR).map(({ fact }) => fact);
const knowledgeIds = new Set(knowledge.map(({ id }) => id));
const FACTS: readonly Fact[] = [...knowledge, ...SAMPLE_FACTS.filter(({ id }) => !knowledgeIds.has(id))];

describe('an index snapshot (what a worker thread sends back)', () => {
  it('restores to an index holding exactly the same, over this side\'s fact objects', async () => {
    for (const language of ['en', 'nl'] as const) {
      const copies = FACTS.map((fact) => ({ ...fact }));
      const restored = await FactIndex.restore(new FactIndex(FACTS, language).snapshot(FACTS), copies);
      expect(restored.snapshot(copies)).toEqual(new FactIndex(FACTS, language).snapshot(FACTS));
      expect([...restored.facts()][5]).toBe(copies[5]);
      expect(restored.get(FACTS[9]!.id)).toBe(copies[9]);
    }
  });
});

describe('joining the indexes of two parts of a fact list', () => {
  it('gives what one build over the whole list gives', async () => {
    const split = Math.floor(FACTS.length / 3);
    const [first, later] = [FACTS.slice(0, split), FACTS.slice(split)];
    for (const language of ['en', 'nl'] as const) {
      const joined = await mergeSnapshots(new FactIndex(first, language).snapshot(first), new FactIndex(later, language).snapshot(later));
      expect(joined).toEqual(new FactIndex(FACTS, language).snapshot(FACTS));
      const restored = await FactIndex.restore(joined, FACTS);
      expect(restored.snapshot(FACTS)).toEqual(new FactIndex(FACTS, language).snapshot(FACTS));
    }
  });
});
