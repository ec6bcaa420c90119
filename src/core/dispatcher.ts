import type { Command } from './command';
import type { CommandContext } from './context';
import { isUserError, UserError } from './errors';
import { MESSAGES } from './messages';
import { isModerator, type ModeratorRules } from './moderator-policy';
import type { Actor, AutocompleteChoice, CommandRequest, Reply } from './request';
import { parseTextOptions } from './text-grammar';

/** A free-text command line, as typed in the console or sent to the bot in Slack. */
export interface TextInput {
  actor: Actor;
  location: string;
  text: string;
}

/** A command whose options the platform has already parsed (a Discord slash command). */
export interface StructuredInput {
  actor: Actor;
  location: string;
  commandName: string;
  options: Readonly<Record<string, string>>;
}

export interface AutocompleteInput {
  actor: Actor;
  location: string;
  commandName: string;
  focusedOption: string;
  partial: string;
}

export interface Dispatcher {
  handleText(input: TextInput): Promise<Reply>;
  handleCommand(input: StructuredInput): Promise<Reply>;
  autocomplete(input: AutocompleteInput): Promise<AutocompleteChoice[]>;
}

/** Text that names no command is a question. */
export const DEFAULT_COMMAND = 'ask';

export function userKey(actor: Actor): string {
  return `${actor.platform}:${actor.userId}`;
}

/**
 * The one place where requests meet commands: it parses, checks moderation, runs the
 * command, and turns every error into a reply, so no handler needs a try/catch of its own.
 */
export function createDispatcher(context: CommandContext, rules: ModeratorRules): Dispatcher {
  const { registry, logger } = context;

  async function run(command: Command, input: { actor: Actor; location: string }, options: Record<string, string>) {
    const request: CommandRequest = {
      actor: input.actor,
      isModerator: isModerator(input.actor, rules),
      location: input.location,
      options,
    };
    if (command.moderatorOnly && !request.isModerator) {
      logger.warn(
        { command: command.name, platform: input.actor.platform, userId: input.actor.userId, location: input.location },
        'refused a moderator command from a non-moderator',
      );
      return refusal();
    }
    validateOptions(command, options);
    return command.run(request, context);
  }

  async function guarded(commandName: string, work: () => Promise<Reply>): Promise<Reply> {
    try {
      return await work();
    } catch (error) {
      if (isUserError(error)) return userErrorReply(error);
      logger.error({ err: error, command: commandName }, 'command failed');
      return somethingWentWrongReply();
    }
  }

  return {
    handleText(input) {
      const resolved = registry.resolve(input.text);
      const command = resolved?.command ?? registry.get(DEFAULT_COMMAND);
      if (!command) throw new Error(`The registry has no "${DEFAULT_COMMAND}" command`);
      return guarded(command.name, async () => {
        if (!resolved) rejectUnknownSubcommand(input.text);
        const options = parseTextOptions(command, resolved ? resolved.rest : input.text);
        return run(command, input, options);
      });
    },

    handleCommand(input) {
      return guarded(input.commandName, async () => {
        const command = registry.get(input.commandName);
        if (!command) throw new UserError('unknown_command', MESSAGES.unknownCommand(input.commandName));
        return run(command, input, { ...input.options });
      });
    },

    async autocomplete(input) {
      const command = registry.get(input.commandName);
      if (!command?.autocomplete) return [];
      const request: CommandRequest = {
        actor: input.actor,
        isModerator: isModerator(input.actor, rules),
        location: input.location,
        options: {},
      };
      if (command.moderatorOnly && !request.isModerator) return [];
      try {
        return await command.autocomplete(request, input.focusedOption, input.partial, context);
      } catch (error) {
        logger.error({ err: error, command: command.name }, 'autocomplete failed');
        return [];
      }
    },
  };

  /** "fact frobnicate" should explain the fact commands, not be answered as a question. */
  function rejectUnknownSubcommand(text: string): void {
    const firstWord = text.trim().split(/\s+/, 1)[0]?.toLowerCase() ?? '';
    const group = registry.commands.filter((command) => command.name.startsWith(`${firstWord} `));
    if (firstWord && group.length > 0) {
      const usages = group.map((command) => `\`${command.usage}\``).join(', ');
      throw new UserError('unknown_command', `${MESSAGES.unknownCommand(text.trim().split(/\s+/, 2).join(' '))} The ${firstWord} commands are: ${usages}.`);
    }
  }
}

function validateOptions(command: Command, options: Record<string, string>): void {
  for (const option of command.options) {
    const value = options[option.name];
    if (option.required && (value === undefined || value.trim() === '')) {
      throw new UserError('bad_usage', MESSAGES.missingOption(option.name, command.usage));
    }
    if (value !== undefined && option.kind === 'integer' && !/^-?\d{1,9}$/.test(value.trim())) {
      throw new UserError('bad_usage', MESSAGES.invalidInteger(option.name, command.usage));
    }
  }
}

/** The reply to a failure that is not the user's to fix; adapters use it for their own failures too. */
export function somethingWentWrongReply(): Reply {
  return {
    kind: 'error',
    title: MESSAGES.somethingWentWrongTitle,
    body: MESSAGES.somethingWentWrong,
    suggestions: [],
    visibility: 'private',
  };
}

function refusal(): Reply {
  return {
    kind: 'refused',
    title: MESSAGES.notAModeratorTitle,
    body: MESSAGES.notAModerator,
    suggestions: [],
    visibility: 'private',
  };
}

function userErrorReply(error: UserError): Reply {
  return { kind: 'error', title: MESSAGES.badUsageTitle, body: error.message, suggestions: [], visibility: 'private' };
}
