/**
 * Incoming Slack text to the command layer's plain text. Slack sends message text as mrkdwn:
 * `<@U123>` for mentions, `<https://…|label>` for links, and &, <, > escaped as entities.
 */

/** Removes every mention of the bot (`<@UBOT>` or `<@UBOT|name>`) and the "@bot:" punctuation after it. */
export function stripBotMention(text: string, botUserId: string | undefined): string {
  if (!botUserId) return text.trim();
  return text.replace(mentionPattern(botUserId), ' ').replace(/[ \t]{2,}/g, ' ').trim();
}

/** The bot's own mention as a pattern, compiled once rather than for every message (the bot's id does not change). */
let lastMention: { botUserId: string; pattern: RegExp } | undefined;

function mentionPattern(botUserId: string): RegExp {
  if (lastMention?.botUserId !== botUserId) {
    lastMention = { botUserId, pattern: new RegExp(`<@${escapeRegExp(botUserId)}(?:\\|[^>]*)?>[:,]?`, 'g') };
  }
  return lastMention.pattern;
}

/**
 * Turns links back into what the user typed and decodes the three entities, so a moderator's
 * "A & B" is stored as "A & B" (it is escaped again on the way out). Mentions such as
 * `<@U123>` or `<!channel>` stay as literal text: the renderer escapes them, so they never ping.
 */
export function slackTextToPlain(text: string): string {
  return text
    .replace(/<((?:https?|mailto):[^|>\s]+)(?:\|([^>]*))?>/g, (_whole, target: string, label?: string) =>
      target.startsWith('mailto:') && label ? label : target,
    )
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** What the user asked the bot, from the raw text of a mention, a DM or a slash command. */
export function commandTextFrom(rawText: string | undefined, botUserId: string | undefined): string {
  return slackTextToPlain(stripBotMention(rawText ?? '', botUserId));
}

/** Recorded with every revision, so a moderator can see where a change was made. */
export function slackLocation(teamId: string | undefined, channelId: string | undefined): string {
  return `slack team ${teamId ?? 'unknown'} channel ${channelId ?? 'unknown'}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
