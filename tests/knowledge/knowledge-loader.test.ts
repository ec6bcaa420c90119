import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE_SOURCE_ID, FACT_LIMITS, SOURCE_TITLE, type FactInput } from '../../src/facts/fact';
import { SOURCE_MESSAGES } from '../../src/sources/messages';
import { KnowledgeError, loadKnowledgeDir as loadFrom } from '../../src/facts/knowledge-files';
import { REPO_SOURCES_DIR } from './article-sentences';

/** These folders hold facts only; they quote the project's own copy of the article. */
const loadKnowledgeDir = (folder: string) => loadFrom(folder, REPO_SOURCES_DIR);

const folders: string[] = [];

afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function knowledgeFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'knowledge-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

function validFact(id: string, overrides: Record<string, unknown> = {}): FactInput & Record<string, unknown> {
  return {
    id,
    title: `Title of ${id}`,
    answer: 'The Netherlands is sending an infantry company of 145 soldiers to Iraq.',
    questions: ['How many Dutch soldiers are going to Iraq?'],
    keywords: ['troops'],
    topic: 'deployment',
    tags: ['netherlands'],
    claim: 'official-statement',
    source: { id: ARTICLE_SOURCE_ID, quotes: ['From the 1st of January, an infantry company of 145 soldiers will be working in Iraq at the request of Iraq.'] },
    as_of: '2023-07-31',
    ...overrides,
  };
}

const factsFile = (...facts: unknown[]) => stringify({ facts });

/** The problems a load reports; fails the test if the load succeeds. */
function problemsOf(folder: string): string[] {
  try {
    loadKnowledgeDir(folder);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems;
  }
  throw new Error(`expected loading ${folder} to fail`);
}

