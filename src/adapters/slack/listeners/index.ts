import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import { createRecentIds } from '../recent-ids';
import { REPLY_ACTION_PATTERN, SHOW_FACT_ACTION_PATTERN } from '../render-blocks';
import { replyActionButton } from './actions/reply-action-button';
import { showFactButton } from './actions/show-fact-button';
import { createAnswer } from './answer';
import { factsCommand, SLASH_COMMANDS } from './commands/facts-command';
import { appHomeOpened } from './events/app-home-opened';
import { appMention } from './events/app-mention';
import { directMessage } from './events/direct-message';
import type { ListenerContext, ListenerDeps } from './listener-context';
import { oncePerEvent } from './middleware/once-per-event';
import { EDIT_FACT_SHORTCUTS, editFactShortcut } from './shortcuts/edit-fact';
import { FACT_FORM_CALLBACK } from '../fact-form-view';
import { factFormSubmitted } from './views/fact-form-submitted';

/**
 * Registers every listener. Each translates one kind of Slack payload into the command layer's
 * requests and its replies back into Slack messages; none decides what to answer.
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const context: ListenerContext = { ...deps, answer: createAnswer(deps.logger), seen: createRecentIds() };
  app.use(oncePerEvent(context));

  // Bolt runs the matching middleware of every registered listener for every payload (several
  // microseconds each, a tenth of our Slack bot's CPU with one listener per kind), so the event
  // listeners share one registration and are told apart by event type, and the buttons share another.
  const onEvent = byEventType({ app_mention: appMention(context), message: directMessage(context), app_home_opened: appHomeOpened(context) });
  app.event(new RegExp(`^(${Object.keys(onEvent.listeners).join('|')})$`), onEvent.listener);
  app.command(new RegExp(`^(${SLASH_COMMANDS.join('|')})$`), factsCommand(context));
  const showFact = showFactButton(context);
  const replyAction = replyActionButton(context);
  app.action(new RegExp(`${SHOW_FACT_ACTION_PATTERN.source}|${REPLY_ACTION_PATTERN.source}`), (args) =>
    'action_id' in args.action && SHOW_FACT_ACTION_PATTERN.test(args.action.action_id) ? showFact(args) : replyAction(args),
  );
  app.view(FACT_FORM_CALLBACK, factFormSubmitted(context));
  app.shortcut(new RegExp(`^(${EDIT_FACT_SHORTCUTS.join('|')})$`), editFactShortcut(context));

  app.error(async (error) => {
    deps.logger.error({ err: error }, 'the Slack app reported an error');
  });
}

type EventListener<T extends string> = (args: SlackEventMiddlewareArgs<T> & AllMiddlewareArgs) => Promise<void>;

/** One listener for several event types, each handed to its own listener. */
function byEventType<T extends string>(listeners: { [Type in T]: EventListener<Type> }) {
  return {
    listeners,
    listener: async (args: SlackEventMiddlewareArgs & AllMiddlewareArgs) => {
      // The pattern it is registered with admits only these types.
      const listener = listeners[args.event.type as T] as unknown as EventListener<string>;
      await listener(args);
    },
  };
}
