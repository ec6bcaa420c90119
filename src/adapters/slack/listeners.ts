import type { App, BlockAction, RespondFn, webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import { somethingWentWrongReply, type Dispatcher } from '../../core/dispatcher';
import type { Reply } from '../../core/request';
import type { ActorLookup } from './actor-lookup';
import { registerAppHome } from './app-home';
import { formRequestIn, openFactForm, registerFactForms } from './fact-forms';
import type { CommandRegistry } from '../../core/registry';
import { commandTextFrom, slackLocation, slackTextToPlain } from './event-to-request';
import { createRecentIds } from './recent-ids';
import { REPLY_ACTION_PATTERN, SHOW_FACT_ACTION_PATTERN } from './render-blocks';
import { conversationTarget, responseUrlTarget, type ReplyTarget } from './reply-targets';

export const SLASH_COMMAND = '/facts';
/** The public command the "did you mean" buttons run; its reply goes to whoever clicked. */
export const SHOW_FACT_COMMAND = 'fact show';

export interface ListenerDeps {
  dispatcher: Dispatcher;
  registry: CommandRegistry;
  actors: ActorLookup;
  logger: Logger;
  /** Runs one incoming request's work, so shutdown can wait for it to finish. */
  track(work: () => Promise<void>): Promise<void>;
}

/**
 * Translates Slack's events into the command layer's requests and its replies back into
 * Slack messages. It decides nothing about what to answer.
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const { dispatcher, actors, logger } = deps;
  const seen = createRecentIds();

  // Slack redelivers an event it thinks went unanswered: each event is answered once.
  app.use(async ({ body, next }) => {
    const eventId = (body as { event_id?: unknown }).event_id;
    if (typeof eventId === 'string' && !seen.firstSighting(`event:${eventId}`)) {
      logger.info({ eventId }, 'ignored a repeated Slack event');
      return;
    }
    await deps.track(next);
  });

  /** One message can arrive as two events (a mention in a DM): it is answered once. */
  const firstAnswerTo = (channel: string, ts: string) => seen.firstSighting(`message:${channel}:${ts}`);

  app.event('app_mention', async ({ event, body, context, client }) => {
    // Other bots' messages (our own are dropped by Bolt) would start reply loops.
    if (event.bot_id || !event.user || !firstAnswerTo(event.channel, event.ts)) return;
    const userId = event.user;
    const teamId = body.team_id ?? context.teamId;
    await answer(conversationTarget(client, { channel: event.channel, threadTs: event.thread_ts ?? event.ts, userId, isDirect: false }), 'app_mention', async () =>
      dispatcher.handleText({
        actor: await actors.actorFor(client, teamId, userId),
        location: slackLocation(teamId, event.channel),
        text: commandTextFrom(event.text, context.botUserId),
      }),
    );
  });

  app.event('message', async ({ event, body, context, client }) => {
    // Edits, joins, bot posts and the like come with a subtype: only plain user messages count.
    if (event.subtype !== undefined || event.channel_type !== 'im' || event.bot_id || !event.user) return;
    if (!firstAnswerTo(event.channel, event.ts)) return;
    const userId = event.user;
    const teamId = body.team_id ?? context.teamId;
    await answer(conversationTarget(client, { channel: event.channel, threadTs: event.thread_ts, userId, isDirect: true }), 'direct_message', async () =>
      dispatcher.handleText({
        actor: await actors.actorFor(client, teamId, userId),
        location: slackLocation(teamId, event.channel),
        text: commandTextFrom(event.text, context.botUserId),
      }),
    );
  });

  app.command(SLASH_COMMAND, async ({ command, ack, respond, client }) => {
    await ack();
    const form = formRequestIn(slackTextToPlain(command.text ?? ''));
    if (form) {
      await answer(responseUrlTarget(respond), 'slash_command_form', async () => {
        const actor = await actors.actorFor(client, command.team_id, command.user_id, command.user_name);
        const input = { actor, location: slackLocation(command.team_id, command.channel_id), ...form };
        return openFactForm(formDeps, client, command.trigger_id, input, command.channel_id);
      });
      return;
    }
    await answer(responseUrlTarget(respond), 'slash_command', async () =>
      dispatcher.handleText({
        actor: await actors.actorFor(client, command.team_id, command.user_id, command.user_name),
        location: slackLocation(command.team_id, command.channel_id),
        text: slackTextToPlain(command.text ?? ''),
      }),
    );
  });

  app.action(SHOW_FACT_ACTION_PATTERN, async ({ ack, body, action, client, respond }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button' || !action.value) return;
    const factId = action.value;
    const { target, teamId, channel } = clickTarget(body, client, respond);
    await answer(target, 'show_fact_button', async () =>
      dispatcher.handleCommand({
        actor: await actors.actorFor(client, teamId, body.user.id, body.user.name),
        location: slackLocation(teamId, channel),
        commandName: SHOW_FACT_COMMAND,
        options: { id: factId },
      }),
    );
  });

  // Votes, picks and accepting suggestions: the button carries the command the reply chose.
  app.action(REPLY_ACTION_PATTERN, async ({ ack, body, action, client, respond }) => {
    await ack();
    if (body.type !== 'block_actions' || action.type !== 'button' || action.value === undefined) return;
    const token = action.value;
    const { target, teamId, channel } = clickTarget(body, client, respond);
    await answer(target, 'reply_action_button', async () =>
      dispatcher.handleAction({
        actor: await actors.actorFor(client, teamId, body.user.id, body.user.name),
        location: slackLocation(teamId, channel),
        token,
      }),
    );
  });

  const formDeps = { dispatcher, registry: deps.registry, actors, logger, answer };
  registerFactForms(app, formDeps);
  registerAppHome(app, { dispatcher, actors, logger });

  app.error(async (error) => {
    logger.error({ err: error }, 'the Slack app reported an error');
  });

  /**
   * The dispatcher turns every command error into a reply; this catches what happens around it
   * (a user lookup, rendering, Slack refusing a message), so the user still hears back.
   */
  async function answer(target: ReplyTarget, handler: string, work: () => Promise<Reply | undefined>): Promise<void> {
    let reply: Reply;
    try {
      const given = await work();
      // Nothing to say: the work answered in its own way (a form opened).
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
  }
}

/** Where the answer to a click goes: in the clicked message's thread, or through response_url. */
function clickTarget(body: BlockAction, client: webApi.WebClient, respond: RespondFn) {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const message = body.message as { ts?: string; thread_ts?: string } | undefined;
  // Direct message channel ids start with D: there the answer follows the buttons, unthreaded.
  const isDirect = channel?.startsWith('D') ?? false;
  const target =
    channel && message?.ts
      ? conversationTarget(client, { channel, threadTs: message.thread_ts ?? (isDirect ? undefined : message.ts), userId: body.user.id, isDirect })
      : responseUrlTarget(respond);
  return { target, teamId: body.team?.id ?? body.user.team_id, channel };
}
