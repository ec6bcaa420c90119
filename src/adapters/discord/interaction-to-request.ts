import { ApplicationCommandOptionType, GuildMember, PermissionFlagsBits, type AutocompleteInteraction, type ChatInputCommandInteraction, type Interaction } from 'discord.js';
import type { Actor } from '../../core/request';
import { languageOfLocale } from '../../language/detect-language';

/** Who is asking, as Discord reports it. The command layer decides what that permits. */
export function actorOf(interaction: Interaction): Actor {
  const member = interaction.member;
  let roleIds: string[] = [];
  let displayName = interaction.user.globalName ?? interaction.user.username;
  if (member instanceof GuildMember) {
    // The @everyone role shares the guild's id and says nothing about the member.
    roleIds = member.roles.cache.filter((role) => role.id !== interaction.guildId).map((role) => role.id);
    displayName = member.displayName;
  } else if (member) {
    roleIds = [...member.roles];
    displayName = member.nick ?? displayName;
  }
  return {
    platform: 'discord',
    userId: interaction.user.id,
    displayName,
    roleIds,
    // Manage Server only counts in the operator's own servers, so the policy needs to know which one.
    guildId: interaction.guildId ?? undefined,
    canManageServer: interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild) ?? false,
    ...optionalLanguage(interaction.locale),
  };
}

/** Only a locale the bot speaks is passed on, and only as a hint (see detectLanguage). */
function optionalLanguage(locale: string): Pick<Actor, 'clientLanguage'> {
  const clientLanguage = languageOfLocale(locale);
  return clientLanguage ? { clientLanguage } : {};
}

/** Where it happened, for the revision log. */
export function locationOf(interaction: Interaction): string {
  const channel = interaction.channelId ?? 'unknown';
  return interaction.guildId ? `discord guild ${interaction.guildId} channel ${channel}` : `discord dm channel ${channel}`;
}

/** "/fact add" -> "fact add", the registry's name. */
export function commandNameOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): string {
  const subcommand = interaction.options.getSubcommand(false);
  return subcommand ? `${interaction.commandName} ${subcommand}` : interaction.commandName;
}

/** Slash option values as the strings the command layer parses (integers included). */
export function slashOptionValues(interaction: ChatInputCommandInteraction): Record<string, string> {
  const values: Record<string, string> = {};
  const top = interaction.options.data;
  const subcommand = top.find((option) => option.type === ApplicationCommandOptionType.Subcommand);
  const leaves = subcommand ? (subcommand.options ?? []) : top;
  for (const option of leaves) {
    if (option.value !== undefined && option.value !== null) values[option.name] = String(option.value);
  }
  return values;
}
