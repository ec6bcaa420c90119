import { renderReply as renderDiscord } from '../src/adapters/discord/render-reply';
import { renderReply as renderSlack } from '../src/adapters/slack/render-blocks';
import type { Dispatcher } from '../src/core/dispatcher';
import type { Actor } from '../src/core/request';

/** What a message costs from text in to both platforms' payloads out: parse, command, render. */
export async function answerAndRender(dispatcher: Dispatcher, actor: Actor, text: string): Promise<void> {
  const reply = await dispatcher.handleText({ actor, location: 'adversarial test', text });
  JSON.stringify(renderDiscord(reply).message.embeds.map((embed) => embed.toJSON()));
  JSON.stringify(renderDiscord(reply).message.content);
  JSON.stringify(renderSlack(reply));
}

/** The fastest of `runs` runs in milliseconds: the cost of the work itself, without the noise of a shared machine. */
export async function fastestOf(runs: number, work: () => Promise<unknown>): Promise<number> {
  let fastest = Number.POSITIVE_INFINITY;
  for (let run = 0; run < runs; run += 1) {
    const start = performance.now();
    await work();
    fastest = Math.min(fastest, performance.now() - start);
  }
  return fastest;
}
