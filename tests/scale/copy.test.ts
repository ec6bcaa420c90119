import { rmSync } from 'node:fs';
import { dirname } from 'node:path';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { loadKnowledgeDir } from '../../src/facts/knowledge-files';
import type { FactStore } from '../../src/store/fact-store';
import { openPostgresStore } from '../../src/store/postgres-store';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { runScript, tempDatabasePath } from '../helpers/run-process';
import { buildHistory, visibleState } from '../store/copy-history';
import { createTestDatabase, TEST_DATABASE_URL, warnWhenSkipped, type TestDatabase } from '../store/postgres-test-db';

warnWhenSkipped('the SQLite-to-PostgreSQL copy tests');
const silent = pino({ level: 'silent' });
const knowledge = loadKnowledgeDir('knowledge').map(({ fact }) => fact);

describe.skipIf(!TEST_DATABASE_URL)('npm run facts -- copy, from SQLite into PostgreSQL', () => {
  const opened: FactStore[] = [];
  const databases: TestDatabase[] = [];
  const sqliteFiles: string[] = [];
  afterEach(async () => {
    for (const store of opened.splice(0)) await store.close();
    for (const path of sqliteFiles.splice(0)) rmSync(dirname(path), { recursive: true, force: true });
    for (const database of databases.splice(0)) await database.drop();
  });

  async function sqliteWithHistory(): Promise<string> {
    const path = tempDatabasePath();
    sqliteFiles.push(path);
    const store = await openSqliteStore(path, silent);
    await buildHistory(store, knowledge);
    await store.close();
    return path;
  }
  async function emptyPostgres(): Promise<string> {
    const database = await createTestDatabase();
    databases.push(database);
    return database.url;
  }
  async function open(opening: Promise<FactStore>): Promise<FactStore> {
    const store = await opening;
    opened.push(store);
    return store;
  }
  const copy = (path: string, url: string) => runScript('src/cli/facts.ts', ['copy', '--to', url], { env: { DATABASE_PATH: path } });

  it('keeps every revision of every fact, its author and time, and the unanswered questions', async () => {
    const [path, url] = [await sqliteWithHistory(), await emptyPostgres()];

    const result = await copy(path, url);

    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const [from, to] = [await open(openSqliteStore(path, silent)), await open(openPostgresStore(url, silent))];
    const revisions = (await from.exportAll()).facts.reduce((sum, fact) => sum + fact.revisions.length, 0);
    expect(result.stdout).toContain(`Copied ${knowledge.length + 1} facts (${revisions} revisions) and 2 question-log entries`);
    const [source, copied] = [await visibleState(from), await visibleState(to)];
    expect(copied.histories.flat()).toHaveLength(revisions);
    expect(copied).toEqual(source);
  });

  it('starts a bot on the copy with nothing to import: the curated files were already merged', async () => {
    const [path, url] = [await sqliteWithHistory(), await emptyPostgres()];
    expect((await copy(path, url)).code).toBe(0);
    const to = await open(openPostgresStore(url, silent));
    const report = await to.importKnowledge(knowledge);
    expect(report.added).toEqual([]);
    expect(report.updated).toEqual([]);
  });

  it('refuses to copy into a database that holds facts already, and leaves it as it was', async () => {
    const [path, url] = [await sqliteWithHistory(), await emptyPostgres()];
    expect((await copy(path, url)).code).toBe(0);
    const to = await open(openPostgresStore(url, silent));
    const before = await visibleState(to);

    const again = await copy(path, url);

    expect(again.code).toBe(1);
    expect(again.stderr).toContain('The target store is not empty');
    expect(again.stderr).not.toContain(new URL(url).password);
    expect(await visibleState(to)).toEqual(before);
  });
});
