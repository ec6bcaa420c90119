import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { slackLocation, slackTextToPlain } from '../../event-to-request';
import { formRequestIn, openFactForm } from '../../fact-forms';
import { responseUrlTarget } from '../../reply-targets';
import type { ListenerContext } from '../listener-context';

/** The app's slash command (declared in manifest.yaml); the text after it is a command line. */
export const SLASH_COMMAND = '/facts';
/**
 * The same command for Dutch speakers, with a Dutch description in the manifest (Slack has no
 * per-language command texts): replies in Dutch unless the words typed after it say otherwise.
 */
export const DUTCH_SLASH_COMMAND = '/feiten';
export const SLASH_COMMANDS = [SLASH_COMMAND, DUTCH_SLASH_COMMAND] as const;

/**
 * "/facts <command line>" (or "/feiten …"), answered through response_url. A command offered as
 * a form, typed by its name alone ("/facts add"), opens the form instead.
 */
export function factsCommand(deps: Pick<ListenerContext, 'dispatcher' | 'registry' | 'actors' | 'answer'>) {
  const { dispatcher, registry, actors, answer } = deps;
  return async ({ command, ack, respond, client }: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    const text = slackTextToPlain(command.text ?? '');
    const location = slackLocation(command.team_id, command.channel_id);
    const actorOf = () => actors.actorFor(client, command.team_id, command.user_id, command.user_name);
    const dutchName = command.command === DUTCH_SLASH_COMMAND;
    const form = formRequestIn(text, registry.commands);
    if (form) {
      // A form has no words of its own to outweigh the Dutch command: /feiten opens it in Dutch.
      const language = form.language ?? (dutchName ? 'nl' : undefined);
      await answer(responseUrlTarget(respond), 'slash_command_form', async () =>
        openFactForm(deps, client, command.trigger_id, { actor: await actorOf(), location, ...form, ...(language ? { language } : {}) }, command.channel_id),
      );
      return;
    }
    await answer(responseUrlTarget(respond), 'slash_command', async () => dispatcher.handleText({ actor: await actorOf(), location, text, ...(dutchName ? { dutchName } : {}) }));
  };
}
