import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { allCommands, commandGroups } from '../../../commands';
import { DUTCH_SLASH_COMMAND, SLASH_COMMAND, SLASH_COMMANDS } from '../../../src/adapters/slack/listeners/commands/facts-command';
import { createRegistry } from '../../../src/core/registry';
import { detectLanguage } from '../../../src/language/detect-language';
import { DUTCH_EDIT_FACT_SHORTCUT, EDIT_FACT_SHORTCUT, EDIT_FACT_SHORTCUTS } from '../../../src/adapters/slack/listeners/shortcuts/edit-fact';
import { REPO_ROOT } from '../../helpers/run-process';

const manifest = parse(readFileSync(join(REPO_ROOT, 'src/adapters/slack/manifest.yaml'), 'utf8'));
const slashCommands: Array<{ command: string; description: string; usage_hint: string }> = manifest.features.slash_commands;
const registry = createRegistry(allCommands, commandGroups);

/** The usage hint's examples: a question in the command's language, then command lines typed as the hint shows them. */
function hintExamples(command: string) {
  const [question, ...lines] = slashCommands.find((each) => each.command === command)!.usage_hint.split(' | ');
  return { question: question!, resolved: lines.map((line) => ({ line, ...registry.resolve(line) })) };
}

describe('the Slack app manifest', () => {
  it('subscribes to the events and grants the scopes the adapter uses', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im', 'app_home_opened']));
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['app_mentions:read', 'chat:write', 'im:history', 'im:read', 'im:write', 'users:read', 'commands', 'files:write']),
    );
  });

  it('declares the slash commands the adapter listens for and no other, buttons, and Socket Mode', () => {
    expect(slashCommands.map((command) => command.command).sort()).toEqual([...SLASH_COMMANDS].sort());
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.shortcuts).toEqual(EDIT_FACT_SHORTCUTS.map((callbackId) => expect.objectContaining({ type: 'message', callback_id: callbackId })));
  });

  it('describes the Dutch command and shortcut in Dutch, with Dutch examples that can be typed as shown, and the English ones in English', () => {
    const description = (command: string) => slashCommands.find((each) => each.command === command)!.description;
    expect(detectLanguage(description(DUTCH_SLASH_COMMAND))).toBe('nl');
    expect(detectLanguage(description(SLASH_COMMAND))).toBe('en');

    const dutch = hintExamples(DUTCH_SLASH_COMMAND);
    expect(detectLanguage(dutch.question)).toBe('nl');
    expect(dutch.resolved.map(({ line, command, dutchName }) => ({ line, known: command !== undefined, dutchName }))).toEqual(
      dutch.resolved.map(({ line }) => ({ line, known: true, dutchName: true })),
    );
    const shortcut = (callbackId: string) => manifest.features.shortcuts.find((each: { callback_id: string }) => each.callback_id === callbackId);
    expect([detectLanguage(shortcut(DUTCH_EDIT_FACT_SHORTCUT).name), detectLanguage(shortcut(DUTCH_EDIT_FACT_SHORTCUT).description)]).toEqual(['nl', 'nl']);
    expect(detectLanguage(shortcut(EDIT_FACT_SHORTCUT).description)).toBe('en');

    const english = hintExamples(SLASH_COMMAND);
    expect(detectLanguage(english.question)).toBe('en');
    expect(english.resolved.map(({ line, dutchName }) => ({ line, dutchName }))).toEqual(english.resolved.map(({ line }) => ({ line, dutchName: false })));
  });
});
