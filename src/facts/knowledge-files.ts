import { OperatorError } from '../core/operator-error';
import { DEFAULT_LANGUAGE } from '../core/languages';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { citationProblems } from '../sources/citation-check';
import { sourceLookupOf, type Source } from '../sources/source';
import { loadSourcesDir } from '../sources/source-files';
import { FactSchema, type Fact } from './fact';
import { NO_TOPIC_NAMES, parseTopicNames, TOPICS_FILE_NAME, type TopicNames } from './topic-names';

const KNOWLEDGE_FILE_PATTERN = /\.ya?ml$/;

/** A YAML file of a knowledge folder that holds facts: any but the topics file. */
export function isFactFileName(name: string): boolean {
  return KNOWLEDGE_FILE_PATTERN.test(name) && name !== TOPICS_FILE_NAME;
}

const KnowledgeFileSchema = z.object({ facts: z.array(z.unknown()) }).strict();

export class KnowledgeError extends OperatorError {
  override name = 'KnowledgeError';
  constructor(readonly problems: string[]) {
    super(`The knowledge files have ${problems.length === 1 ? 'a problem' : `${problems.length} problems`}:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

export interface KnowledgeFact {
  fact: Fact;
  file: string;
}

/** Where a knowledge folder keeps its sources unless told otherwise. */
export function defaultSourcesDir(knowledgeDir: string): string {
  return join(knowledgeDir, 'sources');
}

/** The facts of a knowledge folder (see loadKnowledge). */
export function loadKnowledgeDir(dir: string, sourcesDir = defaultSourcesDir(dir)): KnowledgeFact[] {
  return loadKnowledge(dir, sourcesDir).facts;
}

/**
 * Reads every YAML file in the folder and its sources, and validates each fact: its shape,
 * its claim status, and that each quote is in the text of the source it cites. Any problem
 * stops the load with the file, the fact id and the field named: a fact is never dropped silently.
 * The topics file (topics.yaml), if there is one, names the topics in each language.
 */
export function loadKnowledge(
  dir: string,
  sourcesDir = defaultSourcesDir(dir),
  /** Sources registered from chat: facts may cite them too; a curated file with the same id wins. */
  registered: readonly Source[] = [],
): { facts: KnowledgeFact[]; sources: Source[]; topicNames: TopicNames } {
  const { sources, problems: sourceProblems } = loadSourcesDir(sourcesDir);
  const curatedIds = new Set(sources.map((source) => source.id));
  const lookup = sourceLookupOf([...sources, ...registered.filter((source) => !curatedIds.has(source.id))]);
  let names: string[];
  try {
    names = readdirSync(dir).filter(isFactFileName).sort();
  } catch (error) {
    throw new KnowledgeError([`${dir}: cannot read the knowledge folder (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
  }
  if (names.length === 0) throw new KnowledgeError([`${dir}: holds no .yaml knowledge files`]);

  const topics = loadTopicNames(dir);
  const problems: string[] = [...sourceProblems, ...topics.problems];
  const loaded: KnowledgeFact[] = [];
  const firstFileOf = new Map<string, string>();
  for (const name of names) {
    const file = join(dir, name);
    for (const result of parseKnowledgeFile(file, readFileSync(file, 'utf8'))) {
      if ('problem' in result) {
        problems.push(result.problem);
        continue;
      }
      const earlier = firstFileOf.get(result.fact.id);
      if (earlier) {
        problems.push(`${file}: fact "${result.fact.id}": id is used already in ${earlier}`);
        continue;
      }
      firstFileOf.set(result.fact.id, file);
      const citation = citationProblems(result.fact, lookup, DEFAULT_LANGUAGE);
      if (citation.length > 0) problems.push(`${file}: fact "${result.fact.id}": ${citation.join('; ')}`);
      else loaded.push({ fact: result.fact, file });
    }
  }
  if (problems.length > 0) throw new KnowledgeError(problems);
  return { facts: loaded, sources, topicNames: topics.names };
}

/** A folder without a topics file labels every topic from its slug. */
function loadTopicNames(dir: string): { names: TopicNames; problems: string[] } {
  const file = join(dir, TOPICS_FILE_NAME);
  if (!existsSync(file)) return { names: NO_TOPIC_NAMES, problems: [] };
  const text = readFileSync(file, 'utf8');
  const syntaxProblem = yamlSyntaxProblem(file, text);
  return syntaxProblem ? { names: NO_TOPIC_NAMES, problems: [syntaxProblem] } : parseTopicNames(file, text);
}

/** The facts whose topic the topics file does not name (they are labelled from their slug). */
export function topicsWithoutNames(facts: readonly KnowledgeFact[], topicNames: TopicNames): string[] {
  return [...new Set(facts.map(({ fact }) => fact.topic))].filter((topic) => !topicNames.has(topic)).sort();
}

/**
 * The first YAML syntax error of a file, with its line and column; undefined when the file parses.
 * Only the first: the parser's later errors are usually echoes of it.
 */
export function yamlSyntaxProblem(file: string, text: string): string | undefined {
  const lineCounter = new LineCounter();
  const [error] = parseDocument(text, { prettyErrors: false, lineCounter }).errors;
  if (!error) return undefined;
  const { line, col } = lineCounter.linePos(error.pos[0]);
  return `${file}, line ${line}, column ${col}: not valid YAML: ${error.message.split('\n')[0]}`;
}

function parseKnowledgeFile(file: string, text: string): Array<{ fact: Fact } | { problem: string }> {
  const syntaxProblem = yamlSyntaxProblem(file, text);
  if (syntaxProblem) return [{ problem: syntaxProblem }];
  const document = parseDocument(text);
  const shape = KnowledgeFileSchema.safeParse(document.toJS());
  if (!shape.success) return [{ problem: `${file}: must be a mapping with a "facts:" list` }];

  return shape.data.facts.map((raw, position) => {
    const parsed = FactSchema.safeParse(raw);
    if (parsed.success) return { fact: parsed.data };
    const id = typeof (raw as { id?: unknown })?.id === 'string' ? `"${(raw as { id: string }).id}"` : `#${position + 1}`;
    const reasons = parsed.error.issues.map((issue) => `field ${issue.path.join('.') || '(fact)'}: ${issue.message}`);
    return { problem: `${file}: fact ${id}: ${reasons.join('; ')}` };
  });
}
