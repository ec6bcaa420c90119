import { ActionRowBuilder, ButtonBuilder, ButtonStyle, EmbedBuilder, type APIEmbedField } from 'discord.js';
import { claimText, PROVENANCE_TEXT } from '../../core/provenance-text';
import type { Reply, ReplyKind, Suggestion } from '../../core/request';
import { DISCORD_LIMITS, trimToLimit } from './limits';
import { DISCORD_MESSAGES } from './messages';

/** Nothing the bot sends may ping anyone, whatever a fact's text contains. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [] });

export interface DiscordMessage {
  content?: string;
  embeds: EmbedBuilder[];
  components: ActionRowBuilder<ButtonBuilder>[];
  allowedMentions: { parse: [] };
}

export interface RenderedReply {
  message: DiscordMessage;
  /** Only the person who asked sees it. */
  ephemeral: boolean;
}

const SHOW_FACT_PREFIX = 'show:';

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

/**
 * A neutral reply as a Discord message: errors and refusals as short text, everything else
 * as an embed (title, text, source, note, "as of" footer), suggestions as buttons.
 */
export function renderReply(reply: Reply): RenderedReply {
  const ephemeral = reply.visibility === 'private';
  if (reply.kind === 'error' || reply.kind === 'refused') {
    const content = trimToLimit(`**${reply.title}**\n${reply.body}`, DISCORD_LIMITS.content);
    return { ephemeral, message: { content, embeds: [], components: [], allowedMentions: NO_MENTIONS } };
  }
  return {
    ephemeral,
    message: { embeds: [renderEmbed(reply)], components: renderSuggestions(reply.suggestions), allowedMentions: NO_MENTIONS },
  };
}

function renderEmbed(reply: Reply): EmbedBuilder {
  const title = trimToLimit(reply.title, DISCORD_LIMITS.embedTitle);
  const fields: APIEmbedField[] = [];
  // First, so the warning is seen before the source.
  if (reply.caveat) fields.push(field(`⚠️ ${PROVENANCE_TEXT.caveatLabel}`, reply.caveat));
  if (reply.source) {
    const quote = reply.source.quote ? ` — “${reply.source.quote}”` : '';
    const unverified = reply.source.unverified ? ` (${PROVENANCE_TEXT.quoteNotVerified})` : '';
    fields.push(field(DISCORD_MESSAGES.sourceLabel, `${reply.source.title}${quote}${unverified}`));
  }
  if (reply.claim) fields.push(field(PROVENANCE_TEXT.claimLabel, claimText(reply.claim)));
  if (reply.note) fields.push(field(DISCORD_MESSAGES.noteLabel, reply.note));
  const footerParts = [
    reply.asOf ? DISCORD_MESSAGES.asOf(reply.asOf) : undefined,
    reply.updatedAt ? DISCORD_MESSAGES.updated(reply.updatedAt.slice(0, 10)) : undefined,
  ].filter((part): part is string => Boolean(part));
  const footer = footerParts.length > 0 ? trimToLimit(footerParts.join(' · '), DISCORD_LIMITS.embedFooter) : undefined;

  // The description gets whatever room the other parts leave within the embed's total limit.
  const used = title.length + (footer?.length ?? 0) + fields.reduce((sum, item) => sum + item.name.length + item.value.length, 0);
  const descriptionRoom = Math.min(DISCORD_LIMITS.embedDescription, DISCORD_LIMITS.embedTotal - used);
  const embed = new EmbedBuilder().setColor(KIND_COLOURS[reply.kind]).setTitle(title);
  if (reply.body.trim()) embed.setDescription(trimToLimit(reply.body, descriptionRoom));
  if (fields.length > 0) embed.addFields(fields);
  if (footer) embed.setFooter({ text: footer });
  return embed;
}

function field(name: string, value: string): APIEmbedField {
  return { name: trimToLimit(name, DISCORD_LIMITS.embedFieldName), value: trimToLimit(value, DISCORD_LIMITS.embedFieldValue) };
}

function renderSuggestions(suggestions: readonly Suggestion[]): ActionRowBuilder<ButtonBuilder>[] {
  const max = DISCORD_LIMITS.buttonsPerRow * DISCORD_LIMITS.rowsPerMessage;
  const buttons = suggestions.slice(0, max).map((suggestion) =>
    new ButtonBuilder()
      .setStyle(ButtonStyle.Secondary)
      .setCustomId(showFactButtonId(suggestion.factId))
      .setLabel(trimToLimit(suggestion.title, DISCORD_LIMITS.buttonLabel)),
  );
  const rows: ActionRowBuilder<ButtonBuilder>[] = [];
  for (let start = 0; start < buttons.length; start += DISCORD_LIMITS.buttonsPerRow) {
    rows.push(new ActionRowBuilder<ButtonBuilder>().addComponents(buttons.slice(start, start + DISCORD_LIMITS.buttonsPerRow)));
  }
  return rows;
}
