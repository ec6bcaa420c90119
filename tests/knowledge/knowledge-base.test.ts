import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ARTICLE_SOURCE_ID, FACT_LIMITS } from '../../src/facts/fact';
import { datedAnswer, isTimeBound, monthYear } from '../../src/facts/fact-time';
import { isFactFileName, loadKnowledgeDir, type KnowledgeFact } from '../../src/facts/knowledge-files';
import { KNOWLEDGE_DIR, readArticle, splitSentences, uncoveredSentences } from './article-sentences';

const loaded: KnowledgeFact[] = loadKnowledgeDir(KNOWLEDGE_DIR);
const facts = loaded.map(({ fact }) => fact);
const article = readArticle();
const byId = new Map(facts.map((fact) => [fact.id, fact]));
const fact = (id: string) => byId.get(id)!;
const allQuotes = facts.flatMap((fact) => fact.source.quotes);

/** The order of fields in a knowledge file, so that diffs stay small and files read alike. */
const FIELD_ORDER = ['id', 'title', 'answer', 'questions', 'keywords', 'topic', 'tags', 'claim', 'source', 'as_of', 'review_by', 'date', 'note', 'nl', 'supersedes', 'unsaid'];

/** Words that make an answer true only as of a date: such a fact must be time-bound. */
const TIME_WORDS = /\b(current|currently|today|now|nowadays|still|remains|continues|recently|this week|will)\b/i;

const normalise = (text: string) => text.toLowerCase().replace(/[^a-z0-9 ]/g, '').replace(/\s+/g, ' ').trim();

