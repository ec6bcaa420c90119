import {
  PermissionFlagsBits,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
  type ApplicationCommandOptionBase,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command, CommandOption } from '../../core/command';
import { DISCORD_LIMITS, trimToLimit } from './limits';

/** Descriptions of the slash commands that group two-word commands ("fact show" -> /fact show). */
const GROUP_DESCRIPTIONS: Readonly<Record<string, string>> = Object.freeze({
  fact: 'Curate the fact base: show, add, edit, dutch, alias, remove, history, revert, gaps, stale, source',
});

/** The groups in Dutch, for Dutch Discord clients (the commands carry their own Dutch text). */
const GROUP_DUTCH: Readonly<Record<string, { name: string; description: string }>> = Object.freeze({
  fact: { name: 'feit', description: 'Beheer het feitenbestand: tonen, toevoegen, bewerken, vertalen, verwijderen, geschiedenis' },
});

/** Discord's locale code for Dutch. */
const DUTCH_LOCALE = 'nl';

interface DiscordOptionOverride {
  /** Offer a fixed list instead of free text; the command layer still validates the value. */
  choices?: readonly string[];
  /** Discord asks for it before sending; the command layer would answer an empty one politely. */
  required?: boolean;
}

/** How a few options look in Discord's slash-command UI, beyond what the shared definition says. */
const DISCORD_OPTION_OVERRIDES: Readonly<Record<string, Readonly<Record<string, DiscordOptionOverride>>>> = Object.freeze({
  ask: { question: { required: true } },
  'fact alias': { action: { choices: ['add', 'remove'] } },
});

/** A command's multi-line options, asked for in a modal because slash options are single-line. */
export function modalOptionsOf(command: Command): CommandOption[] {
  return command.options.filter((option) => option.kind === 'text');
}

/** The options the user types into the slash command itself. */
export function slashOptionsOf(command: Command): CommandOption[] {
  return command.options.filter((option) => option.kind !== 'text');
}

/** "fact show" -> { name: 'fact', subcommand: 'show' }; "ask" -> { name: 'ask' }. */
function splitCommandName(name: string): { name: string; subcommand?: string } {
  const [first, second] = name.split(' ');
  return second ? { name: first!, subcommand: second } : { name: first! };
}

/**
 * The slash-command JSON for the registry's commands: what `deploy:discord` registers and
 * what the running bot understands come from this one function.
 */
export function buildSlashCommands(commands: readonly Command[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const groups = new Map<string, Command[]>();
  const built: SlashCommandBuilder[] = [];
  for (const command of commands) {
    if (command.buttonsOnly) continue;
    const { name, subcommand } = splitCommandName(command.name);
    if (!subcommand) {
      const builder = new SlashCommandBuilder().setName(name).setDescription(describe(command.description));
      localise(builder, command.dutch);
      addOptions(builder, command);
      if (command.moderatorOnly) builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
      built.push(builder);
      continue;
    }
    groups.set(name, [...(groups.get(name) ?? []), command]);
  }
  for (const [name, members] of groups) {
    const builder = new SlashCommandBuilder().setName(name).setDescription(describe(GROUP_DESCRIPTIONS[name] ?? `The ${name} commands`));
    localise(builder, GROUP_DUTCH[name]);
    // Discord can only hide a whole slash command, so a group with any moderator command is hidden
    // from members without Manage Server; the command layer still checks every call.
    if (members.some((command) => command.moderatorOnly)) builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
    for (const command of members) {
      const sub = new SlashCommandSubcommandBuilder().setName(splitCommandName(command.name).subcommand!).setDescription(describe(command.description));
      localise(sub, command.dutch);
      addOptions(sub, command);
      builder.addSubcommand(sub);
    }
    built.push(builder);
  }
  return built.map((builder) => builder.toJSON());
}

/** Dutch clients see the Dutch name and description (/vraag); everyone else the English. */
function localise(host: SlashCommandBuilder | SlashCommandSubcommandBuilder, dutch: Command['dutch']): void {
  if (!dutch) return;
  if (dutch.name) host.setNameLocalizations({ [DUTCH_LOCALE]: dutch.name });
  host.setDescriptionLocalizations({ [DUTCH_LOCALE]: describe(dutch.description) });
}

function describe(text: string): string {
  return trimToLimit(text, DISCORD_LIMITS.commandDescription);
}

type OptionHost = SlashCommandBuilder | SlashCommandSubcommandBuilder;

function addOptions(host: OptionHost, command: Command): void {
  if (modalOptionsOf(command).length > 5) {
    throw new Error(`Command "${command.name}" has more than 5 text options; a Discord modal holds at most 5 inputs`);
  }
  const overrides = DISCORD_OPTION_OVERRIDES[command.name] ?? {};
  const options = slashOptionsOf(command).map((option) => ({ ...option, ...overrides[option.name] }));
  // Discord insists that required options come before optional ones.
  const ordered = options.sort((a, b) => Number(b.required) - Number(a.required));
  for (const option of ordered) {
    const configure = <T extends ApplicationCommandOptionBase>(builder: T): T =>
      builder.setName(option.name).setDescription(describe(option.description)).setRequired(option.required);
    if (option.kind === 'integer') {
      host.addIntegerOption((builder) => configure(builder).setAutocomplete(Boolean(option.autocomplete)));
      continue;
    }
    host.addStringOption((builder) => {
      configure(builder);
      if (option.maxLength) builder.setMaxLength(Math.min(option.maxLength, 6000));
      if (option.choices) return builder.addChoices(...option.choices.map((choice) => ({ name: choice, value: choice })));
      return builder.setAutocomplete(Boolean(option.autocomplete));
    });
  }
}

/** True for a slash command Discord hides behind Manage Server: its replies are private too. */
export function isModerationSlashCommand(commands: readonly Command[], slashName: string): boolean {
  return commands.some((command) => splitCommandName(command.name).name === slashName && command.moderatorOnly);
}
