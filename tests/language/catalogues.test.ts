import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES } from '../../commands/answer-messages';
import { ANSWER_MESSAGES_NL } from '../../commands/answer-messages-nl';
import { allCommands } from '../../commands';
import { dutchCommandName } from '../../src/core/registry';
import { CONSOLE_MESSAGES, CONSOLE_MESSAGES_NL } from '../../src/adapters/console/console-messages';
import { DISCORD_MESSAGES, DISCORD_MESSAGES_NL } from '../../src/adapters/discord/messages';
import { SLACK_MESSAGES, SLACK_MESSAGES_NL } from '../../src/adapters/slack/slack-messages';
import { CLAIM_LABELS, CLAIM_LABELS_NL, PROVENANCE_TEXT, PROVENANCE_TEXT_NL } from '../../src/core/provenance-text';
import { TIME_MESSAGES, TIME_MESSAGES_NL } from '../../src/facts/fact-time';
import { MESSAGES, MESSAGES_NL } from '../../src/core/messages';
import { FEEDBACK_MESSAGES } from '../../src/feedback/feedback-messages';
import { FEEDBACK_MESSAGES_NL } from '../../src/feedback/feedback-messages-nl';
import { CHANGE_MESSAGES, CHANGE_MESSAGES_NL } from '../../src/moderation/change-messages';
import { MODERATION_MESSAGES } from '../../src/moderation/messages';
import { MODERATION_MESSAGES_NL } from '../../src/moderation/messages-nl';
import { MISSING_DUTCH_MESSAGES, MISSING_DUTCH_MESSAGES_NL } from '../../src/moderation/missing-dutch';
import { SOURCE_MESSAGES } from '../../src/sources/messages';
import { SOURCE_MESSAGES_NL } from '../../src/sources/messages-nl';
import { TIMELINE_MESSAGES, TIMELINE_MESSAGES_NL } from '../../src/timeline/messages';

/** Every message constant a reply uses, in English and in Dutch. */
const CATALOGUES: Record<string, [Record<string, unknown>, Record<string, unknown>]> = {
  core: [MESSAGES, MESSAGES_NL],
  moderation: [MODERATION_MESSAGES, MODERATION_MESSAGES_NL],
  changes: [CHANGE_MESSAGES, CHANGE_MESSAGES_NL],
  feedback: [FEEDBACK_MESSAGES, FEEDBACK_MESSAGES_NL],
  sources: [SOURCE_MESSAGES, SOURCE_MESSAGES_NL],
  timeline: [TIMELINE_MESSAGES, TIMELINE_MESSAGES_NL],
  missingDutch: [MISSING_DUTCH_MESSAGES, MISSING_DUTCH_MESSAGES_NL],
  answers: [ANSWER_MESSAGES, ANSWER_MESSAGES_NL],
  time: [TIME_MESSAGES, TIME_MESSAGES_NL],
  provenance: [PROVENANCE_TEXT, PROVENANCE_TEXT_NL],
  claims: [CLAIM_LABELS, CLAIM_LABELS_NL],
  console: [CONSOLE_MESSAGES, CONSOLE_MESSAGES_NL],
  discord: [DISCORD_MESSAGES, DISCORD_MESSAGES_NL],
  slack: [SLACK_MESSAGES, SLACK_MESSAGES_NL],
};

/** The files the catalogues live in (a *-nl.ts file is Dutch throughout; the others keep a …_NL constant beside the English). */
const CATALOGUE_FILES = [
  'commands/answer-messages-nl.ts',
  'src/core/messages.ts',
  'src/core/provenance-text.ts',
  'src/facts/fact-time.ts',
  'src/moderation/messages-nl.ts',
  'src/moderation/change-messages.ts',
  'src/moderation/missing-dutch.ts',
  'src/feedback/feedback-messages-nl.ts',
  'src/sources/messages-nl.ts',
  'src/timeline/messages.ts',
  'src/adapters/console/console-messages.ts',
  'src/adapters/discord/messages.ts',
  'src/adapters/slack/slack-messages.ts',
];

