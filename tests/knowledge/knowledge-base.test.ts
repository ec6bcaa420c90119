import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SOURCE_TITLE } from '../../src/facts/fact';
import { loadKnowledgeDir, type KnowledgeFact } from '../../src/facts/knowledge-files';
import { KNOWLEDGE_DIR, readArticle, splitSentences, uncoveredSentences } from './article-sentences';

const loaded: KnowledgeFact[] = loadKnowledgeDir(KNOWLEDGE_DIR);
const facts = loaded.map(({ fact }) => fact);
const article = readArticle();
const allQuotes = facts.flatMap((fact) => fact.source.quotes);

/** The order of fields in a knowledge file, so that diffs stay small and files read alike. */
const FIELD_ORDER = ['id', 'title', 'answer', 'questions', 'keywords', 'topic', 'tags', 'source', 'as_of', 'review_by', 'note'];

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();

describe('the curated knowledge base', () => {
  it('loads the whole folder with 30 to 50 facts and unique ids', () => {
    expect(facts.length).toBeGreaterThanOrEqual(30);
    expect(facts.length).toBeLessThanOrEqual(50);
    const ids = facts.map((fact) => fact.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('keeps each fact in the file named after its topic', () => {
    const misplaced = loaded
      .filter(({ fact, file }) => basename(file).replace(/\.ya?ml$/, '') !== fact.topic)
      .map(({ fact, file }) => `${fact.id} (topic ${fact.topic}) in ${basename(file)}`);
    expect(misplaced).toEqual([]);
  });

  it('writes every fact with its fields in the agreed order', () => {
    const outOfOrder: string[] = [];
    for (const name of readdirSync(KNOWLEDGE_DIR).filter((file) => file.endsWith('.yaml'))) {
      const { facts: raw } = parse(readFileSync(join(KNOWLEDGE_DIR, name), 'utf8')) as { facts: Record<string, unknown>[] };
      for (const fact of raw) {
        const positions = Object.keys(fact).map((key) => FIELD_ORDER.indexOf(key));
        if (positions.some((position, index) => index > 0 && position < (positions[index - 1] ?? 0))) outOfOrder.push(`${name}: ${String(fact.id)}`);
      }
    }
    expect(outOfOrder).toEqual([]);
  });

  it('cites the article by its exact title', () => {
    expect(facts.filter((fact) => fact.source.title !== SOURCE_TITLE).map((fact) => fact.id)).toEqual([]);
  });

  it('quotes the article verbatim, character for character', () => {
    const invented = facts.flatMap((fact) => fact.source.quotes.filter((quote) => !article.includes(quote)).map((quote) => `${fact.id}: ${quote}`));
    expect(invented).toEqual([]);
  });

  it('gives every fact at least 5 alternate questions and 3 keywords', () => {
    const thin = facts.filter((fact) => fact.questions.length < 5 || fact.keywords.length < 3).map((fact) => fact.id);
    expect(thin).toEqual([]);
  });

  it('dates every fact, and a review date never precedes the as-of date', () => {
    for (const fact of facts) {
      expect(Number.isNaN(Date.parse(fact.as_of)), fact.id).toBe(false);
      if (fact.review_by !== undefined) {
        expect(Date.parse(fact.review_by), fact.id).toBeGreaterThan(Date.parse(fact.as_of));
      }
    }
  });

  it('answers in one to three sentences that name Iraq or the Netherlands, so they stand alone', () => {
    const unclear = facts.filter((fact) => {
      const sentences = splitSentences(fact.answer).length;
      return sentences < 1 || sentences > 3 || !/Iraq|Netherlands|Dutch/.test(fact.answer);
    });
    expect(unclear.map((fact) => fact.id)).toEqual([]);
  });

  it('keeps facts apart: no two share a title or an alternate question', () => {
    const owners = new Map<string, string>();
    const clashes: string[] = [];
    for (const fact of facts) {
      for (const text of new Set([fact.title, ...fact.questions].map(normalise))) {
        const owner = owners.get(text);
        if (owner && owner !== fact.id) clashes.push(`"${text}" in ${owner} and ${fact.id}`);
        owners.set(text, fact.id);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('coverage of the article', () => {
  const sentences = splitSentences(article);

  it('splits the article into its sentences, questions included, without the page leftover', () => {
    expect(sentences.length).toBeGreaterThan(60);
    expect(sentences).toContain('Against ISIS?');
    expect(sentences).toContain('That too.');
    expect(sentences).toContain('No one wants a repetition of that.');
    expect(sentences.some((sentence) => sentence.includes('Total:'))).toBe(false);
  });

  it('cites every sentence of the article in at least one fact', () => {
    expect(uncoveredSentences(sentences, allQuotes)).toEqual([]);
  });

  it('reports a claim as missing when no quote contains it any more', () => {
    const claim = 'And Baghdad plays no role at all in the negotiations that have started about someone who was definitely kidnapped in Iraq.';
    expect(uncoveredSentences(sentences, allQuotes.filter((quote) => !quote.includes(claim)))).toEqual([claim]);
  });
});