describe('the curated knowledge base', () => {
  it('loads the whole folder with 30 to 50 facts and unique ids', () => {
    expect(facts.length).toBeGreaterThanOrEqual(30);
    expect(facts.length).toBeLessThanOrEqual(50);
    const ids = facts.map((fact) => fact.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every fact a Dutch title and answer with 10 to 60 Dutch questions (the limit), keeping the English answer\'s numbers and dates', () => {
    const problems = facts.flatMap((fact) => {
      if (!fact.nl) return [`${fact.id}: no Dutch text`];
      const found: string[] = [];
      if (fact.nl.questions.length < 10 || fact.nl.questions.length > FACT_LIMITS.questionsMax) found.push(`${fact.id}: ${fact.nl.questions.length} Dutch questions`);
      for (const number of fact.answer.match(/\d+/g) ?? []) if (!fact.nl.answer.includes(number)) found.push(`${fact.id}: Dutch answer lacks ${number}`);
      return found;
    });
    expect(problems).toEqual([]);
  });

  it('keeps each fact in the file named after its topic', () => {
    const misplaced = loaded
      .filter(({ fact, file }) => basename(file).replace(/\.ya?ml$/, '') !== fact.topic)
      .map(({ fact, file }) => `${fact.id} (topic ${fact.topic}) in ${basename(file)}`);
    expect(misplaced).toEqual([]);
  });

  it('writes every fact with its fields in the agreed order', () => {
    const outOfOrder: string[] = [];
    for (const name of readdirSync(KNOWLEDGE_DIR).filter(isFactFileName)) {
      const { facts: raw } = parse(readFileSync(join(KNOWLEDGE_DIR, name), 'utf8')) as { facts: Record<string, unknown>[] };
      for (const fact of raw) {
        const positions = Object.keys(fact).map((key) => FIELD_ORDER.indexOf(key));
        if (positions.some((position, index) => index > 0 && position < (positions[index - 1] ?? 0))) outOfOrder.push(`${name}: ${String(fact.id)}`);
      }
    }
    expect(outOfOrder).toEqual([]);
  });

  it('cites the article by its source id, and names no source by title', () => {
    expect(facts.filter((fact) => fact.source.id !== ARTICLE_SOURCE_ID || fact.source.title !== undefined).map((fact) => fact.id)).toEqual([]);
  });

  it('says what kind of claim every fact is', () => {
    expect(facts.filter((fact) => fact.claim === undefined).map((fact) => fact.id)).toEqual([]);
  });

  it('dates every time-bound answer in its own words, so no date has to be put in front', () => {
    const undated = facts.filter((fact) => isTimeBound(fact) && (datedAnswer(fact) !== fact.answer || !fact.answer.includes(monthYear(fact.as_of))));
    expect(undated.map((fact) => fact.id)).toEqual([]);
  });

  it('gives every answer that holds only as of a date ("current", "still", "will") a review-by date', () => {
    const open = facts.filter((fact) => TIME_WORDS.test(fact.answer) && !isTimeBound(fact));
    expect(open.map((fact) => `${fact.id}: ${fact.answer.match(TIME_WORDS)?.[0]}`)).toEqual([]);
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

  it('holds the article without the web page leftover "Total: € -"', () => {
    expect(article).not.toContain('Total:');
    expect(article.trimEnd().endsWith('clearly demonstrate.')).toBe(true);
  });

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

/** What an audit of the fact base found; each case fails on the wording it replaced. */
describe('the audit findings', () => {
  it('main-reason-militias gives the militias as the author\'s reading, next to the letter\'s own reasons', () => {
    const reason = fact('main-reason-militias');
    expect(reason.claim).toBe('author-view');
    expect(reason.answer).toMatch(/author's reading/);
    expect(reason.answer).toMatch(/letter to Parliament gives other reasons/);
    expect(reason.answer).toMatch(/instability/);
    expect(reason.answer).toMatch(/terrorism/);
    expect(reason.title).toMatch(/author's reading/);
  });

  it('the Tsurkov titles keep the article\'s hedges', () => {
    expect(fact('tsurkov-iran-orders').title).toMatch(/has since emerged/i);
    expect(fact('tsurkov-kidnapping').title).toMatch(/confirmed by Israel/);
    expect(fact('tsurkov-iran-orders').claim).toBe('attributed-claim');
    expect(fact('tsurkov-kidnapping').claim).toBe('attributed-claim');
  });

  it('nato-advisory-mission does not make "about 25 people" the size of NATO\'s mission', () => {
    const mission = fact('nato-advisory-mission');
    expect(mission.title).not.toMatch(/\b25 (people|advisers)|about 25/);
    expect(mission.answer).toMatch(/without saying whether that is all of NATO's mission or only the Dutch contribution/);
    const sizeClaims = [mission.title, ...mission.questions].filter((text) => /NATO('s)? mission (has|of) (about )?25/i.test(text));
    expect(sizeClaims).toEqual([]);
  });

  it('the author\'s judgements are marked as the author\'s', () => {
    expect(fact('obama-2011-withdrawal').answer).toMatch(/in the author's view the solution found was "partly optical"/);
    expect(fact('kadhimi-compromise').answer).toMatch(/in the author's view, he knew/);
    expect(fact('rutte-erbil-visit').answer).toMatch(/as the article's author saw/);
  });

  it('hundreds-served and erbil-airport-mission say no more than the article', () => {
    expect(fact('hundreds-served').answer).not.toMatch(/cannot gain/);
    expect(fact('hundreds-served').answer).toMatch(/little practical experience to gain/);
    expect(fact('erbil-airport-mission').answer).not.toMatch(/until May/i);
    expect(fact('erbil-airport-mission').answer).toMatch(/returned home in May/);
  });

  it('present-tense answers carry their date in the text', () => {
    for (const id of ['sudani-balance', 'iran-influence-government', 'isis-threat-today', 'us-bases', 'base-attacks', 'obama-2011-withdrawal']) {
      expect(fact(id).answer, id).toMatch(/July 2023/);
      expect(isTimeBound(fact(id)), id).toBe(true);
    }
    expect(fact('sudani-balance').answer).not.toMatch(/current/);
    expect(fact('isis-threat-today').title).toMatch(/as of July 2023/);
    expect(fact('base-attacks').answer).not.toMatch(/Things became quieter/);
  });

  it('future-tense facts are reworded now that their date has passed', () => {
    for (const id of ['company-size', 'deployment-start', 'deployment-task', 'nato-advisory-mission', 'iraq-requested']) {
      expect(fact(id).answer, id).not.toMatch(/\bwill\b/);
    }
    expect(fact('deployment-start').answer).toMatch(/was to start/);
    expect(facts.filter((each) => /\bwill\b/.test(each.title)).map((each) => each.id)).toEqual([]);
  });
});
