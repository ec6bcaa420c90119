import type { App } from '@slack/bolt';
import { createRecentIds } from '../recent-ids';
import { REPLY_ACTION_PATTERN, SHOW_FACT_ACTION_PATTERN } from '../render-blocks';
import { replyActionButton } from './actions/reply-action-button';
import { showFactButton } from './actions/show-fact-button';
import { createAnswer } from './answer';
import { factsCommand, SLASH_COMMAND } from './commands/facts-command';
import { appHomeOpened } from './events/app-home-opened';
import { appMention } from './events/app-mention';
import { directMessage } from './events/direct-message';
import type { ListenerContext, ListenerDeps } from './listener-context';
import { oncePerEvent } from './middleware/once-per-event';
import { EDIT_FACT_SHORTCUT, editFactShortcut } from './shortcuts/edit-fact';
import { FACT_FORM_CALLBACK } from '../fact-form-view';
import { factFormSubmitted } from './views/fact-form-submitted';

/**
 * Registers every listener. Each translates one kind of Slack payload into the command layer's
 * requests and its replies back into Slack messages; none decides what to answer.
 */
export function registerListeners(app: App, deps: ListenerDeps): void {
  const context: ListenerContext = { ...deps, answer: createAnswer(deps.logger), seen: createRecentIds() };
  app.use(oncePerEvent(context));

  app.event('app_mention', appMention(context));
  app.event('message', directMessage(context));
  app.event('app_home_opened', appHomeOpened(context));
  app.command(SLASH_COMMAND, factsCommand(context));
  app.action(SHOW_FACT_ACTION_PATTERN, showFactButton(context));
  app.action(REPLY_ACTION_PATTERN, replyActionButton(context));
  app.view(FACT_FORM_CALLBACK, factFormSubmitted(context));
  app.shortcut(EDIT_FACT_SHORTCUT, editFactShortcut(context));

  app.error(async (error) => {
    deps.logger.error({ err: error }, 'the Slack app reported an error');
  });
}
