import type { RecentIds } from '../../recent-ids';

/** One message can arrive as two events (a mention in a DM): it is answered once. */
export function firstAnswerTo(seen: RecentIds, channel: string, ts: string): boolean {
  return seen.firstSighting(`message:${channel}:${ts}`);
}
