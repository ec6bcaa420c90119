import type { App, types } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Dispatcher } from '../../core/dispatcher';
import type { Actor } from '../../core/request';
import type { ActorLookup } from './actor-lookup';
import { slackLocation } from './event-to-request';
import { renderReply } from './render-blocks';
import { slackMessages } from './slack-messages';

/** What the App Home shows: the topics for everyone, and for moderators what needs their review. */
const EVERYONE_SECTIONS = ['topics'] as const;
const REVIEW_SECTIONS = ['fact gaps', 'fact stale'] as const;
/** Slack allows at most 100 blocks in a Home tab. */
const HOME_BLOCKS_MAX = 100;

/**
 * The Home tab, built from the command layer's own replies each time it is opened, so it is
 * as current as the facts. Whether the review part shows is the moderator policy's answer
 * (dispatcher.mayRun); the dispatcher checks each command again regardless.
 */
export async function homeView(dispatcher: Dispatcher, actor: Actor, location: string): Promise<types.HomeView> {
  const blocks: types.KnownBlock[] = [];
  // The sections come in the user's Slack language (the dispatcher reads it from the actor); so do the headings.
  const messages = slackMessages(actor.clientLanguage);
  const addSection = async (commandName: string) => {
    const reply = await dispatcher.handleCommand({ actor, location, commandName, options: {} });
    // Buttons have nowhere to answer from the Home tab, so only the text is shown.
    blocks.push(...renderReply(reply).blocks.filter((block) => block.type !== 'actions'), { type: 'divider' });
  };
  if (REVIEW_SECTIONS.every((name) => dispatcher.mayRun(actor, name))) {
    blocks.push({ type: 'header', text: { type: 'plain_text', text: messages.homeReviewHeading } });
    for (const name of REVIEW_SECTIONS) await addSection(name);
  }
  blocks.push({ type: 'header', text: { type: 'plain_text', text: messages.homeTopicsHeading } });
  for (const name of EVERYONE_SECTIONS) await addSection(name);
  return { type: 'home', blocks: blocks.slice(0, HOME_BLOCKS_MAX) };
}

export function registerAppHome(app: App, deps: { dispatcher: Dispatcher; actors: ActorLookup; logger: Logger }): void {
  app.event('app_home_opened', async ({ event, body, context, client }) => {
    if (event.tab !== 'home') return;
    const teamId = body.team_id ?? context.teamId;
    try {
      const actor = await deps.actors.actorFor(client, teamId, event.user);
      await client.views.publish({ user_id: event.user, view: await homeView(deps.dispatcher, actor, slackLocation(teamId, 'app home')) });
    } catch (error) {
      deps.logger.error({ err: error, handler: 'app_home_opened' }, 'could not publish the Slack App Home');
    }
  });
}
