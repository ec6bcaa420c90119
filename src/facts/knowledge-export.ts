import { OperatorError } from '../core/operator-error';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { canonicalJson, factContent } from './fact-content';
import { FactSchema, type Fact, type StoredFact } from './fact';
import { chunkKnowledgeFile, type FactChunk } from './knowledge-file-chunks';
import { isFactFileName, yamlSyntaxProblem } from './knowledge-files';
import { itemHolds, renderFactFields, renderFactItem } from './knowledge-yaml';

export interface KnowledgeExportReport {
  files: Array<{ file: string; status: 'created' | 'updated' | 'unchanged' }>;
  /** Facts written to the files for the first time (moderator-added), appended to <topic>.yaml. */
  added: string[];
  /** Facts whose text in the files changed. */
  updated: string[];
  /** Retired facts: left out of the files (the file format has no "retired" field). */
  retired: string[];
  /** Facts in the files that the store does not know: kept as they are (import them first). */
  notInStore: string[];
}

/** An export that would lose or mangle something: nothing is written, and the message says what to fix. */
export class KnowledgeExportError extends OperatorError {
  override name = 'KnowledgeExportError';
}

/** A file being rebuilt: its header up to `facts:`, then the items' text. */
interface FileDraft {
  prefix: string;
  body: string;
  items: number;
  /** A fact was left out, so blank lines may have piled up at the end. */
  dropped: boolean;
}

/**
 * Writes the store's live facts back into knowledge/ so curators can review moderators' work
 * in git: a fact stays where it is in its file, new facts go at the end of <topic>.yaml, and
 * every unchanged fact is copied byte for byte. Pass every fact, retired ones included.
 */
export function exportKnowledge(dir: string, facts: readonly StoredFact[], options: { dryRun?: boolean } = {}): KnowledgeExportReport {
  const report: KnowledgeExportReport = { files: [], added: [], updated: [], retired: [], notInStore: [] };
  const live = new Map<string, Fact>();
  // Facts stored before input was checked may hold what no YAML file can carry: name them, write nothing.
  const unwritable: string[] = [];
  for (const fact of facts) {
    if (fact.retired) report.retired.push(fact.id);
    else {
      try {
        live.set(fact.id, factContent(fact));
      } catch (error) {
        unwritable.push((error as Error).message);
      }
    }
  }
  if (unwritable.length > 0) throw new KnowledgeExportError(`Cannot export: ${unwritable.join('; ')}. Fix these facts (fact edit) and export again. Nothing was written.`);
  const retired = new Set(report.retired);
  const texts = readKnowledgeTexts(dir);

  const placed = new Set<string>();
  const drafts = new Map<string, FileDraft>();
  for (const [name, text] of texts) {
    const chunks = chunkKnowledgeFile(text);
    if (!chunks) {
      refuseUnsplicedFile(join(dir, name), text);
      continue;
    }
    const draft: FileDraft = { prefix: chunks.prefix, body: '', items: 0, dropped: false };
    for (const chunk of chunks.items) {
      const fact = chunk.id === undefined || placed.has(chunk.id) ? undefined : live.get(chunk.id);
      if (chunk.id !== undefined && retired.has(chunk.id)) {
        // The fact before already ends with its blank separator line.
        draft.body += draft.body.endsWith('\n\n') ? chunk.trailer.replace(/^(?: *\n)+/, '') : chunk.trailer;
        draft.dropped = true;
        continue;
      }
      draft.items += 1;
      if (!fact) {
        if (chunk.id !== undefined && !placed.has(chunk.id)) report.notInStore.push(chunk.id);
        draft.body += chunk.body + chunk.trailer;
        continue;
      }
      placed.add(fact.id);
      const unchanged = itemHolds(chunk.body, fact);
      if (!unchanged) report.updated.push(fact.id);
      draft.body += (unchanged ? chunk.body : spliceFields(chunk, fact)) + chunk.trailer;
    }
    drafts.set(name, draft);
  }

  for (const fact of live.values()) {
    if (placed.has(fact.id)) continue;
    // A topic called "topics" must not overwrite the topics file.
    const name = isFactFileName(`${fact.topic}.yaml`) ? `${fact.topic}.yaml` : `${fact.topic}-facts.yaml`;
    if (texts.has(name) && !drafts.has(name)) {
      throw new KnowledgeExportError(`${join(dir, name)}: has no block-style "facts:" list to add fact ${fact.id} to; fix the file first. Nothing was written.`);
    }
    const draft = drafts.get(name) ?? { prefix: `# Facts on the topic "${fact.topic}", exported from the bot's database (npm run facts -- export).\nfacts:\n`, body: '', items: 0, dropped: false };
    draft.body = draft.items === 0 ? '' : `${draft.body.replace(/\n*$/, '\n')}\n`;
    draft.body += renderFactItem(fact);
    draft.items += 1;
    drafts.set(name, draft);
    report.added.push(fact.id);
    placed.add(fact.id);
  }

  if (!options.dryRun) mkdirSync(dir, { recursive: true });
  for (const [name, draft] of [...drafts].sort(([a], [b]) => a.localeCompare(b))) {
    const text = draftText(draft);
    const before = texts.get(name);
    const status = before === undefined ? 'created' : before === text ? 'unchanged' : 'updated';
    report.files.push({ file: join(dir, name), status });
    if (status !== 'unchanged' && !options.dryRun) writeAtomically(join(dir, name), text);
  }
  return report;
}

/**
 * Facts in a file whose list is in flow style (`facts: [{id: ...}]`) cannot be updated in place;
 * exporting anyway would write them a second time into <topic>.yaml.
 */
function refuseUnsplicedFile(file: string, text: string): void {
  const syntaxProblem = yamlSyntaxProblem(file, text);
  if (syntaxProblem) throw new KnowledgeExportError(`${syntaxProblem}. Fix the file and export again. Nothing was written.`);
  if (!/\bid["']?\s*:/.test(text)) return;
  throw new KnowledgeExportError(
    `${file}: its "facts:" list is written in flow style ({...} or [...] brackets), which export cannot update in place. ` +
      'Rewrite it in block style (one "- id: ..." item per fact, as in the other files) and export again. Nothing was written.',
  );
}

function readKnowledgeTexts(dir: string): Map<string, string> {
  const texts = new Map<string, string>();
  if (!existsSync(dir)) return texts;
  for (const name of readdirSync(dir).filter(isFactFileName).sort()) {
    texts.set(name, readFileSync(join(dir, name), 'utf8'));
  }
  return texts;
}

/** A file left with no facts keeps its header and says `facts: []`, which still loads. */
function draftText(draft: FileDraft): string {
  if (draft.items === 0) return `${draft.prefix.replace(/facts:\n$/, 'facts: []\n')}`;
  const text = `${draft.prefix}${draft.body}`;
  return draft.dropped ? text.replace(/\n{2,}$/, '\n') : text;
}

/** Keeps each field's original text when its value is unchanged, so a diff shows only the edit. */
function spliceFields(chunk: FactChunk, fact: Fact): string {
  const text = renderFactFields(fact)
    .map(([key, rendered]) => {
      const original = chunk.fields.get(key);
      return original !== undefined && canonicalJson(chunk.raw?.[key]) === canonicalJson(fact[key]) ? original : rendered;
    })
    .join('');
  return itemHolds(text, fact) ? text : renderFactItem(fact);
}

function writeAtomically(file: string, text: string): void {
  const temporary = `${file}.tmp-${process.pid}`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}
