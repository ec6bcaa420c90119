import { afterEach, describe, expect, it } from 'vitest';
import { TIMELINE_MESSAGES } from '../../src/timeline/messages';
import { TIMELINE_LAYOUT, timelineSvg } from '../../src/timeline/timeline-svg';
import { timelineEvents } from '../../src/timeline/timeline-events';
import { FIXTURE_FACTS, SLACK_MEMBER as MEMBER } from '../commands/moderation-fixtures';
import { startModerationBot, type ModerationBot } from '../commands/moderation-harness';
import { pngSize } from './png';
import { renderReplyAsText } from '../../src/adapters/console/render-text';

const DATED = FIXTURE_FACTS.map((fact) =>
  fact.id === 'company-size' ? { ...fact, date: '2024-01-01' } : fact.id === 'isis-occupation' ? { ...fact, date: '2014/2017' } : fact,
);

let bot: ModerationBot | undefined;
afterEach(async () => {
  await bot?.close();
  bot = undefined;
});

describe('the timeline command', () => {
  it('lists the dated facts oldest first, with their fact ids, and attaches a PNG with one row per event', async () => {
    bot = await startModerationBot({ facts: DATED });
    const reply = await bot.say('timeline', MEMBER);
    expect(reply.kind).toBe('info');
    expect(reply.visibility).toBe('public');
    expect(reply.body.split('\n')).toEqual([
      TIMELINE_MESSAGES.intro(2),
      TIMELINE_MESSAGES.line('2014–2017', 'How much of Iraq ISIS occupied', 'isis-occupation'),
      TIMELINE_MESSAGES.line('1 January 2024', 'Size of the Dutch infantry company', 'company-size'),
    ]);
    const [picture] = reply.attachments!;
    expect(picture).toMatchObject({ name: TIMELINE_MESSAGES.imageName, contentType: 'image/png' });
    const L = TIMELINE_LAYOUT;
    expect(pngSize(picture!.data)).toEqual({ width: L.width, height: L.headerHeight + 2 * L.rowHeight + L.footerHeight });
  });

  it('shows the console a plain text list, without markup or the picture', async () => {
    bot = await startModerationBot({ facts: DATED });
    const text = renderReplyAsText(await bot.say('timeline', MEMBER));
    expect(text).toContain('• 2014–2017: How much of Iraq ISIS occupied (`isis-occupation`)');
    expect(text).not.toContain('**');
    expect(text).not.toContain('PNG');
  });

  it("shows a moderator's edit in the next timeline: a new date, a changed title, a cleared date", async () => {
    bot = await startModerationBot({ facts: DATED });
    await bot.say('fact edit estonia-took-over --date 2023-05 --title "Estonia took over in Erbil" --base 1');
    await bot.say('fact edit company-size --date "" --base 1');
    const reply = await bot.say('timeline', MEMBER);
    expect(reply.body).toContain(TIMELINE_MESSAGES.line('May 2023', 'Estonia took over in Erbil', 'estonia-took-over'));
    expect(reply.body).not.toContain('company-size');
    expect(pngSize(reply.attachments![0]!.data).height).toBe(TIMELINE_LAYOUT.headerHeight + 2 * TIMELINE_LAYOUT.rowHeight + TIMELINE_LAYOUT.footerHeight);
  });

  it('refuses a malformed date with a message naming the format, and nothing changes', async () => {
    bot = await startModerationBot({ facts: DATED });
    const reply = await bot.say('fact edit company-size --date "January 2024" --base 1');
    expect(reply.kind).toBe('error');
    expect(reply.body).toContain('2014/2017');
    expect((await bot.store.getFact('company-size'))?.date).toBe('2024-01-01');
  });

  it('says politely that nothing is dated yet, without a picture', async () => {
    bot = await startModerationBot();
    const reply = await bot.say('timeline', MEMBER);
    expect(reply).toMatchObject({ title: TIMELINE_MESSAGES.emptyTitle, body: TIMELINE_MESSAGES.empty });
    expect(reply.attachments).toBeUndefined();
  });
});

describe('the timeline picture', () => {
  it('labels every event with its date, title and fact id, and escapes fact text as text', () => {
    const events = timelineEvents([
      { ...DATED[0]!, title: 'Tom & <Jerry> "quoted"', revision: 1, retired: false, updatedAt: '', updatedBy: '', updatedByModerator: false },
      { ...DATED[1]!, revision: 1, retired: false, updatedAt: '', updatedBy: '', updatedByModerator: false },
      { ...DATED[1]!, id: 'retired-one', retired: true, revision: 1, updatedAt: '', updatedBy: '', updatedByModerator: false },
    ]);
    const svg = timelineSvg(events, { title: 'T', subtitle: 'S', footer: 'F' });
    expect(svg).toContain('>2014–2017<');
    expect(svg).toContain('>1 January 2024<');
    expect(svg).toContain('>fact company-size<');
    expect(svg).toContain('Tom &amp; &lt;Jerry&gt; &quot;quoted&quot;');
    expect(svg).not.toContain('retired-one');
  });
});
