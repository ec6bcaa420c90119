import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig, type Config } from '../config';
import { OperatorError } from '../core/operator-error';
import { misspeltVariableWarnings } from '../config-spelling';
import { exportKnowledge } from '../facts/knowledge-export';
import { exportRegisteredSources } from '../sources/source-export';
import { defaultSourcesDir, loadKnowledge, loadKnowledgeDir, topicsWithoutNames } from '../facts/knowledge-files';
import { slugLabel, TOPICS_FILE_NAME } from '../facts/topic-names';
import { createLogger, type Logger } from '../logger';
import { redactSecrets } from '../redact';
import type { FactStore } from '../store/fact-store';
import { openStore } from '../store/open-store';
import { copyStore } from '../store/copy-store';
import { openSqliteStore } from '../store/sqlite-store';

export interface CliOutput {
  out(line: string): void;
  err(line: string): void;
}

interface SubcommandContext {
  config: Config;
  dir: string;
  /** The sources the facts quote: SOURCES_DIR, or sources/ inside --dir when a folder is named. */
  sourcesDir: string;
  logger: Logger;
  io: CliOutput;
}

interface Subcommand {
  usage: string;
  run(context: SubcommandContext): Promise<number>;
}

/** Each subcommand is one entry. */
const SUBCOMMANDS: Record<string, Subcommand> = {
  validate: { usage: 'validate   check every knowledge file and fact; prints "N facts OK" or the problems', run: validate },
  import: { usage: 'import     merge knowledge/ into the database (as the bot does at start) and report', run: importFiles },
  export: { usage: "export     write the database's live facts back to knowledge/ for review in git", run: exportFiles },
  copy: { usage: 'copy --to <postgres://...>   copy the SQLite file (DATABASE_PATH) with its full history into an empty PostgreSQL database (default: DATABASE_URL)', run: copyToPostgres },
};

const FACTS_USAGE = [
  'Usage: npm run facts -- <command> [--dir <knowledge folder>] [--to <postgres url>]',
  ...Object.values(SUBCOMMANDS).map((subcommand) => `  ${subcommand.usage}`),
].join('\n');

/** `npm run facts -- validate|import|export|copy [--dir knowledge]`; returns the exit code. */
export async function runFactsCli(args: readonly string[], env: Readonly<Record<string, string | undefined>>, output: CliOutput): Promise<number> {
  // `--to` and DATABASE_URL may carry a password; nothing printed may repeat it.
  const io: CliOutput = { out: (line) => output.out(redactSecrets(line)), err: (line) => output.err(redactSecrets(line)) };
  const [name, ...rest] = args;
  const subcommand = name === undefined ? undefined : SUBCOMMANDS[name];
  const flags = parseFlags(rest, name === 'copy' ? ['--dir', '--to'] : ['--dir']);
  if (!subcommand || !flags) {
    io.err(FACTS_USAGE);
    return 2;
  }
  try {
    // `--to` names the copy's target; it is checked like DATABASE_URL, and takes its place.
    for (const warning of misspeltVariableWarnings(env)) io.err(`Warning: ${warning}`);
    const config = parseConfig(flags['--to'] ? { ...env, DATABASE_URL: flags['--to'] } : env);
    const dir = flags['--dir'] ?? config.knowledgeDir;
    const sourcesDir = flags['--dir'] ? defaultSourcesDir(dir) : config.sourcesDir;
    return await subcommand.run({ config, dir, sourcesDir, logger: createLogger(config.logLevel), io });
  } catch (error) {
    if (!(error instanceof OperatorError)) throw error;
    io.err(error.message);
    return error.exitCode;
  }
}

/** `--name value` pairs from the allowed set; undefined when anything else is there. */
function parseFlags(args: readonly string[], allowed: readonly string[]): Record<string, string> | undefined {
  const flags: Record<string, string> = {};
  for (let index = 0; index < args.length; index += 2) {
    const flag = args[index]!;
    const value = args[index + 1];
    if (!allowed.includes(flag) || value === undefined || value.startsWith('--')) return undefined;
    flags[flag] = value;
  }
  return flags;
}

function describeStore(config: Config): string {
  return config.databaseUrl ? 'the PostgreSQL database (DATABASE_URL)' : config.databasePath;
}

