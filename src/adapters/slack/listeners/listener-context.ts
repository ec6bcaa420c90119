import type { Logger } from 'pino';
import type { Dispatcher } from '../../../core/dispatcher';
import type { CommandRegistry } from '../../../core/registry';
import type { ActorLookup } from '../actor-lookup';
import type { MessagePoster } from '../message-poster';
import type { RecentIds } from '../recent-ids';
import type { Answer } from './answer';

/** What the Slack adapter hands the listeners. */
export interface ListenerDeps {
  dispatcher: Dispatcher;
  registry: CommandRegistry;
  actors: ActorLookup;
  /** Posts the public replies (chat.postMessage). */
  poster: MessagePoster;
  logger: Logger;
  /** Runs one incoming request's work, so shutdown can wait for it to finish. */
  track(work: () => Promise<void>): Promise<void>;
}

/** What each listener is given: the adapter's deps, the shared safety net, and the ids already answered. */
export interface ListenerContext extends ListenerDeps {
  answer: Answer;
  seen: RecentIds;
}
