/** The neutral request and reply model shared by every command and every adapter. */
import type { ClaimKind } from '../facts/fact';
import type { ReplyAction } from './reply-actions';
import type { Language } from './languages';

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
  /**
   * A script, not a person (the `npm run ask` evaluation command line): what it asks and
   * votes is kept out of the question log, which is for what people ask.
   */
  isScripted?: boolean;
  /** The language of the user's client where the platform says (Discord's locale, Slack's user locale): a hint when a message's text does not tell. */
  clientLanguage?: Language;
}

/** One person on one platform: the key of per-person state (seen revisions, vote and feedback limits). */
export function userKey(actor: Actor): string {
  return `${actor.platform}:${actor.userId}`;
}

export interface CommandRequest {
  actor: Actor;
  /** Decided by the moderator policy from the actor, never by an adapter. */
  isModerator: boolean;
  /** Where the request came from, for the revision log ("discord guild 1 / channel 2"). */
  location: string;
  /** Named option values, already parsed from text or taken from a structured command. */
  options: Readonly<Record<string, string>>;
  /** The language to reply in, decided by the dispatcher from what the person wrote (see request-language.ts). */
  language: Language;
}

export type ReplyKind = 'answer' | 'ambiguous' | 'no_match' | 'info' | 'success' | 'refused' | 'error';
export type Visibility = 'public' | 'private';

export interface Suggestion {
  factId: string;
  title: string;
  score?: number;
  /** What clicking it runs, when that is more than showing the fact (it also records the pick). */
  action?: ReplyAction;
}

export interface ReplySource {
  title: string;
  quote: string;
  /** Set when the source's text is not in the project, so the quote could not be checked. */
  unverified?: boolean;
}

/** Where an answer comes from, how sure it is and as of when: shown on every platform. */
export interface Provenance {
  claim: ClaimKind | null;
  /** ISO date the fact holds for. */
  asOf: string;
  /** A visible warning, e.g. that the fact is past its review date; null when there is none. */
  caveat: string | null;
  sources: Array<{ id: string; title: string }>;
}

export interface MatchSummary {
  status: 'answered' | 'ambiguous' | 'no_match';
  factId: string | null;
  /** The top fact's answer text, also for ambiguous results (null for no_match). */
  answer: string | null;
  score: number;
  /** Of the top fact, when there is one. */
  provenance?: Provenance;
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
  /** What kind of claim the answer states. */
  claim?: ClaimKind;
  /** A warning readers must see with the answer (a fact past its review date). */
  caveat?: string;
  suggestions: Suggestion[];
  visibility: Visibility;
  /** Present on replies to questions, for machine-readable consumers (the JSON CLI). */
  match?: MatchSummary;
  /** The language the reply is written in, which adapters write their labels in; English when absent. */
  language?: Language;
  /** Small buttons under the reply ("Helpful" / "Not helpful", "Accept" on a suggestion). */
  actions?: ReplyAction[];
  /** Files sent with the reply (a timeline picture); platforms that cannot show them rely on the body. */
  attachments?: ReplyAttachment[];
}

export interface ReplyAttachment {
  /** File name with its extension, e.g. "timeline.png". */
  name: string;
  contentType: string;
  /** Shown where the file cannot be (alt text, Slack's file title). */
  description: string;
  data: Buffer;
}

export interface AutocompleteChoice {
  name: string;
  value: string;
}
