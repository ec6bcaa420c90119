import { Client, Events, GatewayIntentBits, MessageFlags, type Interaction, type RepliableInteraction } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deliver } from '../../../src/adapters/discord/deliver';
import { NO_MENTIONS, renderReply, type RenderedReply } from '../../../src/adapters/discord/render-reply';
import type { Reply } from '../../../src/core/request';
import { startFakeDiscord, type FakeDiscord, type RecordedRequest } from '../../fakes/discord/fake-discord';
import { buttonClick, MEMBERS, slashCommand, type OutgoingInteraction } from '../../fakes/discord/interactions';
import { callsFor, FAKE_TOKEN } from './discord-harness';

/**
 * deliver() on a real discord.js client (configured as the adapter configures it) against the
 * fake Discord, beside discord.js's own interaction.reply for the same rendered reply.
 */

let fake: FakeDiscord;
let client: Client;
const arrived = new Map<string, (interaction: RepliableInteraction) => void>();

beforeEach(async () => {
  fake = await startFakeDiscord();
  client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_MENTIONS,
    jsonTransformer: (data: unknown) => data,
    rest: { api: fake.apiUrl },
  });
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (interaction.isRepliable()) arrived.get(interaction.token)?.(interaction);
  });
  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  await client.login(FAKE_TOKEN);
  await ready;
});
afterEach(async () => {
  await client.destroy();
  await fake.close();
});

/** Sends the interaction through the fake's gateway and resolves with discord.js's object for it. */
function receive(interaction: OutgoingInteraction): Promise<RepliableInteraction> {
  const received = new Promise<RepliableInteraction>((resolve) => arrived.set(interaction.token, resolve));
  fake.pushInteraction(interaction.payload);
  return received;
}

function reply(overrides: Partial<Reply>): Reply {
  return { kind: 'answer', title: 'A title', body: 'A body @everyone', suggestions: [], visibility: 'public', ...overrides };
}

const REPLIES: Readonly<Record<string, Reply>> = Object.freeze({
  'an answer with a source, a note and vote buttons': reply({
    source: { title: 'The article', quote: 'A quote <@123>' },
    note: 'A note',
    asOf: '2023-07-31',
    actions: [{ label: 'Helpful', commandName: 'vote', options: { verdict: 'helpful', id: 'fact-a' } }],
  }),
  'a private error (text only)': reply({ kind: 'error', title: 'Oops', body: 'Something went wrong', visibility: 'private' }),
  '"Did you mean" buttons': reply({ kind: 'ambiguous', suggestions: [{ factId: 'fact-a', title: 'Fact A' }, { factId: 'fact-b', title: 'Fact B' }] }),
  'a private embed': reply({ kind: 'info', visibility: 'private' }),
});

/** The one interaction callback the fake received for this interaction. */
function callbackFor(interaction: OutgoingInteraction): RecordedRequest {
  const callbacks = callsFor(fake, interaction).filter((call) => call.path.endsWith('/callback'));
  expect(callbacks).toHaveLength(1);
  return callbacks[0]!;
}

const received = (call: RecordedRequest) => ({ query: call.query, contentType: call.contentType, authorization: call.authorization, raw: call.raw });
const stateOf = (interaction: RepliableInteraction) => ({ deferred: interaction.deferred, replied: interaction.replied, ephemeral: interaction.ephemeral });

