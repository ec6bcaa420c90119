import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Fact, StoredFact } from '../../src/facts/fact';
import { parseAllDocuments } from 'yaml';
import { exportKnowledge, KnowledgeExportError } from '../../src/facts/knowledge-export';
import { loadKnowledgeDir as loadFrom } from '../../src/facts/knowledge-files';
import { REPO_SOURCES_DIR } from '../knowledge/article-sentences';
import { sampleFact } from '../store/sample-facts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const loadKnowledgeDir = (dir: string) => loadFrom(dir, REPO_SOURCES_DIR);

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'factbot-export-'));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

function stored(fact: Fact, retired = false): StoredFact {
  return { ...fact, revision: 2, retired, updatedAt: '2025-01-01T00:00:00.000Z', updatedBy: 'alice', updatedByModerator: true };
}

/** Written by hand the way curators do, folded at their own width, with comments. */
const CURATED = `# Header comment kept.
facts:
  - id: company-size
    title: Size of the Dutch infantry company
    answer: >-
      An infantry company
      of 145 soldiers.
    questions:
      - How many Dutch soldiers are going to Iraq?
    keywords: ["145", infantry company]
    topic: deployment
    claim: reporting
    source:
      id: dutch-troops-iraq
      quotes:
        - "From the 1st of January, an infantry company of 145 soldiers will be working in Iraq at the request of Iraq."
    as_of: "2023-07-01"

  # Comment about the next fact, kept.
  - id: oir-officers
    title: Dutch officers in Operation Inherent Resolve
    answer: >-
      Twelve Dutch officers train Iraqi Special Forces, and five do roughly the same for the Peshmerga.
    keywords: [OIR, Peshmerga]
    topic: deployment
    tags: [oir]
    claim: reporting
    source:
      id: dutch-troops-iraq
      quotes:
        - "Twelve Dutch officers are involved in the training of Iraqi Special Forces, and five are doing roughly the same for the Peshmerga in the Kurdistan Region."
    as_of: "2023-07-01"
`;

