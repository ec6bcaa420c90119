import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { FACT_LIMITS, SOURCE_TITLE, type FactInput } from '../../src/facts/fact';
import { KnowledgeError, loadKnowledgeDir } from '../../src/facts/knowledge-files';

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
    source: { title: SOURCE_TITLE, quotes: ['From the 1st of January, an infantry company of 145 soldiers will be working in Iraq at the request of Iraq.'] },
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
      'quotes.yaml': factsFile(validFact('empty-quotes', { source: { title: SOURCE_TITLE, quotes: [] } }), validFact('no-quotes', { source: { title: SOURCE_TITLE } })),
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
});
