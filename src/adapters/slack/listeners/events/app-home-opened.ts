import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { homeView } from '../../app-home';
import { slackLocation } from '../../event-to-request';
import type { ListenerContext } from '../listener-context';

/** The Home tab, rebuilt from the command layer's replies each time it is opened. */
export function appHomeOpened({ dispatcher, registry, actors, logger }: Pick<ListenerContext, 'dispatcher' | 'registry' | 'actors' | 'logger'>) {
  return async ({ event, body, context, client }: SlackEventMiddlewareArgs<'app_home_opened'> & AllMiddlewareArgs) => {
    if (event.tab !== 'home') return;
    const teamId = body.team_id ?? context.teamId;
    try {
      const actor = await actors.actorFor(client, teamId, event.user);
      await client.views.publish({ user_id: event.user, view: await homeView(dispatcher, registry.commands, actor, slackLocation(teamId, 'app home')) });
    } catch (error) {
      logger.error({ err: error, handler: 'app_home_opened' }, 'could not publish the Slack App Home');
    }
  };
}
