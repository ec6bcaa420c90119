import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { SLASH_COMMAND } from '../../../src/adapters/slack/listeners/commands/facts-command';
import { EDIT_FACT_SHORTCUT } from '../../../src/adapters/slack/listeners/shortcuts/edit-fact';
import { REPO_ROOT } from '../../helpers/run-process';

const manifest = parse(readFileSync(join(REPO_ROOT, 'src/adapters/slack/manifest.yaml'), 'utf8'));

describe('the Slack app manifest', () => {
  it('subscribes to the events and grants the scopes the adapter uses', () => {
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(expect.arrayContaining(['app_mention', 'message.im', 'app_home_opened']));
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['app_mentions:read', 'chat:write', 'im:history', 'im:read', 'im:write', 'users:read', 'commands', 'files:write']),
    );
  });

  it('declares the slash command the adapter listens for, buttons, and Socket Mode', () => {
    expect(manifest.features.slash_commands.map((command: { command: string }) => command.command)).toEqual([SLASH_COMMAND]);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.features.app_home.messages_tab_enabled).toBe(true);
    expect(manifest.features.app_home.home_tab_enabled).toBe(true);
    expect(manifest.features.shortcuts).toEqual([expect.objectContaining({ type: 'message', callback_id: EDIT_FACT_SHORTCUT })]);
  });
});
