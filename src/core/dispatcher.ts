import type { Command } from './command';
import { commandUsage, optionReference } from './command-text';
import type { CommandContext } from './context';
import { isUserError, UserError, type UserErrorCode } from './errors';
import { StoreUnavailableError } from './operator-error';
import { DEFAULT_LANGUAGE, type Language } from './languages';
import { coreMessages } from './messages';
import { isModerator, type ModeratorRules } from './moderator-policy';
import type { Actor, AutocompleteChoice, CommandRequest, Reply } from './request';
import { decodeAction, LANGUAGE_OPTION } from './reply-actions';
import { ownWords, requestLanguage, type DetectLanguage, type LanguageClues } from './request-language';
import { inLanguage, refusal, somethingWentWrongReply, userErrorReply } from './standard-replies';
import { parseTextOptions } from './text-grammar';

// Adapters answer their own failures and the console's out-of-range picks with these.
export { pickOutOfRangeReply, somethingWentWrongReply } from './standard-replies';

/** A free-text command line, as typed in the console or sent to the bot in Slack. */
export interface TextInput {
  actor: Actor;
  location: string;
  text: string;
  /** Sent with the platform's Dutch command (Slack's /feiten): a clue like a command's Dutch name, which the person's own words still outweigh. */
  dutchName?: boolean;
}

/** A command whose options the platform has already parsed (a Discord slash command). */
export interface StructuredInput {
  actor: Actor;
  location: string;
  commandName: string;
  options: Readonly<Record<string, string>>;
  /** The language of the reply this request answers (a numbered pick in the console), when known. */
  language?: Language;
}

export interface AutocompleteInput {
  actor: Actor;
  location: string;
  commandName: string;
  focusedOption: string;
  partial: string;
}

/** A button the bot put on a reply, clicked: see reply-actions.ts. */
export interface ActionInput {
  actor: Actor;
  location: string;
  token: string;
}

export type FormDefaults = { ok: true; options: Record<string, string> } | { ok: false; reply: Reply };

export interface Dispatcher {
  handleText(input: TextInput): Promise<Reply>;
  handleCommand(input: StructuredInput): Promise<Reply>;
  /** Runs the command a reply's button carries, through the same gate as typing it. */
  handleAction(input: ActionInput): Promise<Reply>;
  autocomplete(input: AutocompleteInput): Promise<AutocompleteChoice[]>;
  /** Whether the actor may run the command, so a platform can spare them a form that would be refused. */
  mayRun(actor: Actor, commandName: string): boolean;
  /** The values a form for this command should start from (empty when it has none), or the reply explaining why not. */
  formDefaults(input: StructuredInput): Promise<FormDefaults>;
}

/** Text that names no command is a question. */
const DEFAULT_COMMAND = 'ask';
/** The public command that answers a picked "did you mean" suggestion (buttons, numbered picks). */
export const SUGGESTION_COMMAND = 'fact show';
/** Answers to these, when typed with words they cannot take, are more likely questions ("topics about ISIS"). */
const USER_ERRORS_THAT_MEAN_A_QUESTION = new Set<UserErrorCode>(['bad_usage', 'unknown_command']);

/**
 * The one place where requests meet commands: it parses, checks moderation, runs the
 * command, and turns every error into a reply, so no handler needs a try/catch of its own.
 */
