import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { factEditCommand } from '../../../commands/fact-edit';
import { moderatorRulesFrom, type BotCore } from '../../../src/app/bot-core';
import { createDispatcher } from '../../../src/core/dispatcher';
import { MESSAGES } from '../../../src/core/messages';
import { StoreUnavailableError } from '../../../src/core/operator-error';
import { type FactStore } from '../../../src/store/fact-store';
import { MODERATION_MESSAGES } from '../../../src/moderation/messages';
import { FAKE_IDS } from '../../fakes/discord/fake-discord';
import { startDiscordHarness, type DiscordHarness } from './discord-harness';
import { inGuild, MEMBERS, modalSubmit, slashCommand } from '../../fakes/discord/interactions';

const ISIS_QUOTE = 'However, the fight against ISIS, which between 2014 and 2017 occupied a third of Iraq, is still one of the reasons for sending troops.';
const NEW_FACT_FORM = {
  title: 'How much of Iraq ISIS once held',
  answer: 'Between 2014 and 2017 ISIS occupied a third of Iraq.\nThe fight against ISIS is still one of the reasons for sending troops.',
  questions: 'How much of Iraq did ISIS occupy?\nWhat part of Iraq did ISIS hold',
  keywords: 'isis, third, occupied',
  quotes: ISIS_QUOTE,
};

let harness: DiscordHarness;
beforeEach(async () => {
  harness = await startDiscordHarness();
});
afterEach(async () => harness.stop());

/** The modal Discord was asked to show: its custom id and its text inputs by custom id. */
async function modalShownFor(interaction: ReturnType<typeof slashCommand>) {
  const callback = await harness.callbackOf(interaction);
  expect(callback.type).toBe(9);
  const inputs = new Map<string, { value?: string; style: number; required: boolean }>(
    callback.data.components.map((label: any) => [label.component.custom_id, label.component]),
  );
  return { customId: callback.data.custom_id as string, title: callback.data.title as string, inputs };
}