describe('loading knowledge files', () => {
  it('loads valid facts from every file and remembers which file each came from', () => {
    const folder = knowledgeFolder({ 'a.yaml': factsFile(validFact('one')), 'b.yml': factsFile(validFact('two'), validFact('three')), 'notes.txt': 'not knowledge' });
    const loaded = loadKnowledgeDir(folder);
    expect(loaded.map(({ fact }) => fact.id)).toEqual(['one', 'two', 'three']);
    expect(loaded[1]?.file).toBe(join(folder, 'b.yml'));
  });

  it('when a file is not valid YAML, the problem names the file', () => {
    const folder = knowledgeFolder({ 'broken.yaml': 'facts:\n  - id: one\n    title: [unclosed\n' });
    const [problem, ...rest] = problemsOf(folder);
    expect(rest).toEqual([]);
    expect(problem).toContain(join(folder, 'broken.yaml'));
    expect(problem).toContain('not valid YAML');
  });

  it('names the line and column of a YAML syntax error, once, however many errors the parser reports after it', () => {
    const folder = knowledgeFolder({ 'broken.yaml': 'facts:\n  - id: one\n    title: [unclosed\n    answer: x\n  - id: "two\n' });
    const problems = problemsOf(folder);
    expect(problems).toEqual([`${join(folder, 'broken.yaml')}, line 4, column 5: not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ]`]);
  });

  it('refuses control characters and lone surrogates in any text field, naming the field', () => {
    const folder = knowledgeFolder({
      'a.yaml': factsFile(
        validFact('one', { title: 'Escape \u001b[31m red' }),
        validFact('two', { answer: 'Delete \u007f here' }),
        validFact('three', { note: 'C1 \u0085 control' }),
        validFact('four', { keywords: ['half \uD83D emoji'] }),
      ),
    });
    const problems = problemsOf(folder).join('\n');
    for (const [id, field] of [['one', 'title'], ['two', 'answer'], ['three', 'note'], ['four', 'keywords.0']]) {
      expect(problems).toContain(`fact "${id}": field ${field}: must not contain control characters or broken emoji (lone surrogates)`);
    }
  });

  it('when a file has no facts list, the problem names the file', () => {
    const folder = knowledgeFolder({ 'shape.yaml': stringify({ fact: [validFact('one')] }) });
    expect(problemsOf(folder)).toEqual([`${join(folder, 'shape.yaml')}: must be a mapping with a "facts:" list`]);
  });

  it('when an answer is too long, the problem names the file, the fact and the field', () => {
    const folder = knowledgeFolder({ 'long.yaml': factsFile(validFact('long-answer', { answer: 'x'.repeat(FACT_LIMITS.answerMax + 1) })) });
    const [problem] = problemsOf(folder);
    expect(problem).toContain(join(folder, 'long.yaml'));
    expect(problem).toContain('fact "long-answer"');
    expect(problem).toContain('field answer');
  });

  it('when a fact cites no quote, the problem names the fact and source.quotes', () => {
    const folder = knowledgeFolder({
      'quotes.yaml': factsFile(validFact('empty-quotes', { source: { id: ARTICLE_SOURCE_ID, quotes: [] } }), validFact('no-quotes', { source: { id: ARTICLE_SOURCE_ID } })),
    });
    const problems = problemsOf(folder);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/quotes\.yaml: fact "empty-quotes": field source\.quotes/);
    expect(problems[1]).toMatch(/quotes\.yaml: fact "no-quotes": field source\.quotes/);
  });

  it('when a date is malformed or not on the calendar, the problem names the date field', () => {
    const folder = knowledgeFolder({
      'dates.yaml': factsFile(validFact('no-such-day', { as_of: '2023-02-30' }), validFact('wrong-format', { review_by: '31/07/2025' })),
    });
    const problems = problemsOf(folder);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/fact "no-such-day": field as_of: is not a real calendar date/);
    expect(problems[1]).toMatch(/fact "wrong-format": field review_by: must be an ISO date/);
  });

  it('when two files use the same id, the problem names the id and both files', () => {
    const folder = knowledgeFolder({ 'first.yaml': factsFile(validFact('twice')), 'second.yaml': factsFile(validFact('twice')) });
    expect(problemsOf(folder)).toEqual([`${join(folder, 'second.yaml')}: fact "twice": id is used already in ${join(folder, 'first.yaml')}`]);
  });

  it('when a fact has a misspelt field, the problem names the unknown key', () => {
    const folder = knowledgeFolder({ 'extra.yaml': factsFile(validFact('typo', { review_date: '2025-07-31' })) });
    const [problem] = problemsOf(folder);
    expect(problem).toContain('fact "typo"');
    expect(problem).toContain('review_date');
  });

  it('when a fact\'s id is malformed or missing, the problem still points at that fact', () => {
    const folder = knowledgeFolder({ 'ids.yaml': factsFile(validFact('fine'), validFact('Not An Id')) });
    expect(problemsOf(folder)[0]).toMatch(/ids\.yaml: fact "Not An Id": field id/);
    const withoutId = knowledgeFolder({ 'ids.yaml': factsFile(validFact('fine'), { ...validFact('x'), id: undefined }) });
    expect(problemsOf(withoutId)[0]).toMatch(/ids\.yaml: fact #2: field id/);
  });

  it('never drops a fact silently: one bad fact stops the load, and every problem in every file is reported', () => {
    const folder = knowledgeFolder({
      'a.yaml': factsFile(validFact('good'), validFact('bad-title', { title: '' })),
      'b.yaml': factsFile(validFact('bad-topic', { topic: 'Not A Slug' })),
    });
    const problems = problemsOf(folder);
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/a\.yaml: fact "bad-title": field title/);
    expect(problems[1]).toMatch(/b\.yaml: fact "bad-topic": field topic/);
  });

  it('refuses an empty or missing folder instead of loading nothing', () => {
    const empty = knowledgeFolder({});
    expect(problemsOf(empty)).toEqual([`${empty}: holds no .yaml knowledge files`]);
    const missing = join(empty, 'absent');
    expect(problemsOf(missing)[0]).toContain(`${missing}: cannot read the knowledge folder`);
  });

  it('refuses a quote that is not in its source, showing the closest sentence of the source', () => {
    const invented = 'From the 1st of January, an infantry company of 200 soldiers will be working in Iraq.';
    const folder = knowledgeFolder({ 'a.yaml': factsFile(validFact('made-up', { source: { id: ARTICLE_SOURCE_ID, quotes: [invented] } })) });
    const [problem, ...rest] = problemsOf(folder);
    expect(rest).toEqual([]);
    expect(problem).toContain('fact "made-up"');
    expect(problem).toContain(
      SOURCE_MESSAGES.quoteNotInSource(1, invented, SOURCE_TITLE, 'From the 1st of January, an infantry company of 145 soldiers will be working in Iraq at the request of Iraq.'),
    );
  });

  it('accepts a quote whose spacing and quote marks differ from the source, and nothing else', () => {
    const curly = 'A recent example of Iran’s influence in the neighboring country';
    const straight = "A recent   example of Iran's influence\nin the neighboring country";
    expect(loadKnowledgeDir(knowledgeFolder({ 'a.yaml': factsFile(validFact('spaced', { source: { id: ARTICLE_SOURCE_ID, quotes: [curly, straight] } })) }))).toHaveLength(1);
    const changedWord = "A recent example of Iran's influence in the neighbouring country";
    expect(problemsOf(knowledgeFolder({ 'a.yaml': factsFile(validFact('spelt', { source: { id: ARTICLE_SOURCE_ID, quotes: [changedWord] } })) }))).toHaveLength(1);
    const partWord = 'ran’s influence in the neighboring country';
    expect(problemsOf(knowledgeFolder({ 'a.yaml': factsFile(validFact('part', { source: { id: ARTICLE_SOURCE_ID, quotes: [partWord] } })) }))).toHaveLength(1);
  });

  it('requires a claim status and a registered source, naming the fact', () => {
    const { claim, ...withoutClaim } = validFact('no-claim');
    void claim;
    const folder = knowledgeFolder({
      'a.yaml': factsFile(withoutClaim, validFact('bad-claim', { claim: 'rumour' }), validFact('no-source-id', { source: { title: SOURCE_TITLE, quotes: ['That too.'] } }), validFact('unknown-source', { source: { id: 'some-letter', quotes: ['That too.'] } })),
    });
    const problems = problemsOf(folder);
    expect(problems).toHaveLength(4);
    expect(problems[0]).toContain(`fact "no-claim": ${SOURCE_MESSAGES.claimRequired}`);
    expect(problems[1]).toMatch(/fact "bad-claim": field claim: must be one of/);
    expect(problems[2]).toContain(`fact "no-source-id": ${SOURCE_MESSAGES.sourceIdRequired}`);
    expect(problems[3]).toContain(`fact "unknown-source": ${SOURCE_MESSAGES.unknownSource('some-letter')}`);
  });

  it('stores quotes from a source without text as given: they cannot be checked', () => {
    const sources = knowledgeFolder({ 'letter.yaml': stringify({ id: 'letter', title: 'A letter', kind: 'government-letter', published: '2024-01-05' }) });
    const folder = knowledgeFolder({ 'a.yaml': factsFile(validFact('from-letter', { source: { id: 'letter', quotes: ['Words nobody can check here.'] } })) });
    expect(loadFrom(folder, sources).map(({ fact }) => fact.id)).toEqual(['from-letter']);
  });

  it('reports a source file whose metadata is wrong, naming the file and the field', () => {
    const sources = knowledgeFolder({ 'letter.yaml': stringify({ id: 'other', title: 'A letter', kind: 'memo', published: '2024-01-05' }) });
    const folder = knowledgeFolder({ 'a.yaml': factsFile(validFact('one')) });
    expect(() => loadFrom(folder, sources)).toThrow(/letter\.yaml: field kind: must be one of/);
  });
});
