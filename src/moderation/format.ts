/** Small text helpers for moderation replies (plain text with light markdown). */

/** Discord embeds take 4096 characters and Slack sections 3000: stay under both. */
export const BODY_MAX = 2800;

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

export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}

export function quoted(text: string, max = 80): string {
  return `“${shorten(text, max)}”`;
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
