import { renderReply as renderDiscord } from '../src/adapters/discord/render-reply';
import { renderReply as renderSlack } from '../src/adapters/slack/render-blocks';
import type { Dispatcher } from '../src/core/dispatcher';
import type { Actor } from '../src/core/request';

/** What a message costs from text in to both platforms' payloads out: parse, command, render. */
export async function answerAndRender(dispatcher: Dispatcher, actor: Actor, text: string): Promise<void> {
  const reply = await dispatcher.handleText({ actor, location: 'adversarial test', text });
  JSON.stringify(renderDiscord(reply).message.embeds);
  JSON.stringify(renderDiscord(reply).message.content);
  JSON.stringify(renderSlack(reply));
}

export interface Cost {
  /** Wall-clock milliseconds: what a waiting user feels, on this machine under its current load. */
  wallMs: number;
  /** CPU milliseconds this process spent: the work itself, unaffected by other processes on a busy machine. */
  cpuMs: number;
}

/** The cheapest of `runs` runs (each measure on its own), without the noise of a shared machine. */
export async function cheapestOf(runs: number, work: () => Promise<unknown>): Promise<Cost> {
  const cheapest: Cost = { wallMs: Number.POSITIVE_INFINITY, cpuMs: Number.POSITIVE_INFINITY };
  for (let run = 0; run < runs; run += 1) {
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    await work();
    const wallMs = performance.now() - start;
    const cpu = process.cpuUsage(cpuBefore);
    cheapest.wallMs = Math.min(cheapest.wallMs, wallMs);
    cheapest.cpuMs = Math.min(cheapest.cpuMs, (cpu.user + cpu.system) / 1000);
  }
  return cheapest;
}
