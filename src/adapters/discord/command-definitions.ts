import {
  PermissionFlagsBits,
  SlashCommandBuilder,
  SlashCommandSubcommandBuilder,
  type ApplicationCommandOptionBase,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Command, CommandGroup, CommandOption } from '../../core/command';
import { choiceName } from '../../core/command-text';
import type { Language } from '../../core/languages';
import { DISCORD_LIMITS, trimToLimit } from './limits';

/** Discord's locale code for Dutch. */
const DUTCH_LOCALE = 'nl';

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
 * The slash-command JSON for the registry's commands and their groups: what `deploy:discord`
 * registers and what the running bot understands come from this one function. Everything in it
 * comes from the neutral definitions; a two-word command whose group is not declared is refused.
 */
export function buildSlashCommands(commands: readonly Command[], groups: readonly CommandGroup[]): RESTPostAPIChatInputApplicationCommandsJSONBody[] {
  const members = new Map<string, Command[]>();
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
    members.set(name, [...(members.get(name) ?? []), command]);
  }
  for (const [name, subcommands] of members) {
    const group = groups.find((candidate) => candidate.name === name);
    if (!group) throw new Error(`Commands "${subcommands.map((command) => command.name).join('", "')}" belong to the group "${name}", which is not declared`);
    const builder = new SlashCommandBuilder().setName(name).setDescription(groupDescription(group.summary, subcommands.map((command) => splitCommandName(command.name).subcommand!)));
    if (group.dutch) {
      const dutchNames = subcommands.map((command) => command.dutch?.name ?? splitCommandName(command.name).subcommand!);
      localise(builder, { name: group.dutch.name, description: groupDescription(group.dutch.summary, dutchNames) });
    }
    // Discord can only hide a whole slash command, so a group with any moderator command is hidden
    // from members without Manage Server; the command layer still checks every call.
    if (subcommands.some((command) => command.moderatorOnly)) builder.setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild);
    for (const command of subcommands) {
      const sub = new SlashCommandSubcommandBuilder().setName(splitCommandName(command.name).subcommand!).setDescription(describe(command.description));
      localise(sub, command.dutch);
      addOptions(sub, command);
      builder.addSubcommand(sub);
    }
    built.push(builder);
  }
  return built.map((builder) => builder.toJSON());
}

/**
 * "Summary: show, add, …", naming every subcommand so the description cannot fall behind the
 * commands; when that is longer than Discord allows, the summary alone (never a partial list).
 */
export function groupDescription(summary: string, subcommandNames: readonly string[]): string {
  const listed = `${summary}: ${subcommandNames.join(', ')}`;
  return listed.length <= DISCORD_LIMITS.commandDescription ? listed : describe(summary);
}

/** Dutch clients see the Dutch name and description (/vraag); everyone else the English. */
function localise(host: SlashCommandBuilder | SlashCommandSubcommandBuilder, dutch: Command['dutch']): void {
  if (!dutch) return;
  if (dutch.name) host.setNameLocalizations({ [DUTCH_LOCALE]: dutch.name });
  host.setDescriptionLocalizations({ [DUTCH_LOCALE]: describe(dutch.description) });
}

/** A label as Discord spells an option's name: lower case, no spaces ("Soort bewering" is soort_bewering). */
function slashOptionName(label: string): string {
  return label.toLowerCase().replace(/\s+/g, '_');
}

function describe(text: string): string {
  return trimToLimit(text, DISCORD_LIMITS.commandDescription);
}

type OptionHost = SlashCommandBuilder | SlashCommandSubcommandBuilder;

function addOptions(host: OptionHost, command: Command): void {
  if (modalOptionsOf(command).length > 5) {
    throw new Error(`Command "${command.name}" has more than 5 text options; a Discord modal holds at most 5 inputs`);
  }
  const options = slashOptionsOf(command).map((option) => ({
    ...option,
    required: option.required || Boolean(option.requiredInForms),
    choices: option.offeredChoices ?? option.choices,
  }));
  // Discord insists that required options come before optional ones.
  const ordered = options.sort((a, b) => Number(b.required) - Number(a.required));
  for (const option of ordered) {
    const configure = <T extends ApplicationCommandOptionBase>(builder: T): T => {
      builder.setName(option.name).setDescription(describe(option.description)).setRequired(option.required);
      // Dutch clients see the option by its Dutch label (`vraag:`) and what it is for in Dutch;
      // interactions still name it as registered, which is what the command layer reads.
      if (option.dutch) {
        builder.setNameLocalizations({ [DUTCH_LOCALE]: slashOptionName(option.dutch.label) });
        builder.setDescriptionLocalizations({ [DUTCH_LOCALE]: describe(option.dutch.description) });
      }
      return builder;
    };
    if (option.kind === 'integer') {
      host.addIntegerOption((builder) => configure(builder).setAutocomplete(Boolean(option.autocomplete)));
      continue;
    }
    host.addStringOption((builder) => {
      configure(builder);
      if (option.maxLength) builder.setMaxLength(Math.min(option.maxLength, 6000));
      if (option.choices) return builder.addChoices(...option.choices.map((choice) => ({ name: choice, name_localizations: { [DUTCH_LOCALE]: choiceName(option, choice, 'nl') }, value: choice })));
      return builder.setAutocomplete(Boolean(option.autocomplete));
    });
  }
}

/**
 * The slash command as the user's client shows it: "/fact edit", or to a Dutch client "/feit bewerk"
 * (the localised names buildSlashCommands registers).
 */
export function slashCommandTitle(command: Command, groups: readonly CommandGroup[], language: Language): string {
  const { name, subcommand } = splitCommandName(command.name);
  if (language !== 'nl') return `/${command.name}`;
  const dutchName = command.dutch?.name ?? subcommand ?? name;
  if (!subcommand) return `/${dutchName}`;
  const group = groups.find((candidate) => candidate.name === name);
  return `/${group?.dutch?.name ?? name} ${dutchName}`;
}

/** The moderation slash names of a registry's command list, worked out once rather than on every interaction. */
const moderationSlashNames = new WeakMap<readonly Command[], ReadonlySet<string>>();

/** True for a slash command Discord hides behind Manage Server: its replies are private too. */
export function isModerationSlashCommand(commands: readonly Command[], slashName: string): boolean {
  let names = moderationSlashNames.get(commands);
  if (!names) {
    names = new Set(commands.filter((command) => command.moderatorOnly).map((command) => splitCommandName(command.name).name));
    moderationSlashNames.set(commands, names);
  }
  return names.has(slashName);
}
