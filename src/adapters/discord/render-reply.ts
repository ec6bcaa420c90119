import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponent, type APIEmbed, type APIEmbedField } from 'discord.js';
import { claimText, PROVENANCE_TEXT, provenanceText } from '../../core/provenance-text';
import { encodeAction, type ReplyAction } from '../../core/reply-actions';
import type { Reply, ReplyKind, Suggestion } from '../../core/request';
import { DISCORD_LIMITS, trimToLimit } from './limits';
import { discordMessages } from './messages';

/** Nothing the bot sends may ping anyone, whatever a fact's text contains. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [] });

/**
 * Plain API objects rather than discord.js's builders: the builders validate every field on
 * every reply, which cost about a tenth of a busy bot's time, and every length here is
 * already trimmed to Discord's limits.
 */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  allowedMentions: { parse: [] };
  /** Files uploaded with the message (a timeline picture), shown in the embed by name. */
  files?: Array<{ attachment: Buffer; name: string; description: string }>;
}

export interface RenderedReply {
  message: DiscordMessage;
  /** Only the person who asked sees it. */
  ephemeral: boolean;
}

const SHOW_FACT_PREFIX = 'show:';
/** Buttons that run a command of the reply's choosing (votes, picks, accepting a suggestion). */
const ACTION_PREFIX = 'act:';

const KIND_COLOURS: Readonly<Record<ReplyKind, number>> = Object.freeze({
  answer: 0x2f6fdf,
  ambiguous: 0xe0a82e,
  no_match: 0x8a8f98,
  info: 0x2f6fdf,
  success: 0x2e9e5b,
  refused: 0xc0392b,
  error: 0xc0392b,
});

/** The custom id of a "Did you mean" button, and the fact id it asks for. */
function showFactButtonId(factId: string): string {
  return `${SHOW_FACT_PREFIX}${factId}`;
}

export function factIdFromButton(customId: string): string | undefined {
  return customId.startsWith(SHOW_FACT_PREFIX) ? customId.slice(SHOW_FACT_PREFIX.length) : undefined;
}

/** The encoded action a button carries (see reply-actions.ts). */
export function actionFromButton(customId: string): string | undefined {
  return customId.startsWith(ACTION_PREFIX) ? customId.slice(ACTION_PREFIX.length) : undefined;
}

function actionButtonId(action: ReplyAction): string | undefined {
  const token = encodeAction(action, DISCORD_LIMITS.customId - ACTION_PREFIX.length);
  return token === undefined ? undefined : `${ACTION_PREFIX}${token}`;
}

const ACTION_STYLES: Readonly<Record<NonNullable<ReplyAction["style"]>, ButtonStyle.Primary | ButtonStyle.Secondary | ButtonStyle.Danger>> = Object.freeze({
  primary: ButtonStyle.Primary,
  secondary: ButtonStyle.Secondary,
  danger: ButtonStyle.Danger,
});

/**
 * Renderings of frozen replies: the command layer freezes a reply it gives again for the same
 * question (a remembered answer, see commands/ask.ts), so it is rendered once, not per answer.
 */
const renderedReplies = new WeakMap<Reply, RenderedReply>();

/**
 * A neutral reply as a Discord message: errors and refusals as short text, everything else
 * as an embed (title, text, source, note, "as of" footer), suggestions as buttons.
 */
export function renderReply(reply: Reply): RenderedReply {
  if (!Object.isFrozen(reply)) return renderAnew(reply);
  let rendered = renderedReplies.get(reply);
  if (!rendered) {
    rendered = renderAnew(reply);
    renderedReplies.set(reply, rendered);
  }
  return rendered;
}

