import type { CommandContext } from '../core/context';
import { UserError } from '../core/errors';
import { userKey, type CommandRequest } from '../core/request';
import { FACT_LIMITS, type StoredFact } from '../facts/fact';
import {
  FactExistsError,
  StaleRevisionError,
  UnknownFactError,
  type ChangeAuthor,
  type FactChange,
  type FactRevision,
} from '../store/fact-store';
import { formatDate } from './format';
import { moderationMessages } from './messages-nl';

function authorOf(request: CommandRequest): ChangeAuthor {
  const { actor } = request;
  return { platform: actor.platform, userId: actor.userId, displayName: actor.displayName, location: request.location };
}

/** The id option, checked before the store is asked, so a typo gets the usage back. */
export function requireFactId(request: CommandRequest, usage: string): string {
  const id = (request.options.id ?? '').trim();
  if (!FACT_LIMITS.idPattern.test(id)) throw new UserError('bad_usage', (language) => moderationMessages(language).invalidId(id, usage));
  return id;
}

/** The stored fact, retired or not, if there is one. */
export function findFact(context: CommandContext, id: string, usage: string): Promise<StoredFact | undefined> {
  return withStoreErrors(id, usage, () => context.store.getFact(id));
}

/** The stored fact, retired or not; an unknown id is the user's mistake. */
export async function readFact(context: CommandContext, id: string, usage: string): Promise<StoredFact> {
  const fact = await findFact(context, id, usage);
  if (!fact) throw new UserError('unknown_fact', (language) => moderationMessages(language).unknownFact(id, usage));
  return fact;
}

export function rememberSeen(context: CommandContext, request: CommandRequest, factId: string, revision: number): void {
  context.seenRevisions.remember(userKey(request.actor), factId, revision);
}

export interface AppliedChange {
  revision: FactRevision;
  /** False when the matcher could not reload; the change is saved regardless. */
  live: boolean;
}

/**
 * Saves one change as a new revision by the requesting user, waits until the matcher has
 * reloaded so the next question sees it, and records the new revision as seen by that user.
 * Refusals of the change become messages (nothing is saved when one is thrown); an
 * unreachable store is left to the dispatcher, which answers it for every command alike.
 */
export async function applyFactChange(
  request: CommandRequest,
  context: CommandContext,
  change: Omit<FactChange, 'author'>,
  usage: string,
): Promise<AppliedChange> {
  const revision = await withStoreErrors(change.factId, usage, () =>
    context.store.applyChange({ ...change, author: authorOf(request) }),
  );
  context.logger.info(
    { factId: change.factId, revision: revision.revision, action: change.action, platform: request.actor.platform, userId: request.actor.userId },
    'moderator changed a fact',
  );
  rememberSeen(context, request, change.factId, revision.revision);
  let live = true;
  try {
    // The store reported the change before returning, which started the reload: wait for
    // that one rather than asking for a second.
    await context.index.settled();
  } catch (error) {
    live = false;
    context.logger.error({ err: error, factId: change.factId }, 'the matcher could not reload after a change');
  }
  return { revision, live };
}

async function withStoreErrors<T>(factId: string, usage: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw translateStoreError(error, factId, usage);
  }
}

function translateStoreError(error: unknown, factId: string, usage: string): unknown {
  if (error instanceof StaleRevisionError) {
    const { current } = error;
    return new UserError('stale_revision', (language) =>
      moderationMessages(language).staleRevision(
        factId,
        error.baseRevision ?? 0,
        current.revision,
        current.author.displayName,
        current.author.platform,
        formatDate(current.at),
      ),
    );
  }
  if (error instanceof UnknownFactError) return new UserError('unknown_fact', (language) => moderationMessages(language).unknownFact(factId, usage));
  if (error instanceof FactExistsError) return new UserError('fact_exists', (language) => moderationMessages(language).factExists(factId));
  return error;
}

/**
 * The revision an edit is based on: the one the moderator names, else the one they last saw.
 * An edit based on nothing they saw could silently overwrite someone else's change, so it is refused.
 */
export function editBaseRevision(request: CommandRequest, context: CommandContext, current: StoredFact, usage: string): number {
  const named = request.options.base;
  const base = named !== undefined ? Number(named.trim()) : context.seenRevisions.lastSeen(userKey(request.actor), current.id);
  if (base === undefined) throw new UserError('bad_usage', (language) => moderationMessages(language).notSeenYet(current.id));
  if (base < 1 || base > current.revision) {
    throw new UserError('unknown_revision', (language) => moderationMessages(language).unknownRevision(current.id, base, current.revision, usage));
  }
  return base;
}
