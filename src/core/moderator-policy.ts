import type { Actor } from './request';

export interface ModeratorRules {
  discordRoleIds: readonly string[];
  /** Discord members with Manage Server count as moderators. */
  discordManageServer: boolean;
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
        (rules.discordManageServer && actor.canManageServer === true) ||
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
