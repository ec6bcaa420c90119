import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { stringify } from 'yaml';
import { afterEach, describe, expect, it } from 'vitest';
import { runFactsCli } from '../../src/cli/facts-cli';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { contentOf, moderator, sampleFact } from '../store/sample-facts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

function workspace(knowledge: 'real' | Record<string, unknown>) {
  const root = mkdtempSync(join(tmpdir(), 'factbot-cli-'));
  folders.push(root);
  const dir = join(root, 'knowledge');
  if (knowledge === 'real') cpSync('knowledge', dir, { recursive: true });
  else {
    cpSync(mkdtempSync(join(root, 'empty-')), dir, { recursive: true });
    // A knowledge folder keeps its sources inside it: the facts' quotes are checked against them.
    cpSync(join('knowledge', 'sources'), join(dir, 'sources'), { recursive: true });
    for (const [name, content] of Object.entries(knowledge)) writeFileSync(join(dir, name), typeof content === 'string' ? content : stringify(content));
  }
  const databasePath = join(root, 'data', 'facts.db');
  return { dir, databasePath, env: { DATABASE_PATH: databasePath, LOG_LEVEL: 'silent' } };
}

async function run(args: string[], env: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runFactsCli(args, env, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const readAll = (dir: string) =>
  Object.fromEntries(readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name).sort().map((name) => [name, readFileSync(join(dir, name), 'utf8')]));

describe('npm run facts -- validate', () => {
  it('counts the facts when every file is valid', async () => {
    const { dir, env } = workspace({ 'deployment.yaml': { facts: [sampleFact('company-size'), sampleFact('oir-officers')] } });
    const result = await run(['validate', '--dir', dir], env);
    expect(result).toMatchObject({ code: 0 });
    expect(result.out.split('\n')[0]).toBe(`2 facts OK in ${dir}`);
  });

  it('names the file, the fact and the field of every problem, and exits 1', async () => {
    const broken = { ...sampleFact('company-size'), answer: '' };
    const { dir, env } = workspace({ 'deployment.yaml': { facts: [broken] } });
    const result = await run(['validate', '--dir', dir], env);
    expect(result.code).toBe(1);
    expect(result.err).toContain(join(dir, 'deployment.yaml'));
    expect(result.err).toContain('fact "company-size": field answer');
  });

  it('warns about a topic that topics.yaml does not name, which still validates with its slug as label', async () => {
    const topics = { topics: { deployment: { en: { label: 'Deployment' }, nl: { label: 'Inzet' } } } };
    const { dir, env } = workspace({ 'deployment.yaml': { facts: [sampleFact('company-size'), { ...sampleFact('oir-officers'), topic: 'us-presence' }] }, 'topics.yaml': topics });
    const result = await run(['validate', '--dir', dir], env);
    expect(result.code).toBe(0);
    expect(result.out.split('\n')[0]).toBe(`2 facts OK in ${dir}`);
    expect(result.out).toContain(`warning: topic "us-presence" is not in ${join(dir, 'topics.yaml')}; replies label it "US presence" in every language`);
    expect(result.out).not.toContain('topic "deployment"');
  });

  it('shows the usage for an unknown command and exits 2', async () => {
    const result = await run(['frobnicate'], {});
    expect(result.code).toBe(2);
    expect(result.err).toContain('Usage: npm run facts -- <command>');
  });
});

describe('npm run facts -- import and export', () => {
  it('imports knowledge/ into a new database, and exporting it unchanged rewrites no file', async () => {
    const { dir, env } = workspace('real');
    const before = readAll(dir);
    const count = loadKnowledgeDir(dir).length;

    const imported = await run(['import', '--dir', dir], env);
    expect(imported.code).toBe(0);
    expect(imported.out).toContain(`added ${count}:`);
    expect((await run(['import', '--dir', dir], env)).out).toContain(`unchanged ${count}`);

    const exported = await run(['export', '--dir', dir], env);
    expect(exported).toMatchObject({ code: 0 });
    expect(exported.out).toContain('no file changed');
    expect(readAll(dir)).toEqual(before);
  });

  it("writes moderators' work back to the files: edits in place, new facts at the end of their topic file, retired facts left out", async () => {
    const { dir, databasePath, env } = workspace({
      'deployment.yaml': `# Curators' header stays.\nfacts:\n${stringify([sampleFact('company-size'), sampleFact('oir-officers')]).replace(/^/gm, '  ').trimEnd()}\n`,
      'history.yaml': { facts: [sampleFact('erbil-return')] },
    });
    await run(['import', '--dir', dir], env);
    const store = await openSqliteStore(databasePath, pino({ level: 'silent' }));
    const edited = sampleFact('company-size', { answer: 'An infantry company of 145 soldiers, says a moderator.' });
    await store.applyChange({ action: 'edit', factId: 'company-size', baseRevision: 1, after: edited, retired: false, author: moderator('alice') });
    await store.applyChange({ action: 'retire', factId: 'erbil-return', baseRevision: 1, after: sampleFact('erbil-return'), retired: true, author: moderator('bob') });
    const added = sampleFact('oir-officers', { id: 'oir-twelve', title: 'Twelve Dutch officers train Iraqi Special Forces' });
    await store.applyChange({ action: 'add', factId: 'oir-twelve', after: added, retired: false, author: moderator('alice') });
    const live = (await store.listFacts()).map(contentOf);
    await store.close();

    const result = await run(['export', '--dir', dir], env);
    expect(result.code).toBe(0);
    expect(result.out).toContain('facts changed: company-size');
    expect(result.out).toContain('facts added: oir-twelve');
    expect(result.out).toContain('warning: retired facts are left out of the files: erbil-return');

    const deployment = readFileSync(join(dir, 'deployment.yaml'), 'utf8');
    expect(deployment.startsWith("# Curators' header stays.\nfacts:\n")).toBe(true);
    expect(deployment.indexOf('id: company-size')).toBeLessThan(deployment.indexOf('id: oir-officers'));
    expect(deployment.indexOf('id: oir-officers')).toBeLessThan(deployment.indexOf('id: oir-twelve'));
    expect(readFileSync(join(dir, 'history.yaml'), 'utf8')).not.toContain('erbil-return');

    const reloaded = loadKnowledgeDir(dir).map((entry) => entry.fact);
    expect(reloaded.sort((a, b) => a.id.localeCompare(b.id))).toEqual(live.sort((a, b) => a.id.localeCompare(b.id)));

    const reimported = await run(['import', '--dir', dir], env);
    expect(reimported.out).toContain('added 0');
    expect(reimported.out).toContain('updated 0');
    expect(reimported.out).not.toContain('warning');
  });

  it('writes a source registered from chat that an exported fact cites, so the folder loads on its own and its quotes are checked', async () => {
    const { dir, databasePath, env } = workspace({ 'deployment.yaml': { facts: [sampleFact('company-size')] } });
    await run(['import', '--dir', dir], env);
    const store = await openSqliteStore(databasePath, pino({ level: 'silent' }));
    const letter = { id: 'letter-2024', title: 'Letter to Parliament', kind: 'government-letter' as const, language: 'en', published: '2024-01-05', url: 'https://example.org/l', text: 'The company arrived in Iraq in January.' };
    await store.addSource(letter, moderator('alice'));
    const cited = sampleFact('oir-officers', { source: { id: 'letter-2024', quotes: ['The company arrived in Iraq in January.'] } });
    await store.applyChange({ action: 'add', factId: 'oir-officers', after: cited, retired: false, author: moderator('alice') });
    await store.close();

    const result = await run(['export', '--dir', dir], env);
    expect(result.out).toContain(`source written ${join(dir, 'sources', 'letter-2024.yaml')}`);
    expect(readFileSync(join(dir, 'sources', 'letter-2024.txt'), 'utf8')).toBe('The company arrived in Iraq in January.\n');
    expect(loadKnowledgeDir(dir).map((entry) => entry.fact.id).sort()).toEqual(['company-size', 'oir-officers']);
    expect((await run(['validate', '--dir', dir], env)).code).toBe(0);
  });

  it("warns, naming the fact, when the files changed a fact a moderator changed too, and keeps the moderator's version", async () => {
    const { dir, databasePath, env } = workspace({ 'deployment.yaml': { facts: [sampleFact('company-size')] } });
    await run(['import', '--dir', dir], env);
    const store = await openSqliteStore(databasePath, pino({ level: 'silent' }));
    await store.applyChange({ action: 'edit', factId: 'company-size', baseRevision: 1, after: sampleFact('company-size', { answer: 'Moderator.' }), retired: false, author: moderator('alice') });
    await store.close();
    writeFileSync(join(dir, 'deployment.yaml'), stringify({ facts: [sampleFact('company-size', { answer: 'Curator.' })] }));

    const result = await run(['import', '--dir', dir], env);
    expect(result.out).toContain("warning: company-size changed in");
    const reopened = await openSqliteStore(databasePath, pino({ level: 'silent' }));
    expect((await reopened.getFact('company-size'))!.answer).toBe('Moderator.');
    await reopened.close();
  });

  it('explains a flow-style topic file in one plain line, with no stack trace, and exits 1', async () => {
    const { dir, env } = workspace({ 'deployment.yaml': { facts: [sampleFact('company-size')] } });
    expect((await run(['import', '--dir', dir], env)).code).toBe(0);
    writeFileSync(join(dir, 'deployment.yaml'), `${JSON.stringify({ facts: [{ ...sampleFact('company-size'), answer: 'Flow.' }] })}\n`);
    const result = await run(['export', '--dir', dir], env);
    expect(result.code).toBe(1);
    expect(result.err).toBe(`${join(dir, 'deployment.yaml')}: its "facts:" list is written in flow style ({...} or [...] brackets), which export cannot update in place. Rewrite it in block style (one "- id: ..." item per fact, as in the other files) and export again. Nothing was written.`);
  });

  it('explains that copy needs a target, --to or DATABASE_URL', async () => {
    const { env } = workspace({ 'deployment.yaml': { facts: [sampleFact('company-size')] } });
    const result = await run(['copy'], env);
    expect(result.code).toBe(2);
    expect(result.err).toContain('--to postgres://');
  });

  it('refuses to copy from a SQLite file that does not exist, instead of copying an empty new one', async () => {
    const { env } = workspace({ 'deployment.yaml': { facts: [sampleFact('company-size')] } });
    const result = await run(['copy', '--to', 'postgres://user:pw@127.0.0.1:1/none'], { ...env, DATABASE_PATH: '/nonexistent/facts.db' });
    expect(result.code).toBe(1);
    expect(result.err).toContain('there is no SQLite file at /nonexistent/facts.db');
  });

  it('checks the --to URL like DATABASE_URL, and refuses --to on other commands', async () => {
    const { env } = workspace({ 'deployment.yaml': { facts: [sampleFact('company-size')] } });
    const badUrl = await run(['copy', '--to', 'mysql://x'], env);
    expect(badUrl.code).toBe(1);
    expect(badUrl.err).toContain('DATABASE_URL must be a postgres:// or postgresql:// connection URL');
    expect((await run(['validate', '--to', 'postgres://x'], env)).code).toBe(2);
  });

  it('runs as the npm script does, from the command line', () => {
    const { dir, env } = workspace({ 'deployment.yaml': { facts: [sampleFact('company-size')] } });
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/facts.ts', 'validate', '--dir', dir], { encoding: 'utf8', env: { ...process.env, ...env } });
    expect(child.status).toBe(0);
    expect(child.stdout.split('\n')[0]).toBe(`1 facts OK in ${dir}`);
  });
});
