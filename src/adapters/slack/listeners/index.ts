import type { App } from '@slack/bolt';
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
import { routeRequests } from './router';
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
  // One global middleware finds each request's listener (router.ts): Bolt runs the matchers of
  // every registered listener for every request, several microseconds each.
  const editFact = editFactShortcut(context);
  app.use(
    routeRequests({
      events: { app_mention: appMention(context), message: directMessage(context), app_home_opened: appHomeOpened(context) },
      commands: Object.fromEntries(SLASH_COMMANDS.map((name) => [name, factsCommand(context)])),
      actions: [
        { actionId: SHOW_FACT_ACTION_PATTERN, listener: showFactButton(context) },
        { actionId: REPLY_ACTION_PATTERN, listener: replyActionButton(context) },
      ],
      views: { [FACT_FORM_CALLBACK]: factFormSubmitted(context) },
      shortcuts: Object.fromEntries(EDIT_FACT_SHORTCUTS.map((name) => [name, editFact])),
    }),
  );

  app.error(async (error) => {
    deps.logger.error({ err: error }, 'the Slack app reported an error');
  });
}
