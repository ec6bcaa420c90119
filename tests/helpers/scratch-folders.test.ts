import { existsSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { expect, it } from 'vitest';
import { removeScratchFolders, tempDatabasePath } from './run-process';

it('removes the scratch folders it handed out, with what the test wrote in them', () => {
  const paths = [tempDatabasePath(), tempDatabasePath()];
  for (const path of paths) writeFileSync(path, 'not a real database');
  expect(paths.every((path) => existsSync(path))).toBe(true);
  removeScratchFolders();
  expect(paths.map((path) => existsSync(dirname(path)))).toEqual([false, false]);
});
