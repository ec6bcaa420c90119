import type { Dispatcher } from '../core/dispatcher';
import type { Reply } from '../core/request';
import { FactExistsError, StaleRevisionError, StoreNotEmptyError, UnknownFactError, type FactChange, type FactStore } from '../store/fact-store';
import type { BotMetrics } from './metrics';

/** Refusals the store gives on purpose (a stale base, an unknown id): answers to the user, not store faults. */
const EXPECTED_REFUSALS = [StaleRevisionError, UnknownFactError, FactExistsError, StoreNotEmptyError];
/** Store methods that are not calls to the database. */
const NOT_MEASURED = new Set<PropertyKey>(['subscribe', 'close']);

/**
 * Counts every reply and its latency where all requests flow, whatever the platform: the
 * adapters stay free of metrics code.
 */
export function instrumentDispatcher(dispatcher: Dispatcher, metrics: BotMetrics): Dispatcher {
  async function measured(platform: string, work: () => Promise<Reply>): Promise<Reply> {
    // One labels object for both metrics, and no timer closure: this runs for every reply.
    const labels = { platform };
    const startedAt = performance.now();
    let status = 'error';
    try {
      const reply = await work();
      status = reply.kind;
      return reply;
    } finally {
      metrics.replySeconds.observe(labels, (performance.now() - startedAt) / 1000);
      metrics.replies.inc({ platform, status });
    }
  }
  return {
    ...dispatcher,
    handleText: (input) => measured(input.actor.platform, () => dispatcher.handleText(input)),
    handleCommand: (input) => measured(input.actor.platform, () => dispatcher.handleCommand(input)),
    handleAction: (input) => measured(input.actor.platform, () => dispatcher.handleAction(input)),
  };
}

/** The same store, counting its failures by operation and every moderator change it saves. */
export function instrumentStore(store: FactStore, metrics: BotMetrics): FactStore {
  const counted = (operation: string, error: unknown) => {
    if (!EXPECTED_REFUSALS.some((refusal) => error instanceof refusal)) metrics.storeErrors.inc({ operation });
  };
  return new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      if (NOT_MEASURED.has(property)) return value.bind(target);
      const operation = String(property);
      return async (...args: unknown[]) => {
        try {
          const result: unknown = await value.apply(target, args);
          if (operation === 'applyChange') {
            const change = args[0] as FactChange;
            metrics.factChanges.inc({ platform: change.author.platform, action: change.action });
          }
          return result;
        } catch (error) {
          counted(operation, error);
          throw error;
        }
      };
    },
  });
}
