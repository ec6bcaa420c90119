import { describe, expect, it } from 'vitest';
import { isModerator, type ModeratorRules } from '../../src/core/moderator-policy';

const rules: ModeratorRules = { discordRoleIds: ['111'], discordManageServer: true, slackUserIds: ['UMOD'], slackWorkspaceAdmins: true };

describe('who is a moderator', () => {
  it('on Discord: a configured role or the Manage Server permission', () => {
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', roleIds: ['111'] }, rules)).toBe(true);
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', roleIds: ['222'], canManageServer: true }, rules)).toBe(true);
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', roleIds: ['222'] }, rules)).toBe(false);
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', canManageServer: true }, { ...rules, discordManageServer: false })).toBe(false);
  });

  it('on Slack: a configured user id or a workspace admin', () => {
    expect(isModerator({ platform: 'slack', userId: 'UMOD', displayName: 'a' }, rules)).toBe(true);
    expect(isModerator({ platform: 'slack', userId: 'UX', displayName: 'a', isWorkspaceAdmin: true }, rules)).toBe(true);
    expect(isModerator({ platform: 'slack', userId: 'UX', displayName: 'a' }, rules)).toBe(false);
  });

  it('at the console: the local operator only; a Slack user id never counts on Discord', () => {
    expect(isModerator({ platform: 'console', userId: 'me', displayName: 'me', isLocalOperator: true }, rules)).toBe(true);
    expect(isModerator({ platform: 'cli', userId: 'cli', displayName: 'cli' }, rules)).toBe(false);
    expect(isModerator({ platform: 'discord', userId: 'UMOD', displayName: 'a' }, rules)).toBe(false);
  });
});
