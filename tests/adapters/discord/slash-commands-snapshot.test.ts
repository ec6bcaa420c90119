import { describe, expect, it } from 'vitest';
import { allCommands, commandGroups } from '../../../commands';
import { buildSlashCommands } from '../../../src/adapters/discord/command-definitions';

describe('the Discord slash-command JSON', () => {
  it('matches the reviewed snapshot (a change to what Discord registers shows as a diff of this file)', async () => {
    await expect(JSON.stringify(buildSlashCommands(allCommands, commandGroups), null, 2) + '\n').toMatchFileSnapshot('./__snapshots__/slash-commands.json');
  });
});
