import type { Logger } from 'pino';
import { allCommands, commandGroups } from '../../commands';
import type { Config } from '../config';
import type { CommandContext } from '../core/context';
import { createDispatcher, type Dispatcher } from '../core/dispatcher';
import type { ModeratorRules } from '../core/moderator-policy';
import { createRegistry, type CommandRegistry } from '../core/registry';
import { createFeedbackLimit } from '../core/feedback-limit';
import { createSeenRevisions } from '../core/seen-revisions';
import { loadKnowledge } from '../facts/knowledge-files';
import { detectLanguage } from '../language/detect-language';
import { rememberingDetector } from '../language/remembered-languages';
import { createConnectionBoard, type ConnectionBoard } from '../health/connections';
import { instrumentDispatcher, instrumentStore } from '../health/instrument';
import { createBotMetrics, type BotMetrics } from '../health/metrics';
import { fromStore, SourceCatalog } from '../sources/source-catalog';
import { buildFactMatcher, prepareMatcherBuild } from '../matching/fact-matcher';
import { LiveFactIndex } from '../matching/live-index';
import type { FactStore } from '../store/fact-store';
import { DAY_MS, pruneOldGaps } from '../store/gap-retention';
import { openStore } from '../store/open-store';

/** Everything the adapters share: one store, one live matcher, one command layer. */
export interface BotCore {
  config: Config;
  store: FactStore;
  index: LiveFactIndex;
  registry: CommandRegistry;
  dispatcher: Dispatcher;
  context: CommandContext;
  /** Counted here, where every request and store call passes; served on HEALTH_PORT. */
  metrics: BotMetrics;
  /** Adapters report their gateway or socket state here, for /healthz. */
  connections: ConnectionBoard;
  close(): Promise<void>;
}

export function moderatorRulesFrom(config: Config): ModeratorRules {
  return {
    discordRoleIds: config.discord?.moderatorRoleIds ?? [],
    discordTrustedGuildIds: config.discord?.moderatorGuildIds ?? [],
    slackUserIds: config.slack?.moderatorUserIds ?? [],
    slackWorkspaceAdmins: true,
  };
}

/**
 * Opens the store, merges knowledge/ into it, builds the live matcher and the dispatcher.
 * Fails with a clear error (KnowledgeError, ConfigError, store errors) before anything listens.
 */
export async function createBotCore(config: Config, logger: Logger, options: { now?: () => Date; startIndexWorkerEarly?: boolean } = {}): Promise<BotCore> {
  // The bot's first build is a process's first: the index worker starts while the store opens and knowledge/ merges.
  if (options.startIndexWorkerEarly) prepareMatcherBuild();
  const registry = createRegistry(allCommands, commandGroups);
  const metrics = createBotMetrics();
  const openedStore = await openStore(config, logger);
  const store = instrumentStore(openedStore, metrics);
  try {
    // Curated facts may cite sources that moderators registered from chat, which the store holds.
    const registered = (await store.listSources()).map(fromStore);
    const { facts: knowledge, sources, topicNames } = loadKnowledge(config.knowledgeDir, config.sourcesDir, registered);
    const report = await store.importKnowledge(knowledge.map((entry) => entry.fact));
    for (const factId of report.keptModeratorVersion) {
      logger.warn({ factId }, 'knowledge/ changed a fact that a moderator has changed since; the moderator version stands');
    }
    logger.info(
      { added: report.added.length, updated: report.updated.length, kept: report.keptModeratorVersion.length, engine: store.engine },
      'knowledge merged into the store',
    );
    const now = options.now ?? (() => new Date());
    await pruneOldGaps(store, config.gapsRetentionDays, now(), logger);
    // A bot runs for months: retention must hold between restarts too.
    const pruneTimer = setInterval(() => void pruneOldGaps(store, config.gapsRetentionDays, now(), logger), DAY_MS);
    pruneTimer.unref();
    // The reason is the worker's error message: no setting or token reaches the worker, only fact text.
    const onWorkerFailure = (reason: string) => logger.warn({ reason }, 'the index worker thread failed; the main thread built its part');
    const index = await LiveFactIndex.create(store, (facts) => buildFactMatcher(facts, { onWorkerFailure }), (error) =>
      logger.error({ err: error }, 'could not refresh the matcher; answering from the last loaded facts'),
    );
    const catalog = await SourceCatalog.create(sources, store);
    const context: CommandContext = {
      store,
      index,
      sources: catalog,
      registry,
      settings: { gapsRetentionDays: config.gapsRetentionDays },
      seenRevisions: createSeenRevisions(),
      feedbackLimit: createFeedbackLimit(config.feedbackPerUserPerHour),
      now,
      logger,
      detectLanguage: rememberingDetector(detectLanguage),
      topicNames,
    };
    const dispatcher = instrumentDispatcher(createDispatcher(context, moderatorRulesFrom(config)), metrics);
    return {
      config,
      store,
      index,
      registry,
      dispatcher,
      context,
      metrics,
      connections: createConnectionBoard(metrics),
      async close() {
        clearInterval(pruneTimer);
        index.close();
        catalog.close();
        await store.close();
      },
    };
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
}
