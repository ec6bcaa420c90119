import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from '@slack/bolt';
import { slackLocation } from '../../event-to-request';
import type { ListenerContext } from '../listener-context';
import { clickTarget } from './click-target';

/** Votes, picks and accepting suggestions: the button carries the command the reply chose. */
export function replyActionButton({ dispatcher, actors, poster, answer }: Pick<ListenerContext, 'dispatcher' | 'actors' | 'poster' | 'answer'>) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button' || action.value === undefined) return;
    const token = action.value;
    const { target, teamId, channel } = clickTarget(body, client, poster, respond);
    await answer(target, 'reply_action_button', async () =>
      dispatcher.handleAction({
        actor: await actors.actorFor(client, teamId, body.user.id, body.user.name),
        location: slackLocation(teamId, channel),
        token,
      }),
    );
  };
}