describe('exporting facts to knowledge/', () => {
  it('changes only the lines of the field a moderator changed, keeping comments and the curators\' folding', () => {
    const dir = folderWith({ 'deployment.yaml': CURATED });
    const [company, officers] = loadKnowledgeDir(dir).map((entry) => entry.fact);
    const edited = { ...company!, questions: [...company!.questions, 'How big is the company?'] };

    const report = exportKnowledge(dir, [stored(edited), stored(officers!)]);

    expect(report.updated).toEqual(['company-size']);
    const expected = CURATED.replace('      - How many Dutch soldiers are going to Iraq?\n', '      - How many Dutch soldiers are going to Iraq?\n      - How big is the company?\n');
    expect(readFileSync(join(dir, 'deployment.yaml'), 'utf8')).toBe(expected);
  });

  it('reads back exactly the facts it wrote, awkward text included', () => {
    const dir = folderWith({});
    const awkward = sampleFact('company-size', {
      title: 'Size: "145" soldiers # not a comment',
      answer: 'First line.\nSecond line,  with two spaces and a trailing colon:',
      questions: ['- starts with a dash?', 'yes', '[bracketed]', 'null'],
      keywords: ['a, b', '145', 'true', '{x}'],
      tags: ['2024'],
      note: `A long note ${'that goes on '.repeat(20)}until the end.`,
      review_by: '2025-07-31',
    });
    exportKnowledge(dir, [stored(awkward), stored(sampleFact('erbil-return'))]);
    const loaded = loadKnowledgeDir(dir).map((entry) => entry.fact);
    expect(loaded).toEqual([awkward, sampleFact('erbil-return')].sort((a, b) => a.topic.localeCompare(b.topic)));
  });

  it('writes YAML 1.2 any parser accepts (no raw control character) and reads back exactly, for every character a fact may hold', () => {
    const dir = folderWith({});
    const every = sampleFact('company-size', {
      title: 'Tab\there, emoji 👨‍👩‍👧 🇳🇱, RTL \u202Emark\u202C, NBSP\u00a0, \u2028 LS',
      answer: 'Line one.\r\nLine two: "quoted" \'single\' # hash & amp * star ! bang % pct @ at ` tick | pipe > gt {x} [y]',
      questions: ['\u00e9t\u00e9?', '---', '...', '? question mark first', ': colon first', '@mention', '`code`'],
      keywords: ['no\u00a0break', 'ZERO\u200bWIDTH', 'mid\ufeffBOM'],
      note: `Very long ${'words and more words '.repeat(15)}\tend`,
    });
    exportKnowledge(dir, [stored(every)]);
    const text = readFileSync(join(dir, 'deployment.yaml'), 'utf8');
    // YAML 1.2 printable: tab, LF, CR, 0x20-0x7E, NEL, 0xA0-0xD7FF, 0xE000-0xFFFD, astral planes.
    expect(text).not.toMatch(/[^\t\n\r\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u);
    const documents = parseAllDocuments(text, { version: '1.2', schema: 'core', strict: true, uniqueKeys: true });
    expect(Array.isArray(documents) && documents.every((document) => document.errors.length === 0 && document.warnings.length === 0)).toBe(true);
    expect(loadKnowledgeDir(dir).map((entry) => entry.fact)).toEqual([every]);
  });

  it('refuses, writing nothing, to export a stored fact holding characters YAML cannot carry (kept from before input was checked)', () => {
    const dir = folderWith({});
    const legacy = { ...sampleFact('company-size'), answer: 'Escape \u001b and half \uD83D emoji' };
    expect(() => exportKnowledge(dir, [stored(legacy)])).toThrow(KnowledgeExportError);
    expect(() => exportKnowledge(dir, [stored(legacy)])).toThrow(/Fact company-size is not valid: answer: must not contain control characters/);
    expect(() => readFileSync(join(dir, 'deployment.yaml'))).toThrow();
  });

  it('explains, writing nothing, that a flow-style topic file cannot be updated in place', () => {
    const flow = `{facts: [{id: company-size, title: Size, answer: An infantry company., topic: deployment, claim: reporting, source: {id: dutch-troops-iraq, title: "${sampleFact('company-size').source.title}", quotes: ["${sampleFact('company-size').source.quotes[0]}"]}, as_of: "2023-07-01"}]}\n`;
    for (const name of ['deployment.yaml', 'other-name.yaml']) {
      const dir = folderWith({ [name]: flow });
      const [fact] = loadKnowledgeDir(dir).map((entry) => entry.fact);
      expect(() => exportKnowledge(dir, [stored({ ...fact!, answer: 'Edited.' })])).toThrow(KnowledgeExportError);
      expect(() => exportKnowledge(dir, [stored({ ...fact!, answer: 'Edited.' })])).toThrow(`${join(dir, name)}: its "facts:" list is written in flow style`);
      expect(readFileSync(join(dir, name), 'utf8')).toBe(flow);
      expect(loadKnowledgeDir(dir)).toHaveLength(1);
    }
  });

  it('round-trips the Dutch block, and writes only it when a moderator adds Dutch text', () => {
    const dir = folderWith({ 'deployment.yaml': CURATED });
    const [company, officers] = loadKnowledgeDir(dir).map((entry) => entry.fact);
    const dutch = {
      ...company!,
      nl: { title: 'Omvang van de Nederlandse infanteriecompagnie', answer: `Een infanteriecompagnie van 145 militairen. ${'Nog een zin. '.repeat(10).trim()}`, questions: ['hoeveel soldaten gaan er naar irak', 'omvang compagnie'] },
    };

    const report = exportKnowledge(dir, [stored(dutch), stored(officers!)]);

    expect(report.updated).toEqual(['company-size']);
    const text = readFileSync(join(dir, 'deployment.yaml'), 'utf8');
    expect(text).toContain('    nl:\n      title: Omvang van de Nederlandse infanteriecompagnie\n      answer: >-\n');
    expect(text.replace(/    nl:\n(?: {6}.*\n)+/, '')).toBe(CURATED);
    expect(loadKnowledgeDir(dir).map((entry) => entry.fact)).toEqual([dutch, officers]);
  });

  it('leaves retired facts out; a file left empty keeps its header, still loads, and takes the topic\'s next new fact', () => {
    const dir = folderWith({ 'deployment.yaml': CURATED });
    const [company, officers] = loadKnowledgeDir(dir).map((entry) => entry.fact);

    const report = exportKnowledge(dir, [stored(company!, true), stored(officers!, true), stored(sampleFact('erbil-return'))]);
    expect(report.retired).toEqual(['company-size', 'oir-officers']);
    expect(readFileSync(join(dir, 'deployment.yaml'), 'utf8')).toBe('# Header comment kept.\nfacts: []\n');
    expect(loadKnowledgeDir(dir).map((entry) => entry.fact.id)).toEqual(['erbil-return']);

    exportKnowledge(dir, [stored(company!), stored(sampleFact('erbil-return'))]);
    expect(readFileSync(join(dir, 'deployment.yaml'), 'utf8').startsWith('# Header comment kept.\nfacts:\n  - id: company-size\n')).toBe(true);
    expect(loadKnowledgeDir(dir).map((entry) => entry.fact.id)).toEqual(['company-size', 'erbil-return']);
  });

  it('leaves the topics file alone, and puts the facts of a topic called "topics" beside it', () => {
    const topicsFile = 'topics:\n  deployment:\n    en: { label: Deployment }\n    nl: { label: Inzet }\n';
    const dir = folderWith({ 'deployment.yaml': CURATED, 'topics.yaml': topicsFile });
    const [company, officers] = loadKnowledgeDir(dir).map((entry) => entry.fact);
    const report = exportKnowledge(dir, [stored(company!), stored(officers!), stored({ ...sampleFact('erbil-return'), topic: 'topics' })]);
    expect(report.files).toContainEqual({ file: join(dir, 'topics-facts.yaml'), status: 'created' });
    expect(readFileSync(join(dir, 'topics.yaml'), 'utf8')).toBe(topicsFile);
    expect(loadKnowledgeDir(dir).map((entry) => entry.fact.id)).toEqual(['company-size', 'oir-officers', 'erbil-return']);
  });

  it('keeps facts the store does not know, and reports them', () => {
    const dir = folderWith({ 'deployment.yaml': CURATED });
    const [company] = loadKnowledgeDir(dir).map((entry) => entry.fact);
    const report = exportKnowledge(dir, [stored(company!)]);
    expect(report.notInStore).toEqual(['oir-officers']);
    expect(readFileSync(join(dir, 'deployment.yaml'), 'utf8')).toBe(CURATED);
  });

  it('writes nothing on a dry run', () => {
    const dir = folderWith({ 'deployment.yaml': CURATED });
    const report = exportKnowledge(dir, [stored(sampleFact('erbil-return'))], { dryRun: true });
    expect(report.files).toContainEqual({ file: join(dir, 'history.yaml'), status: 'created' });
    expect(() => readFileSync(join(dir, 'history.yaml'))).toThrow();
  });
});
