import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RecordedRequest } from '../../fakes/discord/fake-discord';
import { MEMBERS, slashCommand, type OutgoingInteraction } from '../../fakes/discord/interactions';
import { callsFor, startDiscordHarness, type DiscordHarness } from './discord-harness';

let harness: DiscordHarness;
beforeEach(async () => {
  harness = await startDiscordHarness();
});
afterEach(async () => harness.stop());

/** Asks, and returns the one REST call the bot made for it: its direct reply. */
async function directReplyTo(interaction: OutgoingInteraction): Promise<RecordedRequest> {
  harness.send(interaction);
  await harness.answerTo(interaction);
  const calls = callsFor(harness.fake, interaction);
  expect(calls.map((call) => `${call.method} ${call.body?.type}`)).toEqual(['POST 4']);
  return calls[0]!;
}

/** What Discord receives, without the interaction's id and token (new for every interaction). */
function asReceived(label: string, call: RecordedRequest): string {
  return [
    `## ${label}`,
    `${call.method} ${call.path.replace(/\/interactions\/\d+\/[^/]+\//, '/interactions/:id/:token/')}${call.query}`,
    `content-type: ${call.contentType}`,
    `authorization: ${call.authorization ?? '(none)'}`,
    // The history's revision time is when the test imported the facts.
    call.raw.replace(/\d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC/g, '<import time> UTC'),
  ].join('\n');
}

describe('the Discord adapter\'s direct replies, as Discord receives them', () => {
  it('sends the same interaction callback bodies as discord.js\'s interaction.reply sent for them (pinned when that was the reply path)', async () => {
    const answer = await directReplyTo(slashCommand(MEMBERS.reader, 'ask', { question: 'How many Dutch soldiers are going to Iraq?' }));
    // Asked again: the reply (and its rendering) is reused, and the bytes sent must be the same.
    const again = await directReplyTo(slashCommand(MEMBERS.reader, 'ask', { question: 'How many Dutch soldiers are going to Iraq?' }));
    const withButtons = await directReplyTo(slashCommand(MEMBERS.reader, 'ask', { question: 'What is the curriculum?' }));
    // A reader may not run a moderation command: the refusal is private text.
    const refusal = await directReplyTo(slashCommand(MEMBERS.reader, 'fact history', { id: 'officers-peshmerga' }));
    // A moderator's fact history is a private embed.
    const history = await directReplyTo(slashCommand(MEMBERS.admin, 'fact history', { id: 'officers-peshmerga' }));

    expect(again.raw).toBe(answer.raw);
    expect(answer.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(refusal.body.data.flags).toBe(64);
    expect(history.body.data.flags).toBe(64);
    expect(withButtons.body.data.components.length).toBeGreaterThan(0);
    const received = [
      asReceived('an answer', answer),
      asReceived('"Did you mean" buttons', withButtons),
      asReceived('a private refusal', refusal),
      asReceived('a private embed', history),
    ].join('\n\n');
    await expect(received + '\n').toMatchFileSnapshot('./__snapshots__/reply-callbacks.txt');
  });
});
