import type { CommandGroup } from '../src/core/command';

/**
 * The groups of two-word commands. A group's description is generated from its summary and its
 * commands' names, so it cannot leave one out.
 */
export const commandGroups: readonly CommandGroup[] = [
  {
    name: 'fact',
    summary: 'Facts',
    dutch: { name: 'feit', summary: 'Beheer het feitenbestand' },
  },
];
