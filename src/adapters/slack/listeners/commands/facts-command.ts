import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { slackLocation, slackTextToPlain } from '../../event-to-request';
import { formRequestIn, openFactForm } from '../../fact-forms';
import { responseUrlTarget } from '../../reply-targets';
import type { ListenerContext } from '../listener-context';

/** The app's one slash command (declared in manifest.yaml); the text after it is a command line. */
export const SLASH_COMMAND = '/facts';

/**
 * "/facts <command line>", answered through response_url. A command offered as a form, typed
 * by its name alone ("/facts add"), opens the form instead.
 */
export function factsCommand(deps: Pick<ListenerContext, 'dispatcher' | 'registry' | 'actors' | 'answer'>) {
  const { dispatcher, registry, actors, answer } = deps;
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const text = slackTextToPlain(command.text ?? '');
    const location = slackLocation(command.team_id, command.channel_id);
    const actorOf = () => actors.actorFor(client, command.team_id, command.user_id, command.user_name);
    const form = formRequestIn(text, registry.commands);
    if (form) {
      await answer(responseUrlTarget(respond), 'slash_command_form', async () =>
        openFactForm(deps, client, command.trigger_id, { actor: await actorOf(), location, ...form }, command.channel_id),
      );
      return;
    }
    await answer(responseUrlTarget(respond), 'slash_command', async () => dispatcher.handleText({ actor: await actorOf(), location, text }));
  };
}
