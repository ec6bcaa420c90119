import { ELLIPSIS, graphemePrefix, wellFormed } from '../../core/truncate';
import { unescapeUserText } from '../../core/user-text';

/**
 * Slack's mrkdwn treats &, < and > as control characters: `<!channel>` pings a channel and
 * `<@U123>` pings a person. Everything a user or a fact says is escaped before it is sent.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * The reply model's light markdown (`**bold**`) in Slack's dialect (`*bold*`), escaped. The
 * backslashes that keep user text literal on Discord go last: mrkdwn would show them.
 */
export function toMrkdwn(text: string): string {
  return unescapeUserText(escapeMrkdwn(text).replace(/\*\*(?=\S)([^*\n]+?)\*\*/g, '*$1*'));
}

export { ELLIPSIS } from '../../core/truncate';

/**
 * Shortens text to at most `max` characters, ending in an ellipsis. It cuts between graphemes
 * and never cuts an escape such as `&amp;` in half, so the result is still well-formed mrkdwn.
 */
export function truncate(text: string, max: number): string {
  const valid = wellFormed(text);
  if (valid.length <= max) return valid;
  return `${graphemePrefix(valid, Math.max(0, max - ELLIPSIS.length)).replace(/&[a-z]{0,4}$/, '')}${ELLIPSIS}`;
}