/** A catalogue file's Dutch text as written (template escapes removed): all of a -nl file, else its …_NL constants. */
function dutchPartOf(file: string): string {
  const code = readFileSync(join(__dirname, '..', '..', file), 'utf8').replace(/\\`/g, '`');
  if (file.endsWith('-nl.ts')) return code;
  return [...code.matchAll(/^export const \w+_NL\b[^]*?^\}\);$/gm)].map((match) => match[0]).join('\n');
}

/** Entries that are codes typed as they are in either language (the source kinds). */
const SAME_IN_BOTH = new Set(['sources.kinds']);

describe('the message catalogues', () => {
  it('have every key in both English and Dutch, of the same kind, and a Dutch text that differs from the English', () => {
    for (const [name, [english, dutch]] of Object.entries(CATALOGUES)) {
      expect({ name, keys: Object.keys(dutch).sort() }).toEqual({ name, keys: Object.keys(english).sort() });
      for (const key of Object.keys(english)) {
        const [en, nl] = [english[key], dutch[key]];
        expect({ name, key, kind: typeof nl }).toEqual({ name, key, kind: typeof en });
        if (typeof en === 'function' && typeof nl === 'function') expect({ name, key, arity: nl.length }).toEqual({ name, key, arity: en.length });
        if (typeof en === 'string' && en.length > 4 && !SAME_IN_BOTH.has(`${name}.${key}`)) expect({ name, key, same: nl === en }).toEqual({ name, key, same: false });
      }
    }
  });

  it('point a Dutch user to commands by their Dutch names (`fact bewerk`, `hulp`), not the English ones', () => {
    const renamed = allCommands.filter((command) => dutchCommandName(command) !== undefined).map((command) => command.name);
    const englishName = new RegExp(`\`(${renamed.join('|')})[\\s\`]`, 'g');
    const found = CATALOGUE_FILES.flatMap((file) => [...dutchPartOf(file).matchAll(englishName)].map((match) => `${file}: ${match[0]}`));
    expect(renamed.length).toBeGreaterThan(5);
    expect(found).toEqual([]);

    const inWords = new RegExp(`\\b(${renamed.join('|')})\\b`);
    const definitions = allCommands.flatMap((command) => [command.dutch?.description ?? '', ...command.options.map((option) => option.dutch?.description ?? '')]);
    expect(definitions.filter((text) => inWords.test(text))).toEqual([]);
  });

  it('give every command a Dutch description', () => {
    expect(allCommands.filter((command) => !command.dutch?.description).map((command) => command.name)).toEqual([]);
  });

  it('give every command a Dutch usage line that differs from the English (Dutch names, Dutch placeholders)', () => {
    expect(allCommands.filter((command) => !command.dutch?.usage || command.dutch.usage === command.usage).map((command) => command.name)).toEqual([]);
  });

  it('give every option a Dutch label and a Dutch description that differs from the English, for help and forms', () => {
    const options = allCommands.flatMap((command) => command.options.map((option) => ({ at: `${command.name} --${option.name}`, option })));
    expect(options.filter(({ option }) => !option.dutch?.label || !option.dutch.description).map(({ at }) => at)).toEqual([]);
    expect(options.filter(({ option }) => option.dutch?.description === option.description).map(({ at }) => at)).toEqual([]);
  });

  it('give every value a picker offers (Discord\'s choices) a Dutch name', () => {
    const offered = allCommands
      .filter((command) => !command.buttonsOnly)
      .flatMap((command) => command.options.flatMap((option) => (option.offeredChoices ?? option.choices ?? []).map((choice) => ({ at: `${command.name} --${option.name} ${choice}`, name: option.dutch?.choices?.[choice] }))));
    expect(offered.length).toBeGreaterThan(0);
    expect(offered.filter(({ name }) => !name).map(({ at }) => at)).toEqual([]);
  });

  it('give every form a Dutch title', () => {
    expect(allCommands.filter((command) => command.form && !command.form.dutch?.title).map((command) => command.name)).toEqual([]);
  });
});
