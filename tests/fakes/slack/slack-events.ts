/** Slack events as the fake delivers them, for the adapter tests and the chat benchmark. */

export const MEMBER = 'UMEMBER';
export const CHANNEL = 'C0GENERAL';
export const DM_CHANNEL = 'D0DIRECT';

let clock = 1_700_000_000;
/** Slack message timestamps are unique per channel; these are unique per test run. */
export function nextTs(): string {
  clock += 1;
  return `${clock}.000100`;
}

export function mentionEvent(text: string, options: { user?: string; channel?: string; threadTs?: string; botUserId?: string } = {}) {
  const ts = nextTs();
  return {
    type: 'app_mention',
    user: options.user ?? MEMBER,
    text: `<@${options.botUserId ?? 'UBOT'}> ${text}`,
    ts,
    channel: options.channel ?? CHANNEL,
    event_ts: ts,
    ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
  };
}

export function directMessageEvent(text: string, options: { user?: string; extra?: Record<string, unknown> } = {}) {
  const ts = nextTs();
  return { type: 'message', channel_type: 'im', channel: DM_CHANNEL, user: options.user ?? MEMBER, text, ts, event_ts: ts, ...options.extra };
}
