import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { commandTextFrom, slackLocation } from '../../event-to-request';
import { conversationTarget } from '../../reply-targets';
import type { ListenerContext } from '../listener-context';
import { firstAnswerTo } from './first-answer';

/** "@bot how many soldiers?" in a channel: answered in the message's thread. */
export function appMention({ dispatcher, actors, poster, answer, seen }: Pick<ListenerContext, 'dispatcher' | 'actors' | 'poster' | 'answer' | 'seen'>) {
  return async ({ event, body, context, client }: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    // Other bots' messages (our own are dropped by Bolt) would start reply loops.
    if (event.bot_id || !event.user || !firstAnswerTo(seen, event.channel, event.ts)) return;
    const userId = event.user;
    const teamId = body.team_id ?? context.teamId;
    const target = conversationTarget(client, poster, { channel: event.channel, threadTs: event.thread_ts ?? event.ts, userId, isDirect: false });
    await answer(target, 'app_mention', async () =>
      dispatcher.handleText({
        actor: await actors.actorFor(client, teamId, userId),
        location: slackLocation(teamId, event.channel),
        text: commandTextFrom(event.text, context.botUserId),
      }),
    );
  };
}
