import type { Logger } from 'pino';
import { somethingWentWrongReply } from '../../../core/dispatcher';
import type { Reply } from '../../../core/request';
import type { ReplyTarget } from '../reply-targets';

/** Sends the reply `work` gives (none when it gives undefined: a form opened instead), or an apology. */
export type Answer = (target: ReplyTarget, handler: string, work: () => Promise<Reply | undefined>) => Promise<void>;

/**
 * The listeners' one safety net. The dispatcher turns every command error into a reply; this
 * catches what happens around it (a user lookup, rendering, Slack refusing a message), so the
 * user still hears back and one failing handler never takes the bot down.
 */
export function createAnswer(logger: Logger): Answer {
  return async (target, handler, work) => {
    let reply: Reply;
    try {
      const given = await work();
      if (!given) return;
      reply = given;
    } catch (error) {
      logger.error({ err: error, handler }, 'a Slack handler failed');
      reply = somethingWentWrongReply();
    }
    try {
      await target.send(reply);
    } catch (error) {
      logger.error({ err: error, handler }, 'could not send a Slack reply');
      if (reply.kind === 'error') return;
      await target.send(somethingWentWrongReply()).catch((again: unknown) => logger.error({ err: again, handler }, 'could not send the apology either'));
    }
  };
}
