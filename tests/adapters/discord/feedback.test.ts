import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS } from '../../../src/adapters/discord/limits';
import { FEEDBACK_MESSAGES } from '../../../src/feedback/feedback-messages';
import { buttonClick, MEMBERS, slashCommand } from '../../fakes/discord/interactions';
import { startDiscordHarness, type DiscordHarness, type VisibleAnswer } from './discord-harness';

let harness: DiscordHarness;
beforeEach(async () => {
  harness = await startDiscordHarness();
});
afterEach(async () => harness.stop());

const buttonsOf = (answer: VisibleAnswer) => answer.components.flatMap((row: { components: any[] }) => row.components);
const buttonLabelled = (answer: VisibleAnswer, label: string) => buttonsOf(answer).find((button: { label: string }) => button.label === label);

async function run(interaction: ReturnType<typeof slashCommand>): Promise<VisibleAnswer> {
  harness.send(interaction);
  return harness.answerTo(interaction);
}

describe('feedback on Discord, with the real discord.js against the fake Discord', () => {
  it('an answer carries small Helpful / Not helpful buttons; a vote is answered privately and shows in /fact gaps', async () => {
    const answer = await run(slashCommand(MEMBERS.reader, 'ask', { question: 'How many Dutch soldiers are going to Iraq?' }));
    const helpful = buttonLabelled(answer, FEEDBACK_MESSAGES.helpfulLabel);
    const notHelpful = buttonLabelled(answer, FEEDBACK_MESSAGES.notHelpfulLabel);
    expect(helpful).toMatchObject({ style: 2 });
    expect(notHelpful.custom_id.length).toBeLessThanOrEqual(DISCORD_LIMITS.customId);
    expect(answer.allowedMentions).toEqual({ parse: [] });

    const vote = await run(buttonClick(MEMBERS.reader, notHelpful.custom_id));
    expect(vote.ephemeral).toBe(true);
    expect(vote.embeds[0].description).toBe(FEEDBACK_MESSAGES.voteRecorded(false));
    expect(buttonsOf(vote)).toEqual([]);
    expect((await run(buttonClick(MEMBERS.reader, notHelpful.custom_id))).embeds[0].description).toBe(FEEDBACK_MESSAGES.voteUnchanged);

    const gaps = await run(slashCommand(MEMBERS.admin, 'fact gaps'));
    expect(gaps.ephemeral).toBe(true);
    expect(gaps.embeds[0].description).toMatch(/1\. “How many Dutch soldiers are going to Iraq\?” → `company-size` — voted not helpful once/);
    expect(JSON.stringify(gaps)).not.toContain(MEMBERS.reader.id);
  });

  it('a picked "did you mean" becomes a suggestion; the Accept button makes it an alternate question that is answered next time', async () => {
    const question = 'How many Dutch officers?';
    const nearMiss = await run(slashCommand(MEMBERS.reader, 'ask', { question }));
    expect(nearMiss.embeds[0].title).not.toBe('Dutch officers training the Peshmerga');
    const peshmerga = buttonLabelled(nearMiss, 'Dutch officers training the Peshmerga');
    const shown = await run(buttonClick(MEMBERS.reader, peshmerga.custom_id));
    expect(shown.ephemeral).toBe(false);
    expect(shown.embeds[0].title).toBe('Dutch officers training the Peshmerga');
    expect(buttonLabelled(shown, FEEDBACK_MESSAGES.helpfulLabel)).toBeDefined();

    const gaps = await run(slashCommand(MEMBERS.admin, 'fact gaps'));
    const number = Number(/#(\d+) “How many Dutch officers\?” → `officers-peshmerga` — once/.exec(gaps.embeds[0].description)?.[1]);
    expect(number).toBeGreaterThan(0);
    const accept = buttonLabelled(gaps, FEEDBACK_MESSAGES.acceptLabel(number));
    expect(accept).toMatchObject({ style: 1 });

    const refused = await run(buttonClick(MEMBERS.reader, accept.custom_id));
    expect(refused.ephemeral).toBe(true);
    expect((await harness.core.store.getFact('officers-peshmerga'))!.questions).not.toContain(question);

    const accepted = await run(buttonClick(MEMBERS.admin, accept.custom_id));
    expect(accepted.ephemeral).toBe(true);
    expect((await harness.core.store.getFact('officers-peshmerga'))!.questions).toContain(question);
    const history = await harness.core.store.history('officers-peshmerga');
    expect(history.at(-1)).toMatchObject({ action: 'edit', author: { platform: 'discord', userId: MEMBERS.admin.id } });

    const again = await run(slashCommand(MEMBERS.reader, 'ask', { question }));
    expect(again.embeds[0].title).toBe('Dutch officers training the Peshmerga');
  });
});