function renderAnew(reply: Reply): RenderedReply {
  const ephemeral = reply.visibility === 'private';
  if (reply.kind === 'error' || reply.kind === 'refused') {
    const content = trimToLimit(`**${reply.title}**\n${reply.body}`, DISCORD_LIMITS.content);
    return { ephemeral, message: { content, embeds: [], components: [], allowedMentions: NO_MENTIONS } };
  }
  const message: DiscordMessage = { embeds: [renderEmbed(reply)], components: renderButtons(reply), allowedMentions: NO_MENTIONS };
  const attachments = reply.attachments ?? [];
  if (attachments.length > 0) {
    message.files = attachments.map((file) => ({ attachment: file.data, name: file.name, description: trimToLimit(file.description, DISCORD_LIMITS.attachmentDescription) }));
    // An embed shows one image: the first picture, uploaded with the message.
    const picture = attachments.find((file) => file.contentType.startsWith('image/'));
    if (picture) message.embeds[0]!.image = { url: `attachment://${picture.name}` };
  }
  return { ephemeral, message };
}

function renderEmbed(reply: Reply): APIEmbed {
  const messages = discordMessages(reply.language);
  const provenance = provenanceText(reply.language);
  const title = trimToLimit(reply.title, DISCORD_LIMITS.embedTitle);
  const fields: APIEmbedField[] = [];
  // First, so the warning is seen before the source.
  if (reply.caveat) fields.push(field(`⚠️ ${provenance.caveatLabel}`, reply.caveat));
  if (reply.source) {
    const quote = reply.source.quote ? ` — “${reply.source.quote}”` : '';
    const unverified = reply.source.unverified ? ` (${provenance.quoteNotVerified})` : '';
    fields.push(field(messages.sourceLabel, `${reply.source.title}${quote}${unverified}`));
  }
  if (reply.claim) fields.push(field(provenance.claimLabel, claimText(reply.claim, reply.language)));
  if (reply.note) fields.push(field(messages.noteLabel, reply.note));
  const footerParts = [
    reply.asOf ? messages.asOf(reply.asOf) : undefined,
    reply.updatedAt ? messages.updated(reply.updatedAt.slice(0, 10)) : undefined,
  ].filter((part): part is string => Boolean(part));
  const footer = footerParts.length > 0 ? trimToLimit(footerParts.join(' · '), DISCORD_LIMITS.embedFooter) : undefined;

  // The description gets whatever room the other parts leave within the embed's total limit.
  const used = title.length + (footer?.length ?? 0) + fields.reduce((sum, item) => sum + item.name.length + item.value.length, 0);
  const descriptionRoom = Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - used);
  const embed: APIEmbed = { color: KIND_COLOURS[reply.kind], title };
  if (reply.body.trim()) embed.description = trimToLimit(reply.body, descriptionRoom);
  if (fields.length > 0) embed.fields = fields;
  if (footer) embed.footer = { text: footer };
  return embed;
}

function field(name: string, value: string): APIEmbedField {
  return { name: trimToLimit(name, DISCORD_LIMITS.embedFieldName), value: trimToLimit(value, DISCORD_LIMITS.embedFieldValue) };
}

/** "Did you mean" buttons first, then the reply's own actions (small, in rows of their own). */
function renderButtons(reply: Reply): APIActionRowComponent<APIButtonComponent>[] {
  const rows = [...inRows(reply.suggestions.map(suggestionButton)), ...inRows((reply.actions ?? []).flatMap(actionButton))];
  return rows.slice(0, DISCORD_LIMITS.rowsPerMessage);
}

function suggestionButton(suggestion: Suggestion): APIButtonComponent {
  return {
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    custom_id: (suggestion.action && actionButtonId(suggestion.action)) ?? showFactButtonId(suggestion.factId),
    label: trimToLimit(suggestion.title, DISCORD_LIMITS.buttonLabel),
  };
}

function actionButton(action: ReplyAction): APIButtonComponent[] {
  const customId = actionButtonId(action);
  if (!customId) return [];
  return [{ type: ComponentType.Button, style: ACTION_STYLES[action.style ?? 'secondary'], custom_id: customId, label: trimToLimit(action.label, DISCORD_LIMITS.buttonLabel) }];
}

function inRows(buttons: readonly APIButtonComponent[]): APIActionRowComponent<APIButtonComponent>[] {
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let start = 0; start < buttons.length; start += DISCORD_LIMITS.buttonsPerRow) {
    rows.push({ type: ComponentType.ActionRow, components: buttons.slice(start, start + DISCORD_LIMITS.buttonsPerRow) });
  }
  return rows;
}