describe('a direct reply', () => {
  for (const [what, neutral] of Object.entries(REPLIES)) {
    it(`sends the bytes interaction.reply sends, and leaves the interaction as it does: ${what}`, async () => {
      const rendered = renderReply(neutral);
      const ours = slashCommand(MEMBERS.reader, 'ask', { question: 'q' });
      const theirs = slashCommand(MEMBERS.reader, 'ask', { question: 'q' });
      const oursInteraction = await receive(ours);
      const theirsInteraction = await receive(theirs);

      await deliver(oursInteraction, rendered);
      await theirsInteraction.reply({ ...rendered.message, flags: rendered.ephemeral ? MessageFlags.Ephemeral : undefined });

      expect(received(callbackFor(ours))).toEqual(received(callbackFor(theirs)));
      expect(callbackFor(ours).contentType).toBe('application/json');
      expect(callbackFor(ours).body.data.allowed_mentions).toEqual({ parse: [] });
      expect(stateOf(oursInteraction)).toEqual(stateOf(theirsInteraction));
      expect(stateOf(oursInteraction)).toEqual({ deferred: false, replied: true, ephemeral: rendered.ephemeral });
    });
  }

  it('sends a rendering given again as the same bytes', async () => {
    const rendered = renderReply(REPLIES['an answer with a source, a note and vote buttons']!);
    const first = slashCommand(MEMBERS.reader, 'ask', { question: 'q' });
    const second = buttonClick(MEMBERS.reader, 'show:fact-a');
    await deliver(await receive(first), rendered);
    await deliver(await receive(second), rendered);
    expect(callbackFor(second).raw).toBe(callbackFor(first).raw);
    expect(callbackFor(second).body.type).toBe(4);
  });

  it('lets discord.js follow up, edit and delete the reply afterwards, as after interaction.reply', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'q' });
    const interaction = await receive(ask);
    await deliver(interaction, renderReply(REPLIES['a private embed']!));
    // A second reply to the same interaction is a follow-up, private as asked.
    await deliver(interaction, renderReply(REPLIES['a private error (text only)']!));
    await interaction.editReply({ content: 'edited' });
    await interaction.deleteReply();
    await expect(interaction.reply({ content: 'again' })).rejects.toThrow(/already been sent or deferred/);

    const calls = callsFor(fake, ask).map((call) => `${call.method} ${call.path.replace(`/${ask.token}`, '/:token').replace(/\/\d+\//, '/:id/')}`);
    expect(calls).toEqual([
      'POST /api/v10/interactions/:id/:token/callback',
      'POST /api/v10/webhooks/:id/:token',
      'PATCH /api/v10/webhooks/:id/:token/messages/@original',
      'DELETE /api/v10/webhooks/:id/:token/messages/@original',
    ]);
    const followUp = callsFor(fake, ask)[1]!;
    expect(followUp.body.flags & MessageFlags.Ephemeral).toBe(MessageFlags.Ephemeral);
    expect(followUp.body.allowed_mentions).toEqual({ parse: [] });
  });

  it('leaves the interaction unreplied when Discord refuses the callback', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'q' });
    const interaction = await receive(ask);
    fake.failNext((request) => request.path.endsWith(`/${ask.token}/callback`), 404);
    await expect(deliver(interaction, renderReply(REPLIES['a private embed']!))).rejects.toThrow();
    expect(stateOf(interaction)).toEqual({ deferred: false, replied: false, ephemeral: null });
  });

  it('leaves a reply with files to interaction.reply, which uploads them with the message', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'q' });
    const interaction = await receive(ask);
    const withFile: RenderedReply = renderReply(
      reply({ attachments: [{ name: 'timeline.png', contentType: 'image/png', description: 'A timeline', data: Buffer.from('not really a png') }] }),
    );
    await deliver(interaction, withFile);

    const callback = callbackFor(ask);
    expect(callback.contentType).toMatch(/^multipart\/form-data/);
    expect(callback.files?.map((file) => file.name)).toEqual(['timeline.png']);
    expect(callback.body.data.allowed_mentions).toEqual({ parse: [] });
    expect(stateOf(interaction)).toEqual({ deferred: false, replied: true, ephemeral: false });
  });

  it('is not used for a deferred interaction: the answer is edited in', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'q' });
    const interaction = await receive(ask);
    await interaction.deferReply();
    await deliver(interaction, renderReply(REPLIES['an answer with a source, a note and vote buttons']!));
    expect(callsFor(fake, ask).map((call) => call.method)).toEqual(['POST', 'PATCH']);
  });
});
