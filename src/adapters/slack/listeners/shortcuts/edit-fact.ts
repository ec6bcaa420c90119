import type { AllMiddlewareArgs, SlackShortcutMiddlewareArgs } from '@slack/bolt';
import { slackLocation } from '../../event-to-request';
import { openFactForm } from '../../fact-forms';
import { factIdOfAnswer } from '../../render-blocks';
import { responseUrlTarget } from '../../reply-targets';
import { slackMessages } from '../../slack-messages';
import type { ListenerContext } from '../listener-context';

/** The message shortcut "Edit this fact" on a bot answer (declared in manifest.yaml). */
export const EDIT_FACT_SHORTCUT = 'edit_fact';
/** The same shortcut for Dutch speakers, "Dit feit bewerken" (a manifest has no per-language names): its form is in Dutch. */
export const DUTCH_EDIT_FACT_SHORTCUT = 'edit_fact_nl';
export const EDIT_FACT_SHORTCUTS = [EDIT_FACT_SHORTCUT, DUTCH_EDIT_FACT_SHORTCUT] as const;

/** Opens the form of the command that edits an answered fact (its form says `onAnswer`), for the fact the answer shows. */
export function editFactShortcut(deps: Pick<ListenerContext, 'dispatcher' | 'registry' | 'actors' | 'answer'>) {
  const { registry, actors, answer } = deps;
  return async ({ ack, body, client, respond }: SlackShortcutMiddlewareArgs & AllMiddlewareArgs) => {
    await ack();
    if (body.type !== 'message_action') return;
    const dutch = body.callback_id === DUTCH_EDIT_FACT_SHORTCUT;
    const teamId = body.team?.id ?? body.user.team_id;
    await answer(responseUrlTarget(respond), 'edit_fact_shortcut', async () => {
      const actor = await actors.actorFor(client, teamId, body.user.id, body.user.name);
      const factId = factIdOfAnswer((body.message as { blocks?: unknown }).blocks);
      if (!factId) {
        const language = dutch ? 'nl' : (actor.clientLanguage ?? 'en');
        const messages = slackMessages(language);
        return { kind: 'info', title: messages.notAFactAnswerTitle, body: messages.notAFactAnswer, suggestions: [], visibility: 'private', language };
      }
      const command = registry.commands.find((candidate) => candidate.form?.onAnswer);
      if (!command) throw new Error('No command offers a form on an answer, so "Edit this fact" has nothing to open');
      const input = {
        actor,
        location: slackLocation(teamId, body.channel.id),
        commandName: command.name,
        options: { id: factId },
        ...(dutch ? { language: 'nl' as const } : {}),
      };
      return openFactForm(deps, client, body.trigger_id, input, body.channel.id);
    });
  };
}
