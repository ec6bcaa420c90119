import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { TIMELINE_MESSAGES } from '../../../src/timeline/messages';
import { TIMELINE_LAYOUT } from '../../../src/timeline/timeline-svg';
import { MEMBERS, slashCommand } from '../../fakes/discord/interactions';
import { pngSize } from '../../timeline/png';
import { startDiscordHarness, type DiscordHarness } from './discord-harness';

let harness: DiscordHarness;
beforeEach(async () => {
  harness = await startDiscordHarness();
});
afterEach(async () => harness.stop());

describe('/timeline on Discord', () => {
  it('answers with the PNG timeline as an attachment shown in the embed, and the list as text', async () => {
    const timeline = slashCommand(MEMBERS.reader, 'timeline');
    harness.send(timeline);
    const answer = await harness.answerTo(timeline);

    expect(answer.ephemeral).toBe(false);
    expect(answer.allowedMentions).toEqual({ parse: [] });
    const [embed] = answer.embeds;
    expect(embed.title).toBe(TIMELINE_MESSAGES.title);
    expect(embed.image).toEqual({ url: `attachment://${TIMELINE_MESSAGES.imageName}` });
    expect(embed.description).toContain(TIMELINE_MESSAGES.line('May 2023', 'Dutch soldiers who guarded Erbil airport came home', 'erbil-airport-return'));
    expect(embed.description).toContain('`company-size`');

    expect(answer.files).toHaveLength(1);
    const [file] = answer.files;
    expect(file!.name).toBe(TIMELINE_MESSAGES.imageName);
    expect(file!.contentType).toBe('image/png');
    const L = TIMELINE_LAYOUT;
    expect(pngSize(file!.data)).toEqual({ width: L.width, height: L.headerHeight + 2 * L.rowHeight + L.footerHeight });
  });
});
