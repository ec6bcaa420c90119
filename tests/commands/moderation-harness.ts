import { Writable } from 'node:stream';
import { allCommands } from '../../commands';
import type { CommandContext } from '../../src/core/context';
import { createDispatcher } from '../../src/core/dispatcher';
import { createRegistry } from '../../src/core/registry';
import type { Actor, Reply } from '../../src/core/request';
import { createFeedbackLimit } from '../../src/core/feedback-limit';
import { createSeenRevisions } from '../../src/core/seen-revisions';
import type { Fact } from '../../src/facts/fact';
import type { TopicNames } from '../../src/facts/topic-names';
import { detectLanguage } from '../../src/language/detect-language';
import { createLogger } from '../../src/logger';
import { buildFactMatcher } from '../../src/matching/fact-matcher';
import { LiveFactIndex, type MatcherFactory } from '../../src/matching/live-index';
import type { FactStore } from '../../src/store/fact-store';
import { openSqliteStore } from '../../src/store/sqlite-store';
import { SourceCatalog } from '../../src/sources/source-catalog';
import { loadSourcesDir } from '../../src/sources/source-files';
import { REPO_SOURCES_DIR } from '../knowledge/article-sentences';
import { FIXTURE_FACTS, MODERATOR_RULES, OPERATOR } from './moderation-fixtures';

export const START = new Date('2024-03-01T10:00:00Z');
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The bot's command layer as bot-core wires it (real registry, dispatcher, SQLite store and
 * live matcher), with a clock the test moves and the log lines it wrote.
 */
export async function startModerationBot(
  options: {
    facts?: readonly Fact[];
    gapsRetentionDays?: number;
    feedbackPerUserPerHour?: number;
    /** Puts something between the bot and its store: a store that fails, or one that counts calls. */
    wrapStore?: (store: FactStore) => FactStore;
    /** Another matcher in place of the real one, to time everything around it. */
    matcher?: MatcherFactory;
    /** The topics' names in each language, as bot-core loads them from knowledge/topics.yaml. */
    topicNames?: TopicNames;
  } = {},
) {
  const logLines: string[] = [];
  const logger = createLogger('info', new Writable({ write: (chunk, _encoding, done) => (logLines.push(String(chunk)), done()) }));
  let now = START;
  const clock = () => now;
  const sqlite = await openSqliteStore(':memory:', logger, { now: clock });
  await sqlite.importKnowledge(options.facts ?? FIXTURE_FACTS);
  const store = options.wrapStore ? options.wrapStore(sqlite) : sqlite;
  const index = await LiveFactIndex.create(store, options.matcher ?? buildFactMatcher);
  const sources = await SourceCatalog.create(loadSourcesDir(REPO_SOURCES_DIR).sources, store);
  const context: CommandContext = {
    store,
    index,
    sources,
    registry: createRegistry(allCommands),
    settings: { gapsRetentionDays: options.gapsRetentionDays ?? 90 },
    seenRevisions: createSeenRevisions(),
    feedbackLimit: createFeedbackLimit(options.feedbackPerUserPerHour ?? 60),
    now: clock,
    logger,
    detectLanguage,
    ...(options.topicNames ? { topicNames: options.topicNames } : {}),
  };
  const dispatcher = createDispatcher(context, MODERATOR_RULES);

  return {
    store,
    index,
    context,
    dispatcher,
    logLines,
    /** What a person types in the console or sends to the bot in Slack. */
    say(text: string, actor: Actor = OPERATOR): Promise<Reply> {
      return dispatcher.handleText({ actor, location: `${actor.platform} test channel`, text });
    },
    /** A button the bot put on a reply, clicked. */
    click(token: string, actor: Actor = OPERATOR): Promise<Reply> {
      return dispatcher.handleAction({ actor, location: `${actor.platform} test channel`, token });
    },
    /** A command whose options the platform parsed (a Discord slash command or modal). */
    command(commandName: string, options: Record<string, string>, actor: Actor = OPERATOR): Promise<Reply> {
      return dispatcher.handleCommand({ actor, location: `${actor.platform} test channel`, commandName, options });
    },
    advanceDays(days: number): void {
      now = new Date(now.getTime() + days * DAY_MS);
    },
    async close(): Promise<void> {
      index.close();
      sources.close();
      await store.close();
    },
  };
}

export type ModerationBot = Awaited<ReturnType<typeof startModerationBot>>;
