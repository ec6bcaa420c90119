import type { Actor } from './request';

export interface ModeratorRules {
  discordRoleIds: readonly string[];
  /**
   * Servers whose Manage Server permission makes a member a moderator. Only the operator's own
   * servers: anyone can invite a public bot to a server they manage, and the fact base is shared.
   */
  discordTrustedGuildIds: readonly string[];
  slackUserIds: readonly string[];
  /** Slack workspace admins and owners count as moderators. */
  slackWorkspaceAdmins: boolean;
}

/** Decides from the platform facts an adapter reported whether the actor may curate facts. */
export function isModerator(actor: Actor, rules: ModeratorRules): boolean {
  switch (actor.platform) {
    case 'console':
    case 'cli':
      return actor.isLocalOperator === true;
    case 'discord':
      return (
        (actor.canManageServer === true && actor.guildId !== undefined && rules.discordTrustedGuildIds.includes(actor.guildId)) ||
        (actor.roleIds ?? []).some((roleId) => rules.discordRoleIds.includes(roleId))
      );
    case 'slack':
      return (
        rules.slackUserIds.includes(actor.userId) || (rules.slackWorkspaceAdmins && actor.isWorkspaceAdmin === true)
      );
    default:
      return false;
  }
}
