import { describe, expect, it } from 'vitest';
import { allCommands, commandGroups } from '../../commands';
import { commandUsage } from '../../src/core/command-text';
import { dutchCommandName, createRegistry } from '../../src/core/registry';
import { parseTextOptions } from '../../src/core/text-grammar';

const registry = createRegistry(allCommands, commandGroups);

/** The flags a usage line names (`--review_by`), in order. */
const flagsOf = (usage: string) => [...usage.matchAll(/--([a-z_]+)/g)].map((match) => match[1]);

/**
 * What someone who copies a usage line types: each alternative (`… | fact alias accept …`) on
 * its own, without the explanation in brackets, with a word for each placeholder (`<vraag>`),
 * the first of each choice (`add|remove`), and the optional parts filled in.
 */
function typedExamplesOf(usage: string): string[] {
  return usage
    .split(/ {2}\| {2}/)
    .map((alternative) =>
      alternative
        .replace(/ {2}\(.*\)$/, '')
        .replace(/<[^>]*>/g, 'x1')
        .replace(/\b([a-z-]+)(\|[a-z-]+)+/g, '$1')
        .replace(/[[\]]/g, '')
        .trim(),
    );
}

describe('the Dutch usage lines', () => {
  it('can be typed as shown: each names its own command by its Dutch name and parses with the real text grammar', () => {
    for (const command of allCommands) {
      for (const typed of typedExamplesOf(commandUsage(command, 'nl'))) {
        const resolved = registry.resolve(typed);
        expect({ typed, command: resolved?.command.name }).toEqual({ typed, command: command.name });
        // A Dutch name is what tells the dispatcher to answer in Dutch; button-only commands have none to type.
        expect({ typed, dutchName: resolved!.dutchName }).toEqual({ typed, dutchName: dutchCommandName(command) !== undefined });
        const options = parseTextOptions(command, resolved!.rest);
        const declared = command.options.map((option) => option.name);
        expect(Object.keys(options).filter((name) => !declared.includes(name))).toEqual([]);
      }
    }
  });

  it('name the same flags as the English ones, typed as they are, with Dutch placeholders', () => {
    for (const command of allCommands) {
      const [english, dutch] = [commandUsage(command, 'en'), commandUsage(command, 'nl')];
      expect({ command: command.name, flags: flagsOf(dutch) }).toEqual({ command: command.name, flags: flagsOf(english) });
      const placeholders = dutch.replace(/--[a-z_]+/g, '');
      // The English placeholders, as whole words: `<commando>` is Dutch, `<command>` is not.
      for (const placeholder of ['question', 'revision', 'topic', 'kind', 'source id', 'sentence', 'days', 'command', 'name', 'YYYY', 'end']) {
        const shown = new RegExp(`\\b${placeholder}\\b`).test(placeholders);
        expect({ command: command.name, placeholder, shown }).toEqual({ command: command.name, placeholder, shown: false });
      }
    }
  });
});
