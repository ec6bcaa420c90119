import type { BlockAction, RespondFn, webApi } from '@slack/bolt';
import type { MessagePoster } from '../../message-poster';
import { conversationTarget, responseUrlTarget } from '../../reply-targets';

/** Where the answer to a click goes: in the clicked message's thread, or through response_url. */
export function clickTarget(body: BlockAction, client: webApi.WebClient, poster: MessagePoster, respond: RespondFn) {
  const channel = body.channel?.id ?? body.container?.channel_id;
  const message = body.message as { ts?: string; thread_ts?: string } | undefined;
  // Direct message channel ids start with D: there the answer follows the buttons, unthreaded.
  const isDirect = channel?.startsWith('D') ?? false;
  const target =
    channel && message?.ts
      ? conversationTarget(client, poster, { channel, threadTs: message.thread_ts ?? (isDirect ? undefined : message.ts), userId: body.user.id, isDirect })
      : responseUrlTarget(respond);
  return { target, teamId: body.team?.id ?? body.user.team_id, channel };
}
