import pino from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StoreUnavailableError } from '../../src/core/operator-error';
import { FactExistsError, StaleRevisionError, type FactChangedEvent, type FactStore } from '../../src/store/fact-store';
import { openPostgresStore } from '../../src/store/postgres-store';
import { adminQuery, TEST_DATABASE_URL, useTestDatabasePerFile, warnWhenSkipped, type TestDatabase } from './postgres-test-db';
import { moderator, sampleFact } from './sample-facts';
import { describeStoreContract } from './store-contract';
import { startRelay, type CuttableRelay } from './tcp-cut';
import { SCHEMA_VERSION } from '../../src/store/postgres-schema';
import { EVENTUALLY } from '../helpers/eventually';

warnWhenSkipped('the PostgreSQL store tests');
const silent = pino({ level: 'silent' });

/** A logger whose lines the test can read. */
function capturingLogger() {
  const lines: string[] = [];
  const logger = pino({ level: 'debug' }, { write: (line: string) => void lines.push(line) });
  return { logger, text: () => lines.join('') };
}

describe.skipIf(!TEST_DATABASE_URL)('PostgreSQL store', () => {
  const databases = useTestDatabasePerFile();

  describeStoreContract('PostgreSQL', async (options) => {
    const database = await databases.freshSchema();
    const store = await openPostgresStore(database.url, silent, options);
    return {
      store,
      async cleanup() {
        await store.close();
        await database.drop();
      },
    };
  });

  describe('several processes on one database', () => {
    const opened: FactStore[] = [];
    const schemas: TestDatabase[] = [];
    const relays: CuttableRelay[] = [];

    async function emptySchema(): Promise<TestDatabase> {
      const database = await databases.freshSchema();
      schemas.push(database);
      return database;
    }
    async function open(url: string, logger = silent): Promise<FactStore> {
      const store = await openPostgresStore(url, logger);
      opened.push(store);
      return store;
    }

    afterEach(async () => {
      for (const store of opened.splice(0)) await store.close();
      for (const relay of relays.splice(0)) await relay.close();
      for (const schema of schemas.splice(0)) await schema.drop();
    });

    const editAnswer = (answer: string, baseRevision: number, name = 'alice') => ({
      action: 'edit' as const,
      factId: 'company-size',
      baseRevision,
      after: sampleFact('company-size', { answer }),
      retired: false,
      author: moderator(name),
    });

    it('tells every other store on the database about a change, once, and its own listeners once', async () => {
      const { url } = await emptySchema();
      const [one, two] = [await open(url), await open(url)];
      const heardByOne: FactChangedEvent[] = [];
      const heardByTwo: FactChangedEvent[] = [];
      one.subscribe((event) => heardByOne.push(event));
      two.subscribe((event) => heardByTwo.push(event));

      await one.importKnowledge([sampleFact('company-size')]);
      await one.applyChange(editAnswer('Edited through one.', 1));
      await vi.waitFor(() => expect(heardByTwo).toHaveLength(2), EVENTUALLY);

      const expected = [
        { factId: 'company-size', revision: 1, action: 'import' },
        { factId: 'company-size', revision: 2, action: 'edit' },
      ];
      expect(heardByTwo).toEqual(expected);
      expect(heardByOne).toEqual(expected);
      expect((await two.getFact('company-size'))!.answer).toBe('Edited through one.');
    });

    it('lets exactly one of two stores win an edit on the same base, and keeps the winner in the history', async () => {
      const { url } = await emptySchema();
      const [one, two] = [await open(url), await open(url)];
      await one.importKnowledge([sampleFact('company-size')]);

      const results = await Promise.allSettled([one.applyChange(editAnswer('From one.', 1, 'alice')), two.applyChange(editAnswer('From two.', 1, 'bob'))]);
      const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect(refused[0]!.reason).toBeInstanceOf(StaleRevisionError);
      const history = await two.history('company-size');
      expect(history).toHaveLength(2);
      expect((refused[0]!.reason as StaleRevisionError).current).toEqual(history[1]);
    });

    it('lets only one of two stores add the same new fact', async () => {
      const { url } = await emptySchema();
      const [one, two] = [await open(url), await open(url)];
      const add = (store: FactStore, name: string) =>
        store.applyChange({ action: 'add', factId: 'oir-officers', after: sampleFact('oir-officers', { answer: `By ${name}.` }), retired: false, author: moderator(name) });

      const results = await Promise.allSettled([add(one, 'alice'), add(two, 'bob')]);
      const refused = results.filter((result): result is PromiseRejectedResult => result.status === 'rejected');
      expect(refused).toHaveLength(1);
      expect(refused[0]!.reason).toBeInstanceOf(FactExistsError);
      expect(await one.history('oir-officers')).toHaveLength(1);
    });

    it('creates the schema once and imports knowledge/ once when several processes start at the same moment', async () => {
      const { url } = await emptySchema();
      const stores = await Promise.all([open(url), open(url), open(url)]);
      const reports = await Promise.all(stores.map((store) => store.importKnowledge([sampleFact('company-size'), sampleFact('erbil-return')])));

      expect(reports.map((report) => report.added.length).sort()).toEqual([0, 0, 2]);
      expect(await stores[0]!.history('company-size')).toHaveLength(1);
      const versions = await adminQuery(url, 'SELECT version FROM schema_migrations ORDER BY version');
      expect(versions.rows).toEqual(Array.from({ length: SCHEMA_VERSION }, (_, index) => ({ version: index + 1 })));
    });

    it('refuses a database whose schema is newer than this bot knows', async () => {
      const { url } = await emptySchema();
      await (await open(url)).close();
      await adminQuery(url, 'INSERT INTO schema_migrations (version) VALUES (99)');
      const error = await openPostgresStore(url, silent).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toContain('schema version 99');
    });

    it('fails to start with a clear message, without the password, when the server cannot be reached', async () => {
      const relay = await startRelay(TEST_DATABASE_URL!);
      relays.push(relay);
      relay.cut();
      const error = await openPostgresStore(relay.url, silent).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as Error).message).toContain('Cannot open the PostgreSQL database');
      expect((error as Error).message).toContain('Check DATABASE_URL');
      expect((error as Error).message).not.toContain(new URL(TEST_DATABASE_URL!).password);
    });

    it('when the connection is lost: reports it without the password, refuses writes, reconnects, and announces what it missed as a resync', async () => {
      const database = await emptySchema();
      const relay = await startRelay(database.url);
      relays.push(relay);
      const log = capturingLogger();
      const cutOff = await open(relay.url, log.logger);
      const other = await open(database.url);
      await other.importKnowledge([sampleFact('company-size')]);
      await vi.waitFor(async () => expect(await cutOff.getFact('company-size')).toBeDefined(), EVENTUALLY);
      const heard: FactChangedEvent[] = [];
      cutOff.subscribe((event) => heard.push(event));

      relay.cut();
      await vi.waitFor(() => expect(log.text()).toContain('lost the connection to PostgreSQL'), EVENTUALLY);
      const refused = await cutOff.applyChange(editAnswer('Written while cut off.', 1)).catch((caught: unknown) => caught);
      expect(refused).toBeInstanceOf(StoreUnavailableError);
      expect((refused as Error).message).toContain('the change was not saved');
      await expect(cutOff.listFacts()).rejects.toBeInstanceOf(StoreUnavailableError);

      await other.applyChange(editAnswer('Written elsewhere meanwhile.', 1, 'bob'));
      relay.restore();
      await vi.waitFor(() => expect(heard).toContainEqual({ factId: 'company-size', revision: 2, action: 'edit', resync: true }), EVENTUALLY);
      expect(log.text()).toContain('reconnected to PostgreSQL');

      const afterReconnect = await cutOff.applyChange(editAnswer('Written after reconnecting.', 2));
      expect(afterReconnect.revision).toBe(3);
      expect((await other.history('company-size')).map((revision) => revision.after.answer)).toEqual([
        sampleFact('company-size').answer,
        'Written elsewhere meanwhile.',
        'Written after reconnecting.',
      ]);
      expect(log.text()).not.toContain(new URL(TEST_DATABASE_URL!).password);
    });

    it('closing while a reconnect is still connecting leaves no connection open', async () => {
      const database = await emptySchema();
      const relay = await startRelay(database.url);
      relays.push(relay);
      const store = await openPostgresStore(relay.url, silent);

      relay.stall();
      await vi.waitFor(() => expect(relay.heldConnections()).toBeGreaterThan(0), EVENTUALLY);
      await store.close();
      relay.restore();

      await vi.waitFor(() => expect(relay.openConnections()).toBe(0), EVENTUALLY);
    });
  });
});
