import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge, topicsWithoutNames } from '../../src/facts/knowledge-files';
import { TOPICS_FILE_NAME } from '../../src/facts/topic-names';
import { sampleFact } from '../store/sample-facts';
import { REPO_SOURCES_DIR } from './article-sentences';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function knowledgeFolder(files: Record<string, string>): string {
  const folder = mkdtempSync(join(tmpdir(), 'topics-'));
  folders.push(folder);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(folder, name), text);
  return folder;
}

const FACTS = { 'deployment.yaml': stringify({ facts: [sampleFact('company-size')] }) };
const militias = { en: { label: 'Militias', names: ['Iraqi militias'] }, nl: { label: 'Milities', names: [] } };

function problemsOf(folder: string): string[] {
  try {
    loadKnowledge(folder, REPO_SOURCES_DIR);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).problems;
  }
  throw new Error(`expected loading ${folder} to fail`);
}

describe('the topics file of a knowledge folder', () => {
  it('loads each topic with its label and names in both languages, and is not read as a file of facts', () => {
    const folder = knowledgeFolder({ ...FACTS, [TOPICS_FILE_NAME]: stringify({ topics: { militias, deployment: { en: { label: 'Deployment' }, nl: { label: 'Inzet', names: ['uitzending'] } } } }) });
    const { facts, topicNames } = loadKnowledge(folder, REPO_SOURCES_DIR);
    expect(facts.map(({ fact }) => fact.id)).toEqual(['company-size']);
    expect(topicNames.get('militias')).toEqual(militias);
    // Names may be left out: the label is enough.
    expect(topicNames.get('deployment')).toEqual({ en: { label: 'Deployment', names: [] }, nl: { label: 'Inzet', names: ['uitzending'] } });
  });

  it('is optional: without it no topic has names, and every fact still loads', () => {
    const { facts, topicNames } = loadKnowledge(knowledgeFolder(FACTS), REPO_SOURCES_DIR);
    expect(facts).toHaveLength(1);
    expect(topicNames.size).toBe(0);
  });

  it('names the file, the topic and the field of each problem, and stops the load', () => {
    const folder = knowledgeFolder({
      ...FACTS,
      [TOPICS_FILE_NAME]: stringify({ topics: { militias: { en: militias.en }, money: { en: { label: '' }, nl: { label: 'Geld', names: ['x'.repeat(61)] } }, 'Bad Slug': militias } }),
    });
    const file = join(folder, TOPICS_FILE_NAME);
    const problems = problemsOf(folder);
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^${file}: topic "militias": field nl: `)));
    expect(problems).toContainEqual(expect.stringContaining(`${file}: topic "money": field en.label: must not be empty; field nl.names.0: must be at most 60 characters`));
    expect(problems).toContainEqual(`${file}: topic "Bad Slug": must be a topic slug as facts write it (lower-case words joined by "-")`);
  });

  it('reports a file that is not a topics mapping, or not YAML, with its name', () => {
    const notMapping = knowledgeFolder({ ...FACTS, [TOPICS_FILE_NAME]: stringify({ facts: [] }) });
    expect(problemsOf(notMapping)).toEqual([`${join(notMapping, TOPICS_FILE_NAME)}: must be a mapping with a "topics:" mapping of topic slugs`]);
    const notYaml = knowledgeFolder({ ...FACTS, [TOPICS_FILE_NAME]: 'topics:\n  militias: [unclosed\n' });
    expect(problemsOf(notYaml)).toEqual([expect.stringContaining(`${join(notYaml, TOPICS_FILE_NAME)}, line `)]);
  });

  it('refuses one name for two topics, naming both', () => {
    const folder = knowledgeFolder({ ...FACTS, [TOPICS_FILE_NAME]: stringify({ topics: { militias, isis: { en: { label: 'ISIS' }, nl: { label: 'IS', names: ['milities'] } } } }) });
    expect(problemsOf(folder)).toEqual([`${join(folder, TOPICS_FILE_NAME)}: topic "isis": the name "milities" is also a name of topic "militias"`]);
  });

  it('lists the topics of facts that it does not name', () => {
    const folder = knowledgeFolder({ ...FACTS, [TOPICS_FILE_NAME]: stringify({ topics: { militias } }) });
    const { facts, topicNames } = loadKnowledge(folder, REPO_SOURCES_DIR);
    expect(topicsWithoutNames(facts, topicNames)).toEqual([sampleFact('company-size').topic]);
  });

  it("in this repository, names every topic the facts use", () => {
    const { facts, topicNames } = loadKnowledge('knowledge');
    expect(topicsWithoutNames(facts, topicNames)).toEqual([]);
  });
});
