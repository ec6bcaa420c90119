import type { types } from '@slack/bolt';
import type { Command } from '../../core/command';
import type { Dispatcher } from '../../core/dispatcher';
import type { Actor } from '../../core/request';
import { renderReply } from './render-blocks';
import { slackMessages } from './slack-messages';

/** Slack allows at most 100 blocks in a Home tab. */
const HOME_BLOCKS_MAX = 100;

/**
 * The Home tab, built each time it is opened from the replies of the commands whose definitions
 * put them there (`home`), so it is as current as the facts. Whether the review part shows is the
 * moderator policy's answer (dispatcher.mayRun); the dispatcher checks each command again regardless.
 */
export async function homeView(dispatcher: Dispatcher, commands: readonly Command[], actor: Actor, location: string): Promise<types.HomeView> {
  const everyone = commands.filter((command) => command.home === 'everyone').map((command) => command.name);
  const review = commands.filter((command) => command.home === 'review').map((command) => command.name);
  const blocks: types.KnownBlock[] = [];
  // The sections come in the user's Slack language (the dispatcher reads it from the actor); so do the headings.
  const messages = slackMessages(actor.clientLanguage);
  const addSection = async (commandName: string) => {
    const reply = await dispatcher.handleCommand({ actor, location, commandName, options: {} });
    // Buttons have nowhere to answer from the Home tab, so only the text is shown.
    blocks.push(...renderReply(reply).blocks.filter((block) => block.type !== 'actions'), { type: 'divider' });
  };
  if (review.length > 0 && review.every((name) => dispatcher.mayRun(actor, name))) {
    blocks.push({ type: 'header', text: { type: 'plain_text', text: messages.homeReviewHeading } });
    for (const name of review) await addSection(name);
  }
  blocks.push({ type: 'header', text: { type: 'plain_text', text: messages.homeTopicsHeading } });
  for (const name of everyone) await addSection(name);
  return { type: 'home', blocks: blocks.slice(0, HOME_BLOCKS_MAX) };
}
