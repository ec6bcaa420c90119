/**
 * The reply deadlines of every interaction in flight, on one timer armed for the earliest.
 * A timer per answer cost a setTimeout and a clearTimeout for every question, though nearly
 * every answer is ready long before its deadline; here an answer's deadline is an entry in a
 * set, dropped when the answer is ready. The timer is re-armed only for a deadline earlier than
 * the one it waits for (a late interaction), and when it fires it calls what is due and waits
 * for the earliest of the rest: with answers coming and going it wakes about once per deadline
 * span, not once per answer.
 *
 * A deadline already past is called on the timer, never at once, so work that is done by then
 * (its promise settled, the continuations queued) is dropped before the timer fires.
 */

export interface PendingDeadline {
  /** Drops the deadline; what it would have called is not called. */
  cancel(): void;
}

export interface ReplyDeadlines {
  /** Calls `onDue` at `at` (epoch ms) unless cancelled first. */
  add(at: number, onDue: () => void): PendingDeadline;
  /** The clock the deadlines are read against. */
  readonly now: () => number;
}

interface Entry extends PendingDeadline {
  at: number;
  onDue: () => void;
}

export function createReplyDeadlines(now: () => number = Date.now): ReplyDeadlines {
  const pending = new Set<Entry>();
  let timer: NodeJS.Timeout | undefined;
  let armedFor = Infinity;

  function arm(at: number): void {
    if (timer) clearTimeout(timer);
    armedFor = at;
    timer = setTimeout(fire, Math.max(0, at - now()));
    // In-flight work keeps the process alive by itself; a stopped bot need not wait for this.
    timer.unref();
  }

  function fire(): void {
    timer = undefined;
    armedFor = Infinity;
    const at = now();
    const due: Entry[] = [];
    let next = Infinity;
    for (const entry of pending) {
      if (entry.at <= at) {
        pending.delete(entry);
        due.push(entry);
      } else if (entry.at < next) {
        next = entry.at;
      }
    }
    if (next !== Infinity) arm(next);
    for (const entry of due) entry.onDue();
  }

  return {
    now,
    add(at, onDue) {
      const entry: Entry = { at, onDue, cancel: () => void pending.delete(entry) };
      pending.add(entry);
      if (at < armedFor) arm(at);
      return entry;
    },
  };
}

/** The deadlines of every interaction this process answers. */
export const REPLY_DEADLINES: ReplyDeadlines = createReplyDeadlines();
