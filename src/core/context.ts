import type { Logger } from 'pino';
import type { FactStore } from '../store/fact-store';
import type { LiveFactIndex } from '../matching/live-index';
import type { SourceCatalog } from '../sources/source-catalog';
import type { FeedbackLimit } from './feedback-limit';
import type { CommandRegistry } from './registry';
import type { DetectLanguage } from './request-language';
import type { TopicNames } from '../facts/topic-names';

/** What every command may use. Built once at start and shared by all adapters. */
export interface CommandContext {
  store: FactStore;
  index: LiveFactIndex;
  /** The curated sources and those registered from chat. */
  sources: SourceCatalog;
  registry: CommandRegistry;
  settings: {
    gapsRetentionDays: number;
  };
  /** Per person, how many questions, votes and picks are recorded (FEEDBACK_PER_USER_PER_HOUR). */
  feedbackLimit: FeedbackLimit;
  /** Per user, the revision of each fact they last saw, so their edits can name their base. */
  seenRevisions: SeenRevisions;
  now(): Date;
  logger: Logger;
  /** The language of a person's words (the bot's detector; core holds no language model of its own). */
  detectLanguage: DetectLanguage;
  /** Each topic's label and other names in each language (knowledge/topics.yaml); absent, topics are labelled from their slugs. */
  topicNames?: TopicNames;
}

export interface SeenRevisions {
  remember(userKey: string, factId: string, revision: number): void;
  lastSeen(userKey: string, factId: string): number | undefined;
}
