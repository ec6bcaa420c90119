import { GatewayIntentBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ANSWER_MESSAGES } from '../../../commands/answer-messages';
import { ANSWER_MESSAGES_NL } from '../../../commands/answer-messages-nl';
import { DISCORD_LIMITS, ELLIPSIS } from '../../../src/adapters/discord/limits';
import { DISCORD_MESSAGES_NL } from '../../../src/adapters/discord/messages';
import { claimText, PROVENANCE_TEXT, PROVENANCE_TEXT_NL } from '../../../src/core/provenance-text';
import { TIME_MESSAGES } from '../../../src/facts/fact-time';
import { FAKE_TOKEN, startDiscordHarness, type DiscordHarness } from './discord-harness';
import { autocomplete, buttonClick, MEMBERS, slashCommand } from '../../fakes/discord/interactions';

let harness: DiscordHarness;
beforeEach(async () => {
  harness = await startDiscordHarness();
});
afterEach(async () => harness.stop());

describe('the Discord adapter answering questions', () => {
  it('connects with only the Guilds intent and the configured token', async () => {
    expect(harness.fake.identifies).toHaveLength(1);
    expect(harness.fake.identifies[0].intents).toBe(GatewayIntentBits.Guilds);
    const gatewayCall = harness.fake.requests.find((request) => request.path === '/api/v10/gateway/bot');
    expect(gatewayCall?.authorization).toBe(`Bot ${FAKE_TOKEN}`);
  });

  it('answers /ask with a public embed: title, answer, source line and "as of" footer', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'How many Dutch soldiers are going to Iraq?' });
    harness.send(ask);

    const answer = await harness.answerTo(ask);
    expect(answer.via).toBe('reply');
    expect(answer.ephemeral).toBe(false);
    const [embed] = answer.embeds;
    expect(embed.title).toBe('Size of the Dutch infantry company going to Iraq');
    expect(embed.description).toContain('145 soldiers');
    expect(embed.fields[0].name).toBe('Source');
    expect(embed.fields[0].value).toContain('From the 1st of January, an infantry company of 145 soldiers will be working in Iraq');
    expect(embed.footer.text).toBe('As of 2023-07-31');
    expect(embed.fields[1]).toEqual({ name: PROVENANCE_TEXT.claimLabel, value: claimText('reporting') });
    expect(answer.allowedMentions).toEqual({ parse: [] });
  });

  it('answers /ask in Dutch when asked in Dutch: Dutch title, answer and labels, the quote verbatim', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'hoeveel militairen stuurt nederland naar irak?' });
    harness.send(ask);

    const [embed] = (await harness.answerTo(ask)).embeds;
    expect(embed.title).toBe('Omvang van de Nederlandse infanteriecompagnie die naar Irak gaat');
    expect(embed.description).toContain('infanteriecompagnie van 145 militairen');
    expect(embed.fields[0]).toEqual({ name: DISCORD_MESSAGES_NL.sourceLabel, value: expect.stringContaining('From the 1st of January, an infantry company of 145 soldiers') });
    expect(embed.fields[1]).toEqual({ name: PROVENANCE_TEXT_NL.claimLabel, value: claimText('reporting', 'nl') });
    expect(embed.footer.text).toBe(DISCORD_MESSAGES_NL.asOf('2023-07-31'));
  });

  it('reads text that does not tell its language in the language of the user\'s Discord client', async () => {
    const titlesIn = (messages: typeof ANSWER_MESSAGES_NL, factTitle: string) => [factTitle, messages.noMatchTitle, messages.nearMissTitle, messages.ambiguousTitle];
    const inEnglish = slashCommand(MEMBERS.reader, 'ask', { question: '145 soldiers' });
    harness.send(inEnglish);
    expect(titlesIn(ANSWER_MESSAGES, 'Size of the Dutch infantry company going to Iraq')).toContain((await harness.answerTo(inEnglish)).embeds[0].title);

    const base = slashCommand(MEMBERS.reader, 'ask', { question: '145 soldiers' });
    const dutchClient = { ...base, payload: { ...base.payload, locale: 'nl' } };
    harness.send(dutchClient);
    expect(titlesIn(ANSWER_MESSAGES_NL, 'Omvang van de Nederlandse infanteriecompagnie die naar Irak gaat')).toContain((await harness.answerTo(dutchClient)).embeds[0].title);
  });

  it('answers a fact past its review date with its date in the text and a caveat field before the source', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'Who trains the Iraqi Special Forces?' });
    harness.send(ask);
    const [embed] = (await harness.answerTo(ask)).embeds;
    expect(embed.description).toBe(`${TIME_MESSAGES.asOfPrefix('July 2023')}Twelve Dutch officers are involved in the training of Iraqi Special Forces.`);
    expect(embed.fields.map((field: { name: string }) => field.name)).toEqual([`⚠️ ${PROVENANCE_TEXT.caveatLabel}`, 'Source', PROVENANCE_TEXT.claimLabel]);
    expect(embed.fields[0].value).toBe(TIME_MESSAGES.pastReview('July 2023'));
  });

  it('offers Dutch titles while a Dutch client types a Dutch question', async () => {
    const base = autocomplete(MEMBERS.reader, 'ask', { question: 'hoeveel militairen stuurt' }, 'question');
    const typing = { ...base, payload: { ...base.payload, locale: 'nl' } };
    harness.send(typing);
    const callback = await harness.callbackOf(typing);
    const names = callback.data.choices.map((choice: { name: string }) => choice.name);
    expect(names[0]).toBe('Omvang van de Nederlandse infanteriecompagnie die naar Irak gaat');
  });

  it('offers fuzzy matches of fact titles while the user types, at most 25', async () => {
    const typing = autocomplete(MEMBERS.reader, 'ask', { question: 'oficers trainin' }, 'question');
    harness.send(typing);

    const callback = await harness.callbackOf(typing);
    expect(callback.type).toBe(8);
    const names = callback.data.choices.map((choice: { name: string }) => choice.name);
    expect(names).toEqual(expect.arrayContaining(['Dutch officers training Iraqi Special Forces', 'Dutch officers training the Peshmerga']));
    expect(callback.data.choices.length).toBeLessThanOrEqual(DISCORD_LIMITS.autocompleteChoices);
  });

  it('shows "Did you mean" buttons for an ambiguous question, and a click answers with that fact', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'What is the curriculum?' });
    harness.send(ask);
    const ambiguous = await harness.answerTo(ask);
    expect(ambiguous.embeds[0].title).toBe(ANSWER_MESSAGES.ambiguousTitle);
    const buttons = ambiguous.components.flatMap((row: { components: any[] }) => row.components);
    const peshmerga = buttons.find((button: { label: string }) => button.label === 'Dutch officers training the Peshmerga');
    expect(peshmerga).toBeDefined();

    const click = buttonClick(MEMBERS.reader, peshmerga.custom_id);
    harness.send(click);
    const answer = await harness.answerTo(click);
    expect(answer.ephemeral).toBe(false);
    expect(answer.embeds[0].title).toBe('Dutch officers training the Peshmerga');
    expect(answer.embeds[0].description).toContain('Peshmerga');
  });

  it('answers a question it cannot match politely, naming the topics', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'What is the weather in Amsterdam?' });
    harness.send(ask);
    const answer = await harness.answerTo(ask);
    expect(answer.embeds[0].title).toBe(ANSWER_MESSAGES.noMatchTitle);
    expect(answer.embeds[0].description).toContain('Deployment');
    expect(answer.embeds[0].description).toContain('Erbil mission');
  });

  it('says plainly when the article does not say, offering the related facts as buttons', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'how old are the dutch officers training the peshmerga' });
    harness.send(ask);
    const answer = await harness.answerTo(ask);
    expect(answer.embeds[0].title).toBe(ANSWER_MESSAGES.nearMissTitle);
    expect(answer.embeds[0].description).toBe(ANSWER_MESSAGES.nearMiss);
    const buttons = answer.components.flatMap((row: { components: any[] }) => row.components);
    expect(buttons.map((button: { label: string }) => button.label)).toContain('Dutch officers training the Peshmerga');
  });

  it('shows a fact text containing @everyone without letting it ping anyone', async () => {
    const ask = slashCommand(MEMBERS.reader, 'ask', { question: 'Who protected Erbil airport?' });
    harness.send(ask);
    const answer = await harness.answerTo(ask);
    expect(answer.embeds[0].description).toContain('@everyone');
    expect(answer.allowedMentions).toEqual({ parse: [] });

    // An error echoes what the user typed as plain message content, where a mention would ping.
    const show = slashCommand(MEMBERS.reader, 'fact show', { id: '@everyone' });
    harness.send(show);
    const refusal = await harness.answerTo(show);
    expect(refusal.content).toContain('@everyone');
    expect(refusal.allowedMentions).toEqual({ parse: [] });
  });

  it('lists the topics and explains itself with /topics and /help', async () => {
    const topics = slashCommand(MEMBERS.reader, 'topics');
    harness.send(topics);
    expect((await harness.answerTo(topics)).embeds[0].title).toBe(ANSWER_MESSAGES.topicsTitle);

    const help = slashCommand(MEMBERS.reader, 'help');
    harness.send(help);
    expect((await harness.answerTo(help)).embeds[0].title).toBe(ANSWER_MESSAGES.helpTitle);
  });

  it('answers /onderwerpen (/topics) and /hulp (/help) in Dutch to a Dutch client', async () => {
    const dutchClient = (interaction: ReturnType<typeof slashCommand>) => ({ ...interaction, payload: { ...interaction.payload, locale: 'nl' } });
    const topics = dutchClient(slashCommand(MEMBERS.reader, 'topics'));
    harness.send(topics);
    const [topicsEmbed] = (await harness.answerTo(topics)).embeds;
    expect(topicsEmbed.title).toBe(ANSWER_MESSAGES_NL.topicsTitle);
    expect(topicsEmbed.description).toContain('"Hoeveel Nederlandse soldaten gaan naar Irak?"');

    const help = dutchClient(slashCommand(MEMBERS.reader, 'help'));
    harness.send(help);
    const [helpEmbed] = (await harness.answerTo(help)).embeds;
    expect(helpEmbed.title).toBe(ANSWER_MESSAGES_NL.helpTitle);
    expect(helpEmbed.description).toContain('Stel een vraag over de Nederlandse troepen in Irak');
  });
});

describe('the Discord adapter with over-long autocomplete results', () => {
  it('sends at most 25 choices, their names cut to 100 characters with an ellipsis', async () => {
    await harness.stop();
    harness = await startDiscordHarness({
      adaptCore: (core) => ({
        ...core,
        dispatcher: {
          ...core.dispatcher,
          autocomplete: async () => Array.from({ length: 30 }, (_, index) => ({ name: `${'n'.repeat(150)} ${index}`, value: `value-${index}` })),
        },
      }),
    });
    const typing = autocomplete(MEMBERS.reader, 'ask', { question: 'sol' }, 'question');
    harness.send(typing);
    const { choices } = (await harness.callbackOf(typing)).data;
    expect(choices).toHaveLength(DISCORD_LIMITS.autocompleteChoices);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
      expect(choice.name.endsWith(ELLIPSIS)).toBe(true);
    }
  });
});
