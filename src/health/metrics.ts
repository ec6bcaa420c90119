import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Reply latency buckets in seconds: a fuzzy match takes milliseconds, a store write on PostgreSQL a little more. */
const REPLY_SECONDS_BUCKETS = Object.freeze([0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10]);

/**
 * The bot's Prometheus metrics, on a registry of its own (not prom-client's global one), so that
 * each bot core, and each test, counts separately.
 */
export interface BotMetrics {
  readonly registry: Registry;
  /** Replies by the platform asked on and the reply's kind (answer, ambiguous, no_match, error, ...). */
  readonly replies: Counter<'platform' | 'status'>;
  readonly replySeconds: Histogram<'platform'>;
  /** Fact changes a moderator made from this process (add, edit, retire, restore, revert). */
  readonly factChanges: Counter<'platform' | 'action'>;
  /** Store calls that failed for a reason other than the user's request (database down, locked, ...). */
  readonly storeErrors: Counter<'operation'>;
  /** 1 while the platform's gateway or socket is connected, 0 otherwise. */
  readonly platformConnected: Gauge<'platform'>;
}

export function createBotMetrics(): BotMetrics {
  const registry = new Registry();
  // Process metrics (memory, CPU, event loop lag) come with prom-client; a stalled event loop shows there.
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    replies: new Counter({ name: 'factbot_replies_total', help: 'Replies sent, by platform and reply kind.', labelNames: ['platform', 'status'], registers }),
    replySeconds: new Histogram({
      name: 'factbot_reply_duration_seconds',
      help: 'Time from a request reaching the command layer to its reply, by platform.',
      labelNames: ['platform'],
      buckets: [...REPLY_SECONDS_BUCKETS],
      registers,
    }),
    factChanges: new Counter({ name: 'factbot_fact_changes_total', help: 'Fact changes made by moderators through this process.', labelNames: ['platform', 'action'], registers }),
    storeErrors: new Counter({ name: 'factbot_store_errors_total', help: 'Fact store calls that failed, by store operation.', labelNames: ['operation'], registers }),
    platformConnected: new Gauge({ name: 'factbot_platform_connected', help: '1 while the platform gateway or socket is connected.', labelNames: ['platform'], registers }),
  };
}
