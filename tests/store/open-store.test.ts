import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { expect, it } from 'vitest';
import { parseConfig } from '../../src/config';
import { openStore } from '../../src/store/open-store';

it('opens the SQLite file at DATABASE_PATH, creating it, when no DATABASE_URL is set', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'factbot-open-'));
  try {
    const path = join(folder, 'data', 'facts.db');
    const store = await openStore(parseConfig({ DATABASE_PATH: path }), pino({ level: 'silent' }));
    expect(store.engine).toBe('sqlite');
    await store.close();
    expect(existsSync(path)).toBe(true);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
