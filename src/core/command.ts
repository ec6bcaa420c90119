import type { AutocompleteChoice, CommandRequest, Reply } from './request';
import type { CommandContext } from './context';

export type OptionKind = 'string' | 'integer' | 'text';

export interface CommandOption {
  name: string;
  /** How a form labels its input in English, where the name in words reads badly ("nl_title" is "Dutch title"). */
  label?: string;
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
  /**
   * The values a platform's picker offers when only some of `choices` are meant to be picked
   * there (the rest come from buttons on replies). Absent: all of `choices`.
   */
  offeredChoices?: readonly string[];
  /**
   * A platform with its own input form (Discord's slash options) asks for it before sending,
   * though the command answers a missing one politely (ask without a question).
   */
  requiredInForms?: boolean;
  /** The person's own words (a question): the reply's language is read from it (see request-language.ts). */
  prose?: boolean;
  /**
   * The option in Dutch, for help and forms shown to a Dutch user: how a form labels its input
   * (in English the name in words, "Review by") and what it is for. The name itself stays as typed
   * (`--review_by`); Discord, which shows options by name, shows Dutch clients the label (`controleren_vóór`).
   */
  dutch?: {
    label: string;
    description: string;
    /** How a picker (Discord's choices) shows each offered value to a Dutch user; the value chosen stays as typed. */
    choices?: Readonly<Record<string, string>>;
  };
}

/**
 * The first word that two-word commands share ("fact" of "fact show"). Discord turns it into one
 * slash command with subcommands; its description is the summary followed by the subcommands' names.
 */
export interface CommandGroup {
  name: string;
  summary: string;
  /** In Dutch, for platforms that localise their command lists (Discord shows /feit beside /fact). */
  dutch?: { name: string; summary: string };
}

/**
 * A command that platforms with forms (Slack modals) offer as one: typing its name alone, or
 * with the first positional option, opens the form instead of running the command.
 */
export interface CommandForm {
  /** The form's title; platforms add the fact id when the form names one. */
  title: string;
  /** The title of the form in Dutch (README, "In Dutch", says when a form is). */
  dutch?: { title: string };
  /** Options fixed when the form opens (typed with the command, or given by formDefaults): not inputs. */
  carried: readonly string[];
  /** Options that must be typed with the command for the form to open (the fact an edit form shows). */
  needs?: readonly string[];
  /** Also opened on one of the bot's answers (Slack's "Edit this fact" shortcut), with the answered fact as `id`. */
  onAnswer?: boolean;
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
  dutch?: {
    name?: string;
    description: string;
    /**
     * The usage line as a Dutch speaker types it: the Dutch command name and Dutch placeholders
     * (`fact toon <id>`, `<vraag>`); flags and values stay as typed (`--review_by`, `add|remove`).
     */
    usage?: string;
  };
  /** How to type it in the console or in Slack, shown by help and on bad usage. */
  usage: string;
  options: readonly CommandOption[];
  moderatorOnly: boolean;
  /** Reached through buttons on replies only: not offered as a slash command nor listed by help. */
  buttonsOnly?: boolean;
  /** Offered as a form where the platform has them (see CommandForm). */
  form?: CommandForm;
  /**
   * Shown, as its reply to no options, on a platform's home page (Slack's App Home): to everyone,
   * or in the part moderators see of what needs their review.
   */
  home?: 'everyone' | 'review';
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
