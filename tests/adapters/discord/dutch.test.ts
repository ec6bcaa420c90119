import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES_NL } from '../../../commands/answer-messages-nl';
import { factEditCommand } from '../../../commands/fact-edit';
import { DISCORD_MESSAGES_NL } from '../../../src/adapters/discord/messages';
import { MESSAGES_NL } from '../../../src/core/messages';
import { MODERATION_MESSAGES_NL } from '../../../src/moderation/messages-nl';
import { autocomplete, buttonClick, MEMBERS, slashCommand } from '../../fakes/discord/interactions';
import { startDiscordHarness, type DiscordHarness } from './discord-harness';

let harness: DiscordHarness;
beforeEach(async () => {
  harness = await startDiscordHarness();
});
afterEach(async () => harness.stop());

const DUTCH_TITLE = 'Omvang van de Nederlandse infanteriecompagnie die naar Irak gaat';
/** The same interaction from a Discord client set to Dutch. */
const fromDutchClient = (interaction: ReturnType<typeof slashCommand>): ReturnType<typeof slashCommand> => ({ ...interaction, payload: { ...interaction.payload, locale: 'nl' } });

/** Real discord.js against the fake gateway and REST API: a Dutch question's buttons and a Dutch moderator's commands. */
describe('the Discord adapter in Dutch', () => {
  it('a related-fact button under a Dutch near miss answers in Dutch, even for an English client', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'hoe oud zijn de nederlandse militairen die naar irak gaan' });
    harness.send(ask);
    const nearMiss = await harness.answerTo(ask);
    expect(nearMiss.embeds[0].title).toBe(ANSWER_MESSAGES_NL.nearMissTitle);
    const buttons = nearMiss.components.flatMap((row: { components: Array<{ label: string; custom_id: string }> }) => row.components);
    const related = buttons.find((button: { label: string }) => button.label === DUTCH_TITLE);
    expect(related?.custom_id).toContain('lang=nl');

    const click = buttonClick(MEMBERS.reader, related!.custom_id);
    harness.send(click);
    const [embed] = (await harness.answerTo(click)).embeds;
    expect(embed.title).toBe(DUTCH_TITLE);
    expect(embed.description).toContain('infanteriecompagnie van 145 militairen');
    expect(embed.fields[0].name).toBe(DISCORD_MESSAGES_NL.sourceLabel);
  });

  it('a moderator with a Dutch client is answered in Dutch, and a member refused in Dutch', async () => {
    const refused = fromDutchClient(slashCommand(MEMBERS.reader, 'fact remove', { id: 'company-size' }));
    harness.send(refused);
    const refusal = await harness.answerTo(refused);
    expect(refusal.ephemeral).toBe(true);
    expect(JSON.stringify(refusal)).toContain(MESSAGES_NL.notAModerator);

    const show = fromDutchClient(slashCommand(MEMBERS.admin, 'fact show', { id: 'company-size' }));
    harness.send(show);
    expect((await harness.answerTo(show)).embeds[0].description).toContain('revisie 1');
    const remove = fromDutchClient(slashCommand(MEMBERS.admin, 'fact remove', { id: 'company-size' }));
    harness.send(remove);
    const removed = await harness.answerTo(remove);
    expect(removed.embeds[0].title).toBe(MODERATION_MESSAGES_NL.retiredTitle);
    expect(removed.embeds[0].description).toContain(MODERATION_MESSAGES_NL.retired('company-size', 2));
  });

  it("offers a moderator the facts' Dutch titles while a Dutch client types an id, or anyone types a Dutch title; the value stays the id", async () => {
    const choicesFor = async (typing: ReturnType<typeof autocomplete>) => {
      harness.send(typing);
      const callback = await harness.callbackOf(typing);
      expect(callback.type).toBe(8);
      return callback.data.choices as Array<{ name: string; value: string }>;
    };
    const dutchClient = await choicesFor(fromDutchClient(autocomplete(MEMBERS.admin, 'fact edit', { id: 'company' }, 'id')));
    expect(dutchClient).toContainEqual({ name: `company-size — ${DUTCH_TITLE}`, value: 'company-size' });
    expect(dutchClient.map((choice) => choice.name).join('\n')).not.toContain('Size of the Dutch infantry company');

    const englishClient = await choicesFor(autocomplete(MEMBERS.admin, 'fact edit', { id: 'company' }, 'id'));
    expect(englishClient).toContainEqual({ name: 'company-size — Size of the Dutch infantry company going to Iraq', value: 'company-size' });

    const dutchWords = await choicesFor(autocomplete(MEMBERS.admin, 'fact show', { id: 'omvang van de nederlandse' }, 'id'));
    expect(dutchWords[0]).toEqual({ name: `company-size — ${DUTCH_TITLE}`, value: 'company-size' });
  });

  it("opens a moderator's form in Dutch for a Dutch client: the title as their client shows the command, Dutch labels and descriptions", async () => {
    const edit = fromDutchClient(slashCommand(MEMBERS.admin, 'fact edit', { id: 'company-size' }));
    harness.send(edit);
    const callback = await harness.callbackOf(edit);
    expect(callback.type).toBe(9);
    expect(callback.data.title).toBe('/feit bewerk company-size');
    const labels = callback.data.components.map((label: { label: string; description: string }) => [label.label, label.description]);
    const options = factEditCommand.options.filter((option) => option.kind === 'text');
    expect(labels).toEqual(options.map((option) => [option.dutch!.label, option.dutch!.description]));
    expect(labels.map(([label]: string[]) => label)).toEqual(['Titel', 'Antwoord', 'Vragen', 'Trefwoorden', 'Citaten']);

    const english = slashCommand(MEMBERS.admin, 'fact add', { id: 'new-fact', topic: 'isis', claim: 'reporting' });
    harness.send(english);
    const englishForm = await harness.callbackOf(english);
    expect(englishForm.data.title).toBe('/fact add new-fact');
    expect(englishForm.data.components[0].label).toBe('Title');
  });
});
