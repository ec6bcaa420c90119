import type { Command, CommandGroup } from './command';

export class CommandRegistryError extends Error {
  override name = 'CommandRegistryError';
}

const COMMAND_NAME = /^[a-z][a-z-]{0,30}( [a-z][a-z-]{0,30})?$/;
const OPTION_NAME = /^[a-z][a-z0-9_-]{0,31}$/;

export interface CommandRegistry {
  readonly commands: readonly Command[];
  /** The groups of two-word commands, for platforms that show a group by a name of its own (Discord's /feit). */
  readonly groups: readonly CommandGroup[];
  get(name: string): Command | undefined;
  /**
   * The longest command name that the text starts with, and what follows it. A command's Dutch
   * name counts too ("hulp", "fact toon"), and says the person writes Dutch.
   */
  resolve(text: string): { command: Command; rest: string; dutchName: boolean } | undefined;
}

/** Builds the registry from an explicit list, failing at start on anything malformed. */
export function createRegistry(commands: readonly Command[], groups: readonly CommandGroup[] = []): CommandRegistry {
  const byName = new Map<string, Command>();
  for (const command of commands) {
    const problems = describeProblems(command);
    if (problems.length > 0) {
      throw new CommandRegistryError(`Command "${String(command?.name)}" is malformed: ${problems.join('; ')}`);
    }
    if (byName.has(command.name)) {
      throw new CommandRegistryError(`Command "${command.name}" is registered twice`);
    }
    byName.set(command.name, command);
  }
  const dutchNames = new Map<string, Command>();
  for (const command of byName.values()) {
    const name = dutchCommandName(command);
    if (name && (byName.has(name) || dutchNames.has(name))) throw new CommandRegistryError(`Command "${command.name}" has the Dutch name "${name}", which another command has already`);
    if (name) dutchNames.set(name, command);
  }
  const namesLongestFirst = [...byName.keys(), ...dutchNames.keys()].sort((a, b) => b.length - a.length);

  return {
    commands: [...byName.values()],
    groups,
    get: (name) => byName.get(name),
    resolve(text) {
      const lowered = text.trimStart().toLowerCase();
      for (const name of namesLongestFirst) {
        // The name, alone or followed by a space or a line break; checked without building a string per name, for every message.
        const after = lowered.startsWith(name) ? lowered.charAt(name.length) : undefined;
        if (after === '' || after === ' ' || after === '\n') {
          const dutch = dutchNames.get(name);
          return { command: dutch ?? byName.get(name)!, rest: text.trimStart().slice(name.length).trim(), dutchName: dutch !== undefined };
        }
      }
      return undefined;
    },
  };
}

/**
 * What a Dutch speaker types for a command: its Dutch name, after the group's word for a
 * two-word command ("fact toon"). Button-only commands keep theirs for Discord: "stem" and
 * "kies" begin too many Dutch sentences.
 */
export function dutchCommandName(command: Command): string | undefined {
  const name = command.dutch?.name;
  if (!name || command.buttonsOnly || !COMMAND_NAME.test(name)) return undefined;
  const group = command.name.split(' ');
  const typed = group.length === 2 ? `${group[0]} ${name}` : name;
  return typed === command.name ? undefined : typed;
}

function describeProblems(command: Command): string[] {
  const problems: string[] = [];
  if (!command || typeof command !== 'object') return ['not an object'];
  if (typeof command.name !== 'string' || !COMMAND_NAME.test(command.name)) problems.push('name must be one or two lower-case words');
  if (typeof command.description !== 'string' || command.description.length < 1 || command.description.length > 100) {
    problems.push('description must be 1 to 100 characters');
  }
  if (typeof command.usage !== 'string' || command.usage.length === 0) problems.push('usage is required');
  if (typeof command.run !== 'function') problems.push('run must be a function');
  if (typeof command.moderatorOnly !== 'boolean') problems.push('moderatorOnly must be true or false');
  if (!Array.isArray(command.options)) {
    problems.push('options must be an array');
    return problems;
  }
  const seen = new Set<string>();
  let sawRest = false;
  for (const option of command.options) {
    if (!OPTION_NAME.test(option.name)) problems.push(`option "${option.name}" has an invalid name`);
    if (seen.has(option.name)) problems.push(`option "${option.name}" is declared twice`);
    seen.add(option.name);
    if (sawRest && option.positional) problems.push(`positional option "${option.name}" follows a rest option`);
    if (option.rest) sawRest = true;
    if (option.rest && !option.positional) problems.push(`rest option "${option.name}" must be positional`);
    const unaccepted = (option.offeredChoices ?? []).filter((choice: string) => !option.choices?.includes(choice));
    if (unaccepted.length > 0) problems.push(`option "${option.name}" offers ${unaccepted.join(', ')}, which its choices do not accept`);
  }
  const formOptions = [...(command.form?.carried ?? []), ...(command.form?.needs ?? [])];
  for (const name of formOptions.filter((name) => !seen.has(name))) problems.push(`form names option "${name}", which is not declared`);
  return problems;
}
