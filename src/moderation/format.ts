/** Small text helpers for moderation replies (plain text with light markdown). */
import { truncateText } from '../core/truncate';
import { escapeUserText } from '../core/user-text';

/** Discord embeds take 4096 characters and Slack sections 3000: stay under both. */
const BODY_MAX = 2800;

/** "2024-05-01 14:03 UTC" from an ISO timestamp. */
export function formatDate(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** The calendar day (UTC) of a moment, as the ISO date the facts use. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** On one line, at most `max` characters, cut between graphemes. */
export function shorten(text: string, max: number): string {
  return truncateText(text.replace(/\s+/g, ' ').trim(), max);
}

/** Someone's text, shortened, quoted and shown as typed (never as markup, never reordered by bidi controls). */
export function quoted(text: string, max = 80): string {
  return `“${escapeUserText(shorten(text, max))}”`;
}

/** Joins lines, dropping whole lines from the end (with a marker) when the body would be too long. */
export function fitBody(lines: readonly string[], max = BODY_MAX): string {
  const kept: string[] = [];
  let length = 0;
  for (const line of lines) {
    if (length + line.length + 1 > max - 2) {
      kept.push('…');
      break;
    }
    kept.push(line);
    length += line.length + 1;
  }
  return kept.join('\n');
}