async function withStore<T>(context: SubcommandContext, work: (store: FactStore) => Promise<T>): Promise<T> {
  const store = await openStore(context.config, context.logger);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

const list = (ids: readonly string[]) => ids.join(', ');

async function validate({ dir, sourcesDir, io }: SubcommandContext): Promise<number> {
  const { facts, sources, topicNames } = loadKnowledge(dir, sourcesDir);
  io.out(`${facts.length} facts OK in ${dir}`);
  // Not an error: such a fact still answers, its topic labelled from the slug in every language.
  for (const topic of topicsWithoutNames(facts, topicNames)) {
    io.out(`  warning: topic "${topic}" is not in ${join(dir, TOPICS_FILE_NAME)}; replies label it "${slugLabel(topic)}" in every language`);
  }
  const withText = sources.filter((source) => source.text !== undefined).length;
  io.out(`Every quote checked against its source's text (${sources.length} sources in ${sourcesDir}, ${withText} with text).`);
  return 0;
}

async function importFiles(context: SubcommandContext): Promise<number> {
  const facts = loadKnowledgeDir(context.dir, context.sourcesDir);
  const report = await withStore(context, (store) => store.importKnowledge(facts.map((entry) => entry.fact)));
  const { io } = context;
  io.out(`Merged ${facts.length} facts from ${context.dir} into ${describeStore(context.config)}:`);
  io.out(`  added ${report.added.length}${report.added.length ? `: ${list(report.added)}` : ''}`);
  io.out(`  updated ${report.updated.length}${report.updated.length ? `: ${list(report.updated)}` : ''}`);
  io.out(`  unchanged ${report.unchanged.length}`);
  for (const id of report.keptModeratorVersion) {
    io.out(`  warning: ${id} changed in ${context.dir} but a moderator changed it since its last import; the moderator's version stands (export to review it)`);
  }
  return 0;
}

async function exportFiles(context: SubcommandContext): Promise<number> {
  const { facts, registered } = await withStore(context, async (store) => ({ facts: await store.listFacts({ includeRetired: true }), registered: await store.listSources() }));
  const report = exportKnowledge(context.dir, facts);
  const sourceFiles = exportRegisteredSources(context.sourcesDir, facts.filter((fact) => !fact.retired), registered);
  const { io } = context;
  const changed = report.files.filter((file) => file.status !== 'unchanged');
  io.out(`Exported ${facts.length - report.retired.length} live facts from ${describeStore(context.config)} to ${context.dir}:`);
  if (changed.length === 0) io.out('  no file changed');
  for (const file of changed) io.out(`  ${file.status} ${file.file}`);
  for (const file of sourceFiles) io.out(`  source written ${file}`);
  if (report.updated.length > 0) io.out(`  facts changed: ${list(report.updated)}`);
  if (report.added.length > 0) io.out(`  facts added: ${list(report.added)}`);
  if (report.retired.length > 0) io.out(`  warning: retired facts are left out of the files: ${list(report.retired)}`);
  if (report.notInStore.length > 0) io.out(`  warning: facts in the files but not in the database were kept as they are (run import): ${list(report.notInStore)}`);
  return 0;
}

async function copyToPostgres(context: SubcommandContext): Promise<number> {
  const { config, io } = context;
  if (!config.databaseUrl) {
    io.err('facts copy: name the (empty) PostgreSQL database to copy into with --to postgres://... (or DATABASE_URL); DATABASE_PATH names the SQLite file to copy from.');
    return 2;
  }
  if (config.databasePath !== ':memory:' && !existsSync(config.databasePath)) {
    io.err(`facts copy: there is no SQLite file at ${config.databasePath} to copy from (set DATABASE_PATH); nothing was copied.`);
    return 1;
  }
  const from = await openSqliteStore(config.databasePath, context.logger);
  try {
    const report = await withStore(context, (to) => copyStore(from, to));
    io.out(`Copied ${report.facts} facts (${report.revisions} revisions) and ${report.questionLog} question-log entries from ${config.databasePath} to ${describeStore(config)}.`);
    return 0;
  } finally {
    await from.close();
  }
}
