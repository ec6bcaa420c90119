/**
 * Slack's mrkdwn treats &, < and > as control characters: `<!channel>` pings a channel and
 * `<@U123>` pings a person. Everything a user or a fact says is escaped before it is sent.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** The reply model's light markdown (`**bold**`) in Slack's dialect (`*bold*`), escaped. */
export function toMrkdwn(text: string): string {
  return escapeMrkdwn(text).replace(/\*\*(?=\S)([^*\n]+?)\*\*/g, '*$1*');
}

export const ELLIPSIS = '…';

/**
 * Shortens text to at most `max` characters, ending in an ellipsis. It never cuts an escape
 * such as `&amp;` or a surrogate pair in half, so the result is still well-formed mrkdwn.
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  let cut = text.slice(0, Math.max(0, max - ELLIPSIS.length));
  cut = cut.replace(/&[a-z]{0,4}$/, '');
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return cut + ELLIPSIS;
}
