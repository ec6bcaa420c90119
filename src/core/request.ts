/** The neutral request and reply model shared by every command and every adapter. */

export type Platform = 'console' | 'cli' | 'discord' | 'slack';

/**
 * Who is asking, as the platform reports it. Adapters copy platform facts in here;
 * the moderator policy in the command layer decides what they mean.
 */
export interface Actor {
  platform: Platform;
  userId: string;
  displayName: string;
  /** Discord role ids of the member (empty elsewhere). */
  roleIds?: readonly string[];
  /** Discord: the server (guild) the request came from; absent in DMs. */
  guildId?: string;
  /** Discord: the member has the Manage Server permission in that server. */
  canManageServer?: boolean;
  /** Slack: the user is a workspace admin or owner. */
  isWorkspaceAdmin?: boolean;
  /** The person at the local console, who runs the bot and so curates it. */
  isLocalOperator?: boolean;
}

export interface CommandRequest {
  actor: Actor;
  /** Decided by the moderator policy from the actor, never by an adapter. */
  isModerator: boolean;
  /** Where the request came from, for the revision log ("discord guild 1 / channel 2"). */
  location: string;
  /** Named option values, already parsed from text or taken from a structured command. */
  options: Readonly<Record<string, string>>;
}

export type ReplyKind = 'answer' | 'ambiguous' | 'no_match' | 'info' | 'success' | 'refused' | 'error';
export type Visibility = 'public' | 'private';

export interface Suggestion {
  factId: string;
  title: string;
  score?: number;
}

export interface ReplySource {
  title: string;
  quote: string;
}

export interface MatchSummary {
  status: 'answered' | 'ambiguous' | 'no_match';
  factId: string | null;
  /** The top fact's answer text, also for ambiguous results (null for no_match). */
  answer: string | null;
  score: number;
}

export interface Reply {
  kind: ReplyKind;
  title: string;
  body: string;
  factId?: string;
  source?: ReplySource;
  asOf?: string;
  /** Date of the last moderator change, when the fact was edited after import. */
  updatedAt?: string;
  note?: string;
  suggestions: Suggestion[];
  visibility: Visibility;
  /** Present on replies to questions, for machine-readable consumers (the JSON CLI). */
  match?: MatchSummary;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}