export function createDispatcher(context: CommandContext, rules: ModeratorRules): Dispatcher {
  const { registry, logger } = context;

  function requestFor(input: { actor: Actor; location: string }, options: Record<string, string>, language: Language): CommandRequest {
    return { actor: input.actor, isModerator: isModerator(input.actor, rules), location: input.location, options, language };
  }

  /** The moderator gate: refused, logged and nothing run when a non-moderator asks for a moderator command. */
  function refused(command: Command, request: CommandRequest): boolean {
    if (!command.moderatorOnly || request.isModerator) return false;
    logger.warn(
      { command: command.name, platform: request.actor.platform, userId: request.actor.userId, location: request.location },
      'refused a moderator command from a non-moderator',
    );
    return true;
  }

  /** Runs the command in the request's language, which from then on is also that of any error reply. */
  async function run(command: Command, input: { actor: Actor; location: string }, options: Record<string, string>, attempt: Attempt, clues: LanguageClues = {}) {
    const request = requestFor(input, options, requestLanguage(context.detectLanguage, input.actor, clues, ownWords(command, options)));
    attempt.language = request.language;
    if (refused(command, request)) return refusal(request.language);
    validateOptions(command, options, request.language);
    // Every reply says what language it is in, so adapters write their labels in it too.
    const reply = await command.run(request, context);
    return reply.language ? reply : { ...reply, ...inLanguage(request.language) };
  }

  /** Every error becomes a reply here: the user's own mistakes as themselves, anything else logged. */
  function errorReply(commandName: string, error: unknown, language: Language): Reply {
    if (isUserError(error)) return userErrorReply(error, language);
    if (error instanceof StoreUnavailableError) {
      logger.warn({ err: error, command: commandName }, 'the fact store is unavailable');
      return userErrorReply(new UserError('store_unavailable', coreMessages(language).storeUnavailable), language);
    }
    logger.error({ err: error, command: commandName }, 'command failed');
    return somethingWentWrongReply(language);
  }

  /** Answers an error in the language known so far (a locale, a Dutch command name), which `run` refines. */
  async function guarded(commandName: string, attempt: Attempt, work: () => Promise<Reply>): Promise<Reply> {
    try {
      return await work();
    } catch (error) {
      return errorReply(commandName, error, attempt.language);
    }
  }

  return {
    handleText(input) {
      const resolved = registry.resolve(input.text);
      const ask = registry.get(DEFAULT_COMMAND)!;
      const clues = { dutchName: (resolved?.dutchName ?? false) || input.dutchName === true };
      const attempt = attemptFor(context.detectLanguage, input.actor, clues);
      const askIt = () => run(ask, input, parseTextOptions(ask, input.text), attempt, { dutchName: input.dutchName === true });
      return guarded(resolved?.command.name ?? ask.name, attempt, async () => {
        if (!resolved) {
          // "fact frobnicate" from a moderator is a mistyped command; from anyone else, a question.
          if (isModerator(input.actor, rules)) rejectUnknownSubcommand(input.text);
          return askIt();
        }
        try {
          return await run(resolved.command, input, parseTextOptions(resolved.command, resolved.rest), attempt, clues);
        } catch (error) {
          // "fact show" alone is a slip to answer with the usage; "fact show me the money" is a question.
          const questionAfterAll =
            !resolved.command.moderatorOnly &&
            isUserError(error) &&
            USER_ERRORS_THAT_MEAN_A_QUESTION.has(error.code) &&
            resolved.rest.trim() !== '';
          if (questionAfterAll) return askIt();
          throw error;
        }
      });
    },

    handleCommand(input) {
      const clues = { carried: input.language };
      const attempt = attemptFor(context.detectLanguage, input.actor, clues);
      return guarded(input.commandName, attempt, async () => {
        const command = registry.get(input.commandName);
        if (!command) throw new UserError('unknown_command', (language) => coreMessages(language).unknownCommand(input.commandName));
        return run(command, input, { ...input.options }, attempt, clues);
      });
    },

    handleAction(input) {
      const decoded = decodeAction(input.token);
      const { [LANGUAGE_OPTION]: carried, ...options } = decoded?.options ?? {};
      const clues = { carried };
      const attempt = attemptFor(context.detectLanguage, input.actor, clues);
      return guarded(decoded?.commandName ?? 'action', attempt, async () => {
        const command = decoded && registry.get(decoded.commandName);
        if (!decoded || !command) throw new UserError('unknown_command', (language) => coreMessages(language).staleButton);
        return run(command, input, options, attempt, clues);
      });
    },

    mayRun(actor, commandName) {
      const command = registry.get(commandName);
      return command !== undefined && (!command.moderatorOnly || isModerator(actor, rules));
    },

    async formDefaults(input) {
      const command = registry.get(input.commandName);
      if (!command?.formDefaults) return { ok: true, options: {} };
      const request = requestFor(input, { ...input.options }, requestLanguage(context.detectLanguage, input.actor, { carried: input.language }, ownWords(command, input.options)));
      if (refused(command, request)) return { ok: false, reply: refusal(request.language) };
      try {
        return { ok: true, options: await command.formDefaults(request, context) };
      } catch (error) {
        return { ok: false, reply: errorReply(command.name, error, request.language) };
      }
    },

    async autocomplete(input) {
      const command = registry.get(input.commandName);
      if (!command?.autocomplete) return [];
      const request = requestFor(input, {}, input.actor.clientLanguage ?? DEFAULT_LANGUAGE);
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
      const typed = text.trim().split(/\s+/, 2).join(' ');
      throw new UserError('unknown_command', (language) => {
        const messages = coreMessages(language);
        const usages = group.map((command) => `\`${commandUsage(command, language)}\``).join(', ');
        return `${messages.unknownCommand(typed)}${messages.groupCommands(firstWord, usages)}`;
      });
    }
  }
}

/** The language of one request as it becomes known; error replies are written in it. */
interface Attempt {
  language: Language;
}

function attemptFor(detect: DetectLanguage, actor: Actor, clues: LanguageClues): Attempt {
  return { language: requestLanguage(detect, actor, clues) };
}

function validateOptions(command: Command, options: Record<string, string>, language: Language): void {
  const messages = coreMessages(language);
  for (const option of command.options) {
    const value = options[option.name];
    if (option.required && (value === undefined || value.trim() === '')) {
      throw new UserError('bad_usage', messages.missingOption(optionReference(option, language), commandUsage(command, language)));
    }
    if (value !== undefined && option.kind === 'integer' && !/^-?\d{1,9}$/.test(value.trim())) {
      throw new UserError('bad_usage', messages.invalidInteger(optionReference(option, language), commandUsage(command, language)));
    }
  }
}
