import { describe, expect, it } from 'vitest';
import { isModerator, type ModeratorRules } from '../../src/core/moderator-policy';

const rules: ModeratorRules = { discordRoleIds: ['111'], discordTrustedGuildIds: ['900'], slackUserIds: ['UMOD'], slackWorkspaceAdmins: true };

describe('who is a moderator', () => {
  it('on Discord: a configured role, or Manage Server in one of the operator\'s own servers', () => {
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', roleIds: ['111'] }, rules)).toBe(true);
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', guildId: '900', roleIds: ['222'], canManageServer: true }, rules)).toBe(true);
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', guildId: '900', roleIds: ['222'] }, rules)).toBe(false);
  });

  it('on Discord: managing some other server that invited the bot does not make anyone a moderator of the shared facts', () => {
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', guildId: '777', canManageServer: true }, rules)).toBe(false);
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', canManageServer: true }, rules)).toBe(false);
    expect(isModerator({ platform: 'discord', userId: '1', displayName: 'a', guildId: '900', canManageServer: true }, { ...rules, discordTrustedGuildIds: [] })).toBe(false);
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
