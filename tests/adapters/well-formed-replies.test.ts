import { describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../src/adapters/discord/render-reply';
import { renderReply as renderSlack } from '../../src/adapters/slack/render-blocks';
import type { Reply, ReplyKind } from '../../src/core/request';
import { ELLIPSIS } from '../../src/core/truncate';
import { AWKWARD_GRAPHEMES } from '../helpers/awkward-text';

const KINDS: readonly ReplyKind[] = ['answer', 'ambiguous', 'no_match', 'info', 'success', 'refused', 'error'];
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WHOLE = new Set([...AWKWARD_GRAPHEMES, 'x', ' ']);

/** Long enough to pass every limit; shifted by `offset` so that over the offsets an emoji straddles every cut. */
function emojiText(offset: number, length: number): string {
  const unit = AWKWARD_GRAPHEMES.join(' ');
  return `${'x'.repeat(offset)}${unit.repeat(Math.ceil(length / unit.length))}`;
}

function replyOf(kind: ReplyKind, offset: number): Reply {
  const text = emojiText(offset, 7000);
  return {
    kind,
    title: text,
    body: text,
    factId: 'company-size',
    source: { title: text, quote: text },
    asOf: '2023-07-01',
    note: text,
    suggestions: Array.from({ length: 6 }, (_, index) => ({ factId: `fact-${index}`, title: emojiText(offset + index, 200) })),
    visibility: 'public',
  };
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

/** No lone surrogate anywhere, and every cut text ends on a whole grapheme of what it was cut from. */
function expectWellFormedPayload(payload: unknown, where: string): void {
  for (const text of stringsIn(JSON.parse(JSON.stringify(payload)))) {
    expect(/\p{Surrogate}/u.test(text), `lone surrogate in ${where}`).toBe(false);
    if (!text.endsWith(ELLIPSIS)) continue;
    const kept = text.slice(0, -ELLIPSIS.length);
    const last = [...segmenter.segment(kept)].at(-1)?.segment ?? 'x';
    expect(WHOLE.has(last) || /^[\p{L}\p{N}\p{P}\s]$/u.test(last), `${where}: cut inside a grapheme, ends with ${JSON.stringify(last)}`).toBe(true);
  }
}

describe('every reply kind, through both renderers, is well-formed Unicode wherever it is cut', () => {
  it.each(KINDS)('%s', (kind) => {
    for (let offset = 0; offset <= 12; offset++) {
      const reply = replyOf(kind, offset);
      const discord = renderDiscord(reply);
      expectWellFormedPayload({ ...discord.message, embeds: discord.message.embeds, components: discord.message.components }, `Discord ${kind} at offset ${offset}`);
      expectWellFormedPayload(renderSlack(reply), `Slack ${kind} at offset ${offset}`);
    }
  });

  it('a lone surrogate in a fact or question reaches neither platform', () => {
    const reply: Reply = { ...replyOf('answer', 0), title: 'a\uD83D', body: `\uDE00${'b'.repeat(5000)}\uD83D` };
    const discord = renderDiscord(reply);
    expectWellFormedPayload({ embeds: discord.message.embeds }, 'Discord');
    expectWellFormedPayload(renderSlack(reply), 'Slack');
  });
});
