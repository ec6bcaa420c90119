import type { Logger } from 'pino';
import type { FactChangedEvent } from './fact-store';

export type ChangeSubscriber = (event: FactChangedEvent) => void;

/** The store's subscribers: one that throws is logged and the others still hear every event. */
export function createChangeListeners(logger: Logger) {
  const subscribers = new Set<ChangeSubscriber>();
  return {
    subscribe(subscriber: ChangeSubscriber): () => void {
      subscribers.add(subscriber);
      return () => subscribers.delete(subscriber);
    },
    notify(events: readonly FactChangedEvent[]): void {
      for (const event of events) {
        for (const subscriber of subscribers) {
          try {
            subscriber(event);
          } catch (error) {
            logger.error({ err: error, factId: event.factId }, 'a store listener failed');
          }
        }
      }
    },
    clear(): void {
      subscribers.clear();
    },
  };
}
