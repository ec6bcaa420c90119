import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { commandTextFrom, slackLocation } from '../../event-to-request';
import { conversationTarget } from '../../reply-targets';
import type { ListenerContext } from '../listener-context';
import { firstAnswerTo } from './first-answer';

/** A message in a direct conversation with the bot: answered there, unthreaded unless it was in a thread. */
export function directMessage({ dispatcher, actors, poster, answer, seen }: Pick<ListenerContext, 'dispatcher' | 'actors' | 'poster' | 'answer' | 'seen'>) {
  return async ({ event, body, context, client }: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    // Edits, joins, bot posts and the like come with a subtype: only plain user messages count.
    if (event.subtype !== undefined || event.channel_type !== 'im' || event.bot_id || !event.user) return;
    if (!firstAnswerTo(seen, event.channel, event.ts)) return;
    const userId = event.user;
    const teamId = body.team_id ?? context.teamId;
    const target = conversationTarget(client, poster, { channel: event.channel, threadTs: event.thread_ts, userId, isDirect: true });
    await answer(target, 'direct_message', async () =>
      dispatcher.handleText({
        actor: await actors.actorFor(client, teamId, userId),
        location: slackLocation(teamId, event.channel),
        text: commandTextFrom(event.text, context.botUserId),
      }),
    );
  };
}
