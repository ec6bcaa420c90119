import type { AllMiddlewareArgs, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import { slackLocation } from '../../event-to-request';
import { readFormMetadata, submittedOptions } from '../../fact-form-view';
import { conversationTarget, type ReplyTarget } from '../../reply-targets';
import type { ListenerContext } from '../listener-context';

/**
 * A submitted form is checked like any command: the dispatcher's moderator gate and the edit's
 * base revision. The answer goes to the channel the form was opened from, else to a DM.
 */
export function factFormSubmitted({ dispatcher, registry, actors, poster, answer }: Pick<ListenerContext, 'dispatcher' | 'registry' | 'actors' | 'poster' | 'answer'>) {
  return async ({ ack, body, view, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
    await ack();
    const userId = body.user.id;
    const teamId = body.team?.id ?? body.user.team_id;
    let channel: string | undefined;
    const target: ReplyTarget = {
      send: (reply) => conversationTarget(client, poster, channel ? { channel, threadTs: undefined, userId, isDirect: false } : { channel: userId, threadTs: undefined, userId, isDirect: true }).send(reply),
    };
    await answer(target, 'form_submission', async () => {
      const { command, metadata } = readFormMetadata(view.private_metadata, registry);
      channel = metadata.channel;
      return dispatcher.handleCommand({
        actor: await actors.actorFor(client, teamId, userId, body.user.name),
        location: slackLocation(teamId, channel ?? 'form'),
        commandName: command.name,
        options: submittedOptions(command, metadata, view.state.values as Parameters<typeof submittedOptions>[2]),
        // The answer to a Dutch form is Dutch, whatever the user's Slack language.
        ...(metadata.language ? { language: metadata.language } : {}),
      });
    });
  };
}
