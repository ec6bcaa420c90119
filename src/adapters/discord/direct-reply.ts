import { InteractionResponseType, makeURLSearchParams, MessageFlags, Routes, type RepliableInteraction } from 'discord.js';
import type { RenderedReply } from './render-reply';

/**
 * The first response to an interaction as one interaction callback, as `interaction.reply`
 * sends it, without its per-call work: `reply` builds a MessagePayload, resolves its body and
 * files, and has the REST client serialise the JSON, for every answer. Here the callback's
 * bytes are serialised once per rendered reply and reused: the command layer gives the same
 * frozen reply for a question asked again and render-reply.ts keeps its rendering, so a
 * popular answer is serialised once. Replies with files still go through `interaction.reply`
 * (a multipart upload).
 */

/** discord.js asks for no callback response unless told to; the same query string. */
const WITHOUT_RESPONSE = makeURLSearchParams({ with_response: false });
/** @discordjs/rest sets this itself for a body it serialises; a passed-through body must say it. */
const JSON_BODY = Object.freeze({ 'Content-Type': 'application/json' });

const callbackBodies = new WeakMap<RenderedReply, Buffer>();

/** Whether the reply can go as a direct callback: a first response, with nothing to upload. */
export function canReplyDirectly(interaction: RepliableInteraction, rendered: RenderedReply): boolean {
  return !interaction.deferred && !interaction.replied && !rendered.message.files?.length;
}

/**
 * Sends the reply as the interaction's first response, then marks the interaction as
 * `interaction.reply` would (replied, and whether privately), so that a later followUp,
 * editReply or deleteReply through discord.js still works. A failure leaves it unmarked.
 */
export async function replyDirectly(interaction: RepliableInteraction, rendered: RenderedReply): Promise<void> {
  await interaction.client.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
    body: callbackBody(rendered),
    passThroughBody: true,
    headers: JSON_BODY,
    auth: false,
    query: WITHOUT_RESPONSE,
  });
  interaction.ephemeral = rendered.ephemeral;
  interaction.replied = true;
}

function callbackBody(rendered: RenderedReply): Buffer {
  let body = callbackBodies.get(rendered);
  if (!body) {
    body = Buffer.from(JSON.stringify(callback(rendered)));
    callbackBodies.set(rendered, body);
  }
  return body;
}

/**
 * The JSON `interaction.reply({ ...message, flags })` sends for a message without files, key
 * for key and in the same order (discord.js 14's MessagePayload.resolveBody, with the client's
 * defaults: no nonce, not enforced; no text-to-speech). JSON leaves out the undefined keys, as
 * there. Embeds and buttons go as they are: the client's jsonTransformer keeps API shapes
 * (discord-adapter.ts). tests/adapters/discord/reply-callbacks.test.ts pins the bytes.
 */
function callback({ message, ephemeral }: RenderedReply) {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: {
      content: message.content,
      tts: false,
      enforce_nonce: false,
      embeds: message.embeds,
      components: message.components,
      allowed_mentions: message.allowedMentions,
      flags: ephemeral ? MessageFlags.Ephemeral : undefined,
    },
  };
}
