import { MessageFlags, type RepliableInteraction } from 'discord.js';
import { deliver } from './deliver';
import type { RenderedReply } from './render-reply';
import { REPLY_DEADLINES, type ReplyDeadlines } from './reply-deadlines';

/**
 * Discord drops an interaction that gets no first response within 3 seconds of its creation.
 * A direct reply is one callback, exempt from discord.js's client-side global limit of 50
 * requests a second; a deferral plus an edit is two calls, and the edit counts against that
 * limit. So the bot replies directly whenever the answer is ready in time, and defers only
 * when the work may be slow (a store on a slow network). The deadline leaves room for the
 * deferral's own round trip before Discord's 3 seconds run out.
 */
export const REPLY_TIMING = Object.freeze({
  /** The latest moment to send the first response, counted from the interaction's creation (its snowflake). */
  afterCreationMs: 2_000,
  /** And from its arrival, in case this machine's clock runs behind Discord's. */
  afterArrivalMs: 1_500,
});

export interface DeferOptions {
  /** Defer privately: used where the reply is most likely private (moderation), so nothing shows publicly first. */
  ephemeral: boolean;
}

/**
 * Runs `work` and sends its reply as one direct interaction reply if it is ready by the
 * deadline; otherwise defers at the deadline and edits the reply in when the work is done.
 * A failure of `work` propagates to the caller's safety net, which answers the user.
 * The deadline waits on the process's one deadline timer (reply-deadlines.ts), which calls a
 * deadline already past on its next turn, never at once: work that is already done by then
 * settles first, so a late interaction with a ready answer still gets it directly.
 */
export async function answerInTime(
  interaction: RepliableInteraction,
  work: () => Promise<RenderedReply>,
  { ephemeral }: DeferOptions,
  deadlines: ReplyDeadlines = REPLY_DEADLINES,
): Promise<void> {
  // Before the work: its synchronous part (the matcher) already runs inside work().
  const arrival = deadlines.now();
  const rendered = work();
  const deadline = Math.min(interaction.createdTimestamp + REPLY_TIMING.afterCreationMs, arrival + REPLY_TIMING.afterArrivalMs);
  // No timer and no race of promises of its own: this runs for every answer.
  let deferral: Promise<unknown> | undefined;
  const pending = deadlines.add(deadline, () => {
    deferral = interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
    // Awaited once the work is done; a failure before then must not count as unhandled.
    deferral.catch(() => {});
  });
  let reply: RenderedReply;
  try {
    reply = await rendered;
  } finally {
    pending.cancel();
    if (deferral) await deferral;
  }
  await deliver(interaction, reply);
}
