import type { RespondFn, webApi } from '@slack/bolt';
import type { Reply } from '../../core/request';
import type { MessagePoster } from './message-poster';
import { renderReply, type SlackMessage } from './render-blocks';

/** Where one reply goes; the listeners build one per incoming message, command or click. */
export interface ReplyTarget {
  send(reply: Reply): Promise<void>;
}

export interface ConversationPlace {
  channel: string;
  /** The thread to answer in; undefined answers at the top level (a DM written outside a thread). */
  threadTs: string | undefined;
  /** Who asked: a private reply in a channel is shown to them alone. */
  userId: string;
  /** In a direct message every reply is private already, so it is posted normally. */
  isDirect: boolean;
}

/**
 * Posts in the conversation: public replies for everyone (through `poster`, see message-poster.ts),
 * private ones (help, refusals) ephemeral.
 */
export function conversationTarget(client: webApi.WebClient, poster: MessagePoster, place: ConversationPlace): ReplyTarget {
  return {
    async send(reply) {
      const rendered = renderReply(reply);
      if (reply.visibility === 'private' && !place.isDirect) {
        const thread = place.threadTs ? { thread_ts: place.threadTs } : {};
        await client.chat.postEphemeral({ channel: place.channel, user: place.userId, ...thread, ...postable(rendered) });
        return;
      }
      await poster.postMessage(client, { channel: place.channel, threadTs: place.threadTs || undefined }, rendered);
      await uploadAttachments(client, place, reply);
    },
  };
}

/** The JSON text of each rendering's blocks: a remembered answer's rendering is reused (render-blocks.ts). */
const blocksJson = new WeakMap<SlackMessage, string>();

/**
 * The message with its blocks as the JSON text the Web API takes them as (the client form-encodes
 * every structured argument as JSON, and sends text as it is). Serialised once per rendering
 * rather than twice per post: @slack/web-api also serialises every argument for a debug line it
 * builds at any log level, first walking every block to redact tokens, and that walk and that
 * serialisation of a string are cheap. The bytes Slack receives are the same.
 */
function postable(message: SlackMessage): SlackMessage {
  let json = blocksJson.get(message);
  if (json === undefined) {
    json = JSON.stringify(message.blocks);
    blocksJson.set(message, json);
  }
  // The client's types name only the array; the API and the client take the JSON text as well.
  return { text: message.text, blocks: json as unknown as SlackMessage['blocks'] };
}

/**
 * Files (a timeline picture) follow the message in the same place, through files upload v2
 * (files.getUploadURLExternal, the upload, files.completeUploadExternal). Only public replies
 * carry files: Slack cannot attach a file to an ephemeral message.
 */
async function uploadAttachments(client: webApi.WebClient, place: ConversationPlace, reply: Reply): Promise<void> {
  const attachments = reply.attachments ?? [];
  if (attachments.length === 0) return;
  await client.files.uploadV2({
    channel_id: place.channel,
    ...(place.threadTs ? { thread_ts: place.threadTs } : {}),
    file_uploads: attachments.map((file) => ({ file: file.data, filename: file.name, title: file.name, alt_text: file.description })),
  });
}

/** Answers a slash command (or a click on an ephemeral message) through its response_url. */
export function responseUrlTarget(respond: RespondFn): ReplyTarget {
  return {
    async send(reply) {
      const message = renderReply(reply);
      await respond({ response_type: reply.visibility === 'public' ? 'in_channel' : 'ephemeral', replace_original: false, ...message });
    },
  };
}
