import { allCommands, commandGroups } from '../../commands';
import { deployDiscordCommands } from '../adapters/discord/deploy-commands';
import { loadConfigOrExit } from '../app/startup';

/** `npm run deploy:discord`: registers the bot's slash commands from the same definitions it runs. */
const config = loadConfigOrExit();
if (!config.discord) {
  process.stderr.write('Cannot deploy: DISCORD_TOKEN and DISCORD_CLIENT_ID are required to register the Discord commands.\n');
  process.exit(1);
}

try {
  const result = await deployDiscordCommands(config.discord, allCommands, commandGroups);
  const where =
    result.scope === 'guild'
      ? `server ${config.discord.guildId} (they show up at once)`
      : 'every server the bot is in (global; Discord may take up to an hour to show them)';
  process.stdout.write(`Registered /${result.commandNames.join(', /')} for ${where}.\n`);
} catch (error) {
  // Only the message: a REST error object carries request details that have no place in a terminal.
  process.stderr.write(`Could not register the Discord commands: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