describe('moderating facts from Discord', () => {
  it('lets a moderator add a fact through a modal, and the next /ask finds it', async () => {
    const add = slashCommand(MEMBERS.admin, 'fact add', { id: 'isis-occupation', topic: 'isis', claim: 'reporting' });
    harness.send(add);
    const modal = await modalShownFor(add);
    expect([...modal.inputs.keys()]).toEqual(['title', 'answer', 'questions', 'keywords', 'quotes']);
    expect(modal.customId.length).toBeLessThanOrEqual(100);

    const submit = modalSubmit(MEMBERS.admin, modal.customId, NEW_FACT_FORM);
    harness.send(submit);
    const result = await harness.answerTo(submit);
    expect(result.ephemeral).toBe(true);
    expect(result.embeds[0].title).toBe(MODERATION_MESSAGES.addedTitle);

    const stored = await harness.core.store.getFact('isis-occupation');
    expect(stored?.answer).toBe(NEW_FACT_FORM.answer);
    expect(stored?.questions).toEqual(['How much of Iraq did ISIS occupy?', 'What part of Iraq did ISIS hold']);
    expect(stored?.topic).toBe('isis');
    const [revision] = await harness.core.store.history('isis-occupation');
    expect(revision?.author).toMatchObject({
      platform: 'discord',
      userId: MEMBERS.admin.id,
      displayName: 'Admin Anne',
      location: `discord guild ${FAKE_IDS.guild} channel ${FAKE_IDS.channel}`,
    });

    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'How much of Iraq did ISIS occupy?' });
    harness.send(ask);
    const answer = await harness.answerTo(ask);
    expect(answer.embeds[0].title).toBe(NEW_FACT_FORM.title);
    expect(answer.embeds[0].description).toBe(NEW_FACT_FORM.answer);
  });

  it('lets a moderator add the Dutch text in the /fact dutch form, and a Dutch /ask then answers in Dutch', async () => {
    const open = slashCommand(MEMBERS.admin, 'fact dutch', { id: 'company-size' });
    harness.send(open);
    const modal = await modalShownFor(open);
    expect([...modal.inputs.keys()]).toEqual(['nl_title', 'nl_answer', 'nl_questions']);
    expect(modal.inputs.get('nl_title')?.value).toBe('Omvang van de Nederlandse infanteriecompagnie die naar Irak gaat');

    const submit = modalSubmit(MEMBERS.admin, modal.customId, {
      nl_title: 'Hoe groot de Nederlandse compagnie is',
      nl_answer: 'Nederland stuurt een infanteriecompagnie van 145 militairen naar Irak.',
      nl_questions: 'hoeveel militairen stuurt nederland naar irak\nhoe groot is de compagnie',
    });
    harness.send(submit);
    expect((await harness.answerTo(submit)).embeds[0].title).toBe(MODERATION_MESSAGES.updatedTitle);
    expect((await harness.core.store.getFact('company-size'))?.nl?.title).toBe('Hoe groot de Nederlandse compagnie is');
    const history = await harness.core.store.history('company-size');
    expect(history.map((revision) => revision.after.nl?.title)).toContain('Hoe groot de Nederlandse compagnie is');

    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'hoeveel militairen stuurt nederland naar irak?' });
    harness.send(ask);
    const [embed] = (await harness.answerTo(ask)).embeds;
    expect(embed.title).toBe('Hoe groot de Nederlandse compagnie is');
    expect(embed.description).toBe('Nederland stuurt een infanteriecompagnie van 145 militairen naar Irak.');
  });

  it('refuses a non-moderator without showing the form, and nothing changes', async () => {
    const factsBefore = await harness.core.store.listFacts({ includeRetired: true });
    const add = slashCommand(MEMBERS.reader, 'fact add', { id: 'isis-occupation', topic: 'isis', claim: 'reporting' });
    harness.send(add);

    const answer = await harness.answerTo(add);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(MESSAGES.notAModerator);
    expect((await harness.callbackOf(add)).type).not.toBe(9);
    expect(await harness.core.store.listFacts({ includeRetired: true })).toEqual(factsBefore);
  });

  it('refuses a form submitted by a non-moderator (a forged submission), and nothing changes', async () => {
    const add = slashCommand(MEMBERS.admin, 'fact add', { id: 'isis-occupation', topic: 'isis', claim: 'reporting' });
    harness.send(add);
    const { customId } = await modalShownFor(add);

    const forged = modalSubmit(MEMBERS.reader, customId, NEW_FACT_FORM);
    harness.send(forged);
    const answer = await harness.answerTo(forged);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(MESSAGES.notAModerator);
    expect(await harness.core.store.getFact('isis-occupation')).toBeUndefined();
  });

  it('trusts Manage Server only in a configured server: elsewhere /fact add is refused and nothing changes', async () => {
    const factsBefore = await harness.core.store.listFacts({ includeRetired: true });
    const elsewhere = inGuild(slashCommand(MEMBERS.admin, 'fact add', { id: 'isis-occupation', topic: 'isis', claim: 'reporting' }), FAKE_IDS.otherGuild);
    harness.send(elsewhere);
    const refusal = await harness.answerTo(elsewhere);
    expect(refusal.ephemeral).toBe(true);
    expect(refusal.content).toContain(MESSAGES.notAModerator);
    expect((await harness.callbackOf(elsewhere)).type).not.toBe(9);

    // A form opened in the configured server but submitted from the other one is refused as well.
    const add = slashCommand(MEMBERS.admin, 'fact add', { id: 'isis-occupation', topic: 'isis', claim: 'reporting' });
    harness.send(add);
    const { customId } = await modalShownFor(add);
    const submittedElsewhere = inGuild(modalSubmit(MEMBERS.admin, customId, NEW_FACT_FORM), FAKE_IDS.otherGuild);
    harness.send(submittedElsewhere);
    expect((await harness.answerTo(submittedElsewhere)).content).toContain(MESSAGES.notAModerator);
    expect(await harness.core.store.listFacts({ includeRetired: true })).toEqual(factsBefore);

    const submit = modalSubmit(MEMBERS.admin, customId, NEW_FACT_FORM);
    harness.send(submit);
    expect((await harness.answerTo(submit)).embeds[0].title).toBe(MODERATION_MESSAGES.addedTitle);
    expect((await harness.core.store.getFact('isis-occupation'))?.title).toBe(NEW_FACT_FORM.title);
  });

  it('trusts Manage Server in a server named by DISCORD_MODERATOR_GUILD_IDS', async () => {
    await harness.stop();
    harness = await startDiscordHarness({ env: { DISCORD_MODERATOR_GUILD_IDS: FAKE_IDS.otherGuild } });
    const add = inGuild(slashCommand(MEMBERS.admin, 'fact add', { id: 'isis-occupation', topic: 'isis', claim: 'reporting' }), FAKE_IDS.otherGuild);
    harness.send(add);
    const { customId } = await modalShownFor(add);

    const submit = inGuild(modalSubmit(MEMBERS.admin, customId, NEW_FACT_FORM), FAKE_IDS.otherGuild);
    harness.send(submit);
    expect((await harness.answerTo(submit)).embeds[0].title).toBe(MODERATION_MESSAGES.addedTitle);
    const [revision] = await harness.core.store.history('isis-occupation');
    expect(revision?.author.location).toBe(`discord guild ${FAKE_IDS.otherGuild} channel ${FAKE_IDS.channel}`);
  });

  it('treats a member with a configured moderator role as a moderator, and no other role', async () => {
    const add = slashCommand(MEMBERS.roleModerator, 'fact add', { id: 'isis-occupation', topic: 'isis', claim: 'reporting' });
    harness.send(add);
    expect((await harness.callbackOf(add)).type).toBe(9);

    const other = slashCommand(MEMBERS.otherRole, 'fact add', { id: 'isis-occupation', topic: 'isis', claim: 'reporting' });
    harness.send(other);
    expect((await harness.answerTo(other)).content).toContain(MESSAGES.notAModerator);
  });

  it('prefills the edit form with the current fact and saves the edit on top of that revision', async () => {
    const edit = slashCommand(MEMBERS.admin, 'fact edit', { id: 'officers-peshmerga' });
    harness.send(edit);
    const modal = await modalShownFor(edit);
    const current = (await harness.core.store.getFact('officers-peshmerga'))!;
    expect(modal.title).toBe('/fact edit officers-peshmerga');
    expect(modal.inputs.get('title')?.value).toBe('Dutch officers training the Peshmerga');
    expect(modal.inputs.get('answer')?.value).toBe(current.answer);
    expect(modal.inputs.get('questions')?.value).toBe(current.questions.join('\n'));
    expect(modal.inputs.get('keywords')?.value).toBe('officers, training, peshmerga, kurdistan');
    expect(modal.inputs.get('quotes')?.value).toBe(current.source.quotes.join('\n'));

    const fields = Object.fromEntries([...modal.inputs].map(([name, input]) => [name, input.value ?? '']));
    const changed = 'Five Dutch officers do roughly the same for the Peshmerga\nin the Kurdistan Region.';
    const submit = modalSubmit(MEMBERS.admin, modal.customId, { ...fields, answer: changed });
    harness.send(submit);
    const result = await harness.answerTo(submit);
    expect(result.embeds[0].title).toBe(MODERATION_MESSAGES.updatedTitle);

    const stored = await harness.core.store.getFact('officers-peshmerga');
    expect(stored?.revision).toBe(2);
    expect(stored?.answer).toBe(changed);
    expect(stored?.title).toBe('Dutch officers training the Peshmerga');
  });

  it('refuses an edit form based on a revision that someone else has changed since', async () => {
    const edit = slashCommand(MEMBERS.admin, 'fact edit', { id: 'officers-peshmerga' });
    harness.send(edit);
    const modal = await modalShownFor(edit);

    const alias = slashCommand(MEMBERS.roleModerator, 'fact alias', { action: 'add', id: 'officers-peshmerga', question: 'Who helps the Kurdish fighters?' });
    harness.send(alias);
    await harness.answerTo(alias);

    const fields = Object.fromEntries([...modal.inputs].map(([name, input]) => [name, input.value ?? '']));
    const submit = modalSubmit(MEMBERS.admin, modal.customId, { ...fields, answer: 'A stale edit.' });
    harness.send(submit);
    const result = await harness.answerTo(submit);
    expect(result.ephemeral).toBe(true);
    expect(result.content).toContain('has changed since revision 1');
    expect((await harness.core.store.getFact('officers-peshmerga'))?.answer).not.toBe('A stale edit.');
  });

  it('answers an edit of an unknown fact without opening a form', async () => {
    const edit = slashCommand(MEMBERS.admin, 'fact edit', { id: 'no-such-fact' });
    harness.send(edit);
    const answer = await harness.answerTo(edit);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(MODERATION_MESSAGES.unknownFact('no-such-fact', factEditCommand.usage));
    expect((await harness.callbackOf(edit)).type).not.toBe(9);
  });

  it('answers an edit privately, without a form, when the fact store cannot be read', async () => {
    await harness.stop();
    harness = await startDiscordHarness({ adaptCore: withUnreadableStore });
    const edit = slashCommand(MEMBERS.admin, 'fact edit', { id: 'officers-peshmerga' });
    harness.send(edit);
    const answer = await harness.answerTo(edit);
    expect(answer.ephemeral).toBe(true);
    expect(answer.content).toContain(MESSAGES.storeUnavailable);
    expect((await harness.callbackOf(edit)).type).not.toBe(9);
  });
});

/** The real core, except that reading a fact fails as if the database were down. */
function withUnreadableStore(core: BotCore): BotCore {
  const store = { ...core.store, getFact: () => Promise.reject(new StoreUnavailableError('database down')) } as FactStore;
  const context = { ...core.context, store };
  return { ...core, store, context, dispatcher: createDispatcher(context, moderatorRulesFrom(core.config)) };
}
