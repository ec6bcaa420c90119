import { describe, expect, it } from 'vitest';
import { allCommands, commandGroups } from '../../../commands';
import { buildSlashCommands, groupDescription } from '../../../src/adapters/discord/command-definitions';
import type { Command } from '../../../src/core/command';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits';

const SUBCOMMAND = 1;

interface SlashJson {
  name: string;
  description: string;
  description_localizations?: Record<string, string>;
  options?: Array<{ type: number; name: string; name_localizations?: Record<string, string> }>;
}

const groupsIn = (payload: readonly SlashJson[]) => payload.filter((command) => command.options?.some((option) => option.type === SUBCOMMAND));

/** The names a description lists after its summary ("Summary: a, b, c" -> [a, b, c]); none without a list. */
function listedNames(description: string): string[] {
  const colon = description.indexOf(': ');
  return colon < 0 ? [] : description.slice(colon + 2).split(', ');
}

/** The drift this guards against: a group description that leaves out one of its subcommands. */
function groupsMissingSubcommands(payload: readonly SlashJson[]): string[] {
  return groupsIn(payload).flatMap((group) => {
    const subcommands = group.options!.filter((option) => option.type === SUBCOMMAND).map((option) => option.name);
    const listed = listedNames(group.description);
    return subcommands.filter((name) => !listed.includes(name)).map((name) => `${group.name} ${name}`);
  });
}

const payload = buildSlashCommands(allCommands, commandGroups) as SlashJson[];

describe('Discord group descriptions, generated from the neutral command definitions', () => {
  it('every group description lists all its subcommands, in order', () => {
    expect(groupsIn(payload).map((group) => group.name)).toEqual(commandGroups.map((group) => group.name));
    expect(groupsMissingSubcommands(payload)).toEqual([]);
    for (const group of groupsIn(payload)) {
      expect(listedNames(group.description)).toEqual(group.options!.filter((option) => option.type === SUBCOMMAND).map((option) => option.name));
    }
  });

  it('a localised group description lists all its localised subcommand names or none, never some', () => {
    for (const group of groupsIn(payload)) {
      for (const [locale, description] of Object.entries(group.description_localizations ?? {})) {
        const localNames = group.options!.filter((option) => option.type === SUBCOMMAND).map((option) => option.name_localizations?.[locale] ?? option.name);
        const named = localNames.filter((name) => new RegExp(`\\b${name}\\b`, 'i').test(description));
        expect([0, localNames.length], `${group.name} (${locale}): ${description}`).toContain(named.length);
      }
    }
  });

  it('falls back to the summary alone when the list would not fit Discord\'s limit', () => {
    expect(groupDescription('Manage', ['a', 'b'])).toBe('Manage: a, b');
    const long = Array.from({ length: 30 }, (_, index) => `name${index}`);
    expect(groupDescription('Manage', long)).toBe('Manage');
    expect(groupDescription('x'.repeat(150), ['a']).length).toBeLessThanOrEqual(DISCORD_LIMITS.commandDescription);
  });

  it('refuses a two-word command whose group is not declared', () => {
    const stray: Command = { name: 'poll start', description: 'Start a poll', usage: 'poll start', options: [], moderatorOnly: false, run: () => ({ kind: 'info', title: 't', body: 'b', suggestions: [], visibility: 'public' }) };
    expect(() => buildSlashCommands([stray], commandGroups)).toThrow(/group "poll", which is not declared/);
  });

  it('takes what Discord asks for up front and the values its picker offers from the option definitions', () => {
    const ask = payload.find((command) => command.name === 'ask') as unknown as { options: Array<{ name: string; required: boolean }> };
    const askDefinition = allCommands.find((command) => command.name === 'ask')!.options[0]!;
    // The command itself answers an empty question politely; Discord still asks for one.
    expect(askDefinition).toMatchObject({ required: false, requiredInForms: true });
    expect(ask.options[0]).toMatchObject({ name: 'question', required: true });

    const alias = allCommands.find((command) => command.name === 'fact alias')!.options.find((option) => option.name === 'action')!;
    const fact = payload.find((command) => command.name === 'fact') as unknown as { options: Array<{ name: string; options: Array<{ name: string; choices?: Array<{ value: string }> }> }> };
    const action = fact.options.find((option) => option.name === 'alias')!.options.find((option) => option.name === 'action')!;
    expect(action.choices!.map((choice) => choice.value)).toEqual(alias.offeredChoices);
    expect(alias.choices).toEqual(expect.arrayContaining([...alias.offeredChoices!]));
  });
});

describe('Discord choices for a Dutch client', () => {
  type Choice = { name: string; name_localizations?: Record<string, string>; value: string };
  type Option = { name: string; options?: Option[]; choices?: Choice[] };
  const subcommand = (name: string) => (payload.find((command) => command.name === 'fact')!.options as Option[]).find((option) => option.name === name)!;
  const choicesOf = (command: string, option: string) => subcommand(command).options!.find((candidate) => candidate.name === option)!.choices!;

  it('show each value by its Dutch name, while the value sent stays the code the command reads', () => {
    expect(choicesOf('edit', 'claim')).toContainEqual({ name: 'attributed-claim', name_localizations: { nl: 'bewering van iemand, volgens de bron' }, value: 'attributed-claim' });
    expect(choicesOf('alias', 'action').map((choice) => [choice.value, choice.name_localizations?.nl])).toEqual([['add', 'toevoegen'], ['remove', 'weghalen']]);
    const all = payload.flatMap((command) => (command.options as Option[] | undefined) ?? []).flatMap((option) => [option, ...(option.options ?? [])]).flatMap((option) => option.choices ?? []);
    expect(all.filter((choice) => !choice.name_localizations?.nl || choice.name_localizations.nl.length > DISCORD_LIMITS.choiceName)).toEqual([]);
  });
});
