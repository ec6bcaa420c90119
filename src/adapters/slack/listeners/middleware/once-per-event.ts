import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type { ListenerContext } from '../listener-context';

/**
 * Slack redelivers an event it thinks went unanswered: each event is handled once. Every
 * request's work is tracked, so shutdown can wait for it.
 */
export function oncePerEvent({ seen, logger, track }: Pick<ListenerContext, 'seen' | 'logger' | 'track'>): Middleware<AnyMiddlewareArgs> {
  return async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstSighting(`event:${eventId}`)) {
      logger.info({ eventId }, 'ignored a repeated Slack event');
      return;
    }
    await track(next);
  };
}
