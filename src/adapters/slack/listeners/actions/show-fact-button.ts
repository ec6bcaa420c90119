import type { AllMiddlewareArgs, SlackActionMiddlewareArgs } from '@slack/bolt';
import { SUGGESTION_COMMAND } from '../../../../core/dispatcher';
import { slackLocation } from '../../event-to-request';
import type { ListenerContext } from '../listener-context';
import { clickTarget } from './click-target';

/** A "did you mean" button: runs the command layer's suggestion command for the fact it names. */
export function showFactButton({ dispatcher, actors, poster, answer }: Pick<ListenerContext, 'dispatcher' | 'actors' | 'poster' | 'answer'>) {
  return async ({ ack, body, action, client, respond }: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button' || !action.value) return;
    const factId = action.value;
    const { target, teamId, channel } = clickTarget(body, client, poster, respond);
    await answer(target, 'show_fact_button', async () =>
      dispatcher.handleCommand({
        actor: await actors.actorFor(client, teamId, body.user.id, body.user.name),
        location: slackLocation(teamId, channel),
        commandName: SUGGESTION_COMMAND,
        options: { id: factId },
      }),
    );
  };
}
