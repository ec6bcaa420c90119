import type { App, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Dispatcher, StructuredInput } from '../../core/dispatcher';
import type { CommandRegistry } from '../../core/registry';
import type { Reply } from '../../core/request';
import type { ActorLookup } from './actor-lookup';
import { slackLocation } from './event-to-request';
import { buildFormView, FACT_FORM_CALLBACK, readFormMetadata, submittedOptions } from './fact-form-view';
import { factIdOfAnswer } from './render-blocks';
import { conversationTarget, responseUrlTarget, type ReplyTarget } from './reply-targets';
import { slackMessages } from './slack-messages';

/** The message shortcut "Edit this fact" on a bot answer (declared in manifest.yaml). */
export const EDIT_FACT_SHORTCUT = 'edit_fact';
/** Options that open with the form and are not typed into it: the fact, and the revision the form shows. */
const CARRIED_OPTIONS = ['id', 'base'] as const;

/** "/facts add", "/facts add <id>", "/facts edit <id>" (with or without "fact" before): a form, not a typed command. */
const FORM_REQUEST = /^(?:fact\s+)?(add|edit)(?:\s+([a-z0-9-]{2,40}))?\s*$/i;

export function formRequestIn(text: string): { commandName: string; options: Record<string, string> } | undefined {
  const match = FORM_REQUEST.exec(text.trim());
  if (!match || (match[1]!.toLowerCase() === 'edit' && !match[2])) return undefined;
  return { commandName: `fact ${match[1]!.toLowerCase()}`, options: match[2] ? { id: match[2].toLowerCase() } : {} };
}

export interface FormDeps {
  dispatcher: Dispatcher;
  registry: CommandRegistry;
  actors: ActorLookup;
  logger: Logger;
  /** The listeners' safety net: sends the reply `work` gives (none when it gives undefined), or an apology. */
  answer(target: ReplyTarget, handler: string, work: () => Promise<Reply | undefined>): Promise<void>;
}

/**
 * Opens the form for a command, prefilled by the command layer (an edit form shows the fact as
 * it is, and carries the revision it shows as the edit's base). Returns the reply to send
 * instead when there is no form to show: the user may not run the command, or the fact is unknown.
 */
export async function openFactForm(deps: FormDeps, client: webApi.WebClient, triggerId: string, input: StructuredInput, channel: string | undefined): Promise<Reply | undefined> {
  const command = deps.registry.get(input.commandName);
  if (!command || !deps.dispatcher.mayRun(input.actor, command.name)) return deps.dispatcher.handleCommand(input);
  const defaults = await deps.dispatcher.formDefaults(input);
  if (!defaults.ok) return defaults.reply;
  const values = { ...defaults.options, ...input.options };
  await client.views.open({ trigger_id: triggerId, view: buildFormView(command, values, CARRIED_OPTIONS, channel) });
  return undefined;
}

/** The form submission and the "Edit this fact" shortcut; the slash command's form is opened by the listeners. */
export function registerFactForms(app: App, deps: FormDeps): void {
  const { dispatcher, actors, registry } = deps;

  // A submission is checked like any command: the dispatcher's moderator gate and the edit's base revision.
  app.view(FACT_FORM_CALLBACK, async ({ ack, body, view, client }) => {
    await ack();
    const userId = body.user.id;
    const teamId = body.team?.id ?? body.user.team_id;
    let channel: string | undefined;
    const target: ReplyTarget = {
      send: (reply) => conversationTarget(client, channel ? { channel, threadTs: undefined, userId, isDirect: false } : { channel: userId, threadTs: undefined, userId, isDirect: true }).send(reply),
    };
    await deps.answer(target, 'form_submission', async () => {
      const { command, metadata } = readFormMetadata(view.private_metadata, registry);
      channel = metadata.channel;
      return dispatcher.handleCommand({
        actor: await actors.actorFor(client, teamId, userId, body.user.name),
        location: slackLocation(teamId, channel ?? 'form'),
        commandName: command.name,
        options: submittedOptions(command, metadata, view.state.values as Parameters<typeof submittedOptions>[2]),
      });
    });
  });

  app.shortcut(EDIT_FACT_SHORTCUT, async ({ ack, body, client, respond }) => {
    await ack();
    if (body.type !== 'message_action') return;
    const teamId = body.team?.id ?? body.user.team_id;
    await deps.answer(responseUrlTarget(respond), 'edit_fact_shortcut', async () => {
      const actor = await actors.actorFor(client, teamId, body.user.id, body.user.name);
      const factId = factIdOfAnswer((body.message as { blocks?: unknown }).blocks);
      if (!factId) {
        const messages = slackMessages(actor.clientLanguage);
        return { kind: 'info', title: messages.notAFactAnswerTitle, body: messages.notAFactAnswer, suggestions: [], visibility: 'private', language: actor.clientLanguage ?? 'en' };
      }
      const input = {
        actor,
        location: slackLocation(teamId, body.channel.id),
        commandName: 'fact edit',
        options: { id: factId },
      };
      return openFactForm(deps, client, body.trigger_id, input, body.channel.id);
    });
  });
}
