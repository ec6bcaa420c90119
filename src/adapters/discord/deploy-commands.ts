import { REST, Routes } from 'discord.js';
import type { DiscordConfig } from '../../config';
import type { Command, CommandGroup } from '../../core/command';
import { buildSlashCommands } from './command-definitions';

export interface DeployResult {
  scope: 'guild' | 'global';
  route: string;
  commandNames: string[];
}

/**
 * Registers the slash commands, replacing whatever was registered before. A guild deploy shows
 * at once in that one server (for testing); a global deploy reaches every server the bot is in.
 */
export async function deployDiscordCommands(config: DiscordConfig, commands: readonly Command[], groups: readonly CommandGroup[]): Promise<DeployResult> {
  const rest = new REST(config.apiUrl ? { api: config.apiUrl } : {}).setToken(config.token);
  const route = config.guildId ? Routes.applicationGuildCommands(config.clientId, config.guildId) : Routes.applicationCommands(config.clientId);
  const body = buildSlashCommands(commands, groups);
  await rest.put(route, { body });
  return { scope: config.guildId ? 'guild' : 'global', route, commandNames: body.map((command) => command.name) };
}
