import { describe, expect, it } from 'vitest';
import { allCommands } from '../../commands';
import type { Command } from '../../src/core/command';
import { CommandRegistryError, createRegistry } from '../../src/core/registry';

const echo = (name: string, extra: Partial<Command> = {}): Command => ({
  name,
  description: `the ${name} command`,
  usage: name,
  options: [],
  moderatorOnly: false,
  run: () => ({ kind: 'info', title: name, body: '', suggestions: [], visibility: 'public' }),
  ...extra,
});

describe('the command registry', () => {
  it('accepts the real command list, with every planned command present', () => {
    const registry = createRegistry(allCommands);
    for (const name of ['ask', 'topics', 'help', 'fact show', 'fact add', 'fact edit', 'fact alias', 'fact remove', 'fact restore', 'fact history', 'fact revert', 'fact gaps', 'fact stale']) {
      expect(registry.get(name), name).toBeDefined();
    }
  });

  it('fails at start when two commands share a name', () => {
    expect(() => createRegistry([echo('topics'), echo('topics')])).toThrow(CommandRegistryError);
    expect(() => createRegistry([echo('topics'), echo('topics')])).toThrow(/registered twice/);
  });

  it('fails at start on a malformed command instead of dropping it', () => {
    expect(() => createRegistry([echo('Bad Name!')])).toThrow(/malformed/);
    expect(() => createRegistry([echo('ok', { run: undefined as never })])).toThrow(/run must be a function/);
    expect(() =>
      createRegistry([echo('ok', { options: [{ name: 'a', description: 'a', required: false, kind: 'string', rest: true }] })]),
    ).toThrow(/must be positional/);
  });

  it('fails at start on platform metadata that does not fit the command: offered values it refuses, a form naming no option', () => {
    const action = { name: 'action', description: 'a', required: true, kind: 'string' as const, positional: true, choices: ['add', 'remove'] };
    expect(() => createRegistry([echo('ok', { options: [{ ...action, offeredChoices: ['add', 'drop'] }] })])).toThrow(/offers drop, which its choices do not accept/);
    expect(() => createRegistry([echo('ok', { options: [action], form: { title: 'Ok', carried: ['id'] } })])).toThrow(/form names option "id", which is not declared/);
    expect(() => createRegistry([echo('ok', { options: [{ ...action, offeredChoices: ['add'] }], form: { title: 'Ok', carried: ['action'] } })])).not.toThrow();
  });

  it('resolves the longest command name the text starts with', () => {
    const registry = createRegistry([echo('fact show'), echo('fact'), echo('topics')]);
    expect(registry.resolve('fact show troops')).toMatchObject({ command: { name: 'fact show' }, rest: 'troops' });
    expect(registry.resolve('FACT   extra')).toMatchObject({ command: { name: 'fact' }, rest: 'extra' });
    expect(registry.resolve('factual question')).toBeUndefined();
    expect(registry.resolve('how many soldiers')).toBeUndefined();
  });

  it('resolves a command typed by its Dutch name, saying so, and keeps button-only commands to their own names', () => {
    const registry = createRegistry([
      echo('fact show', { dutch: { name: 'toon', description: 'toon' } }),
      echo('help', { dutch: { name: 'hulp', description: 'hulp' } }),
      echo('vote', { dutch: { name: 'stem', description: 'stem' }, buttonsOnly: true }),
    ]);
    expect(registry.resolve('fact toon company-size')).toMatchObject({ command: { name: 'fact show' }, rest: 'company-size', dutchName: true });
    expect(registry.resolve('Hulp')).toMatchObject({ command: { name: 'help' }, dutchName: true });
    expect(registry.resolve('help')).toMatchObject({ command: { name: 'help' }, dutchName: false });
    expect(registry.resolve('stem helpful x')).toBeUndefined();
  });

  it('fails at start when a Dutch name is another command\'s name', () => {
    expect(() => createRegistry([echo('topics'), echo('help', { dutch: { name: 'topics', description: 'x' } })])).toThrow(/Dutch name "topics"/);
  });
});
