import type { AutocompleteChoice, CommandRequest, Reply } from './request';
import type { CommandContext } from './context';

export type OptionKind = 'string' | 'integer' | 'text';

export interface CommandOption {
  name: string;
  description: string;
  required: boolean;
  /** 'text' may span several lines (Discord asks for it in a modal). */
  kind: OptionKind;
  /** Filled from bare words in the text grammar, in declaration order. */
  positional?: boolean;
  /** Takes the rest of the line verbatim (a question, an answer). Only the last positional. */
  rest?: boolean;
  /** The platform may offer live suggestions while the user types this option. */
  autocomplete?: boolean;
  maxLength?: number;
  /** The only values the command accepts; platforms may offer them as a list (the command still checks). */
  choices?: readonly string[];
  /** The person's own words (a question): the reply's language is read from it (see request-language.ts). */
  prose?: boolean;
}

/**
 * One command of the shared command layer. Names may have two words ("fact show"):
 * the first is the group, which Discord turns into a slash command with subcommands.
 */
export interface Command {
  name: string;
  description: string;
  /**
   * The command in Dutch, for platforms that localise their command lists (Discord shows
   * /vraag beside /ask to a Dutch client). For a two-word command the name is the second word's.
   */
  dutch?: { name?: string; description: string };
  /** How to type it in the console or in Slack, shown by help and on bad usage. */
  usage: string;
  options: readonly CommandOption[];
  moderatorOnly: boolean;
  /** Reached through buttons on replies only: not offered as a slash command nor listed by help. */
  buttonsOnly?: boolean;
  run(request: CommandRequest, context: CommandContext): Promise<Reply> | Reply;
  /**
   * Current values of the command's options, for a form (a Discord modal) that should start from
   * them rather than empty, including the revision they come from as `base`.
   */
  formDefaults?(request: CommandRequest, context: CommandContext): Promise<Record<string, string>>;
  autocomplete?(
    request: CommandRequest,
    focusedOption: string,
    partial: string,
    context: CommandContext,
  ): Promise<AutocompleteChoice[]> | AutocompleteChoice[];
}
