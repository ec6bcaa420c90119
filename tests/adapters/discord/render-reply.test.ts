import { describe, expect, it } from 'vitest';
import { DISCORD_LIMITS, ELLIPSIS, trimToLimit } from '../../../src/adapters/discord/limits';
import { renderReply } from '../../../src/adapters/discord/render-reply';
import { claimText, PROVENANCE_TEXT } from '../../../src/core/provenance-text';
import type { Reply } from '../../../src/core/request';

function reply(overrides: Partial<Reply>): Reply {
  return { kind: 'answer', title: 'A title', body: 'A body', suggestions: [], visibility: 'public', ...overrides };
}

function embedLength(embed: any): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.fields ?? []).reduce((sum: number, field: any) => sum + field.name.length + field.value.length, 0)
  );
}

describe('rendering replies within Discord limits', () => {
  it('cuts an over-long text with a visible ellipsis', () => {
    const cut = trimToLimit('x'.repeat(150), 100);
    expect(cut).toHaveLength(100);
    expect(cut.endsWith(ELLIPSIS)).toBe(true);
    expect(trimToLimit('short', 100)).toBe('short');
  });

  it('never splits an emoji in half when cutting', () => {
    const cut = trimToLimit(`${'x'.repeat(98)}😀😀`, 100);
    expect(cut.length).toBeLessThanOrEqual(100);
    expect(cut).toBe(`${'x'.repeat(98)}${ELLIPSIS}`);
  });

  it('keeps an embed within its description, field and total limits', () => {
    const rendered = renderReply(
      reply({
        body: 'b'.repeat(5000),
        source: { title: 'Source title', quote: 'q'.repeat(3000) },
        note: 'n'.repeat(2000),
        asOf: '2023-07-31',
      }),
    );
    const embed = rendered.message.embeds[0]!;
    expect(embed.description!.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedDescription);
    expect(embed.description!.endsWith(ELLIPSIS)).toBe(true);
    for (const field of embed.fields!) expect(field.value.length).toBeLessThanOrEqual(DISCORD_LIMITS.embedFieldValue);
    expect(embedLength(embed)).toBeLessThanOrEqual(DISCORD_LIMITS.embedTotal);
  });

  it('shows errors as private text within the 2,000-character content limit', () => {
    const rendered = renderReply(reply({ kind: 'error', title: 'Not quite', body: 'e'.repeat(3000), visibility: 'private' }));
    expect(rendered.ephemeral).toBe(true);
    expect(rendered.message.content!.length).toBeLessThanOrEqual(DISCORD_LIMITS.content);
    expect(rendered.message.content!.endsWith(ELLIPSIS)).toBe(true);
  });

  it('turns at most 25 suggestions into buttons, five to a row, with labels cut to 80 characters', () => {
    const suggestions = Array.from({ length: 30 }, (_, index) => ({ factId: `fact-${index}`, title: `${'t'.repeat(90)} ${index}` }));
    const rendered = renderReply(reply({ kind: 'ambiguous', suggestions }));
    const rows = rendered.message.components;
    expect(rows).toHaveLength(5);
    const buttons = rows.flatMap((row) => row.components) as any[];
    expect(buttons).toHaveLength(25);
    expect(buttons[0].custom_id).toBe('show:fact-0');
    for (const button of buttons) expect(button.label.length).toBeLessThanOrEqual(DISCORD_LIMITS.buttonLabel);
  });

  it('allows no mentions on any message', () => {
    for (const kind of ['answer', 'ambiguous', 'no_match', 'info', 'success', 'refused', 'error'] as const) {
      expect(renderReply(reply({ kind, body: '@everyone <@123> <@&456>' })).message.allowedMentions).toEqual({ parse: [] });
    }
  });
});

describe('rendering where an answer comes from', () => {
  it('marks a quote from a source without text as not verified, and shows the claim status', () => {
    const [embed] = renderReply(reply({ source: { title: 'Letter', quote: 'As given.', unverified: true }, claim: 'official-statement' })).message.embeds;
    const fields = embed!.fields!;
    expect(fields[0]).toEqual({ name: 'Source', value: `Letter — “As given.” (${PROVENANCE_TEXT.quoteNotVerified})` });
    expect(fields[1]).toEqual({ name: PROVENANCE_TEXT.claimLabel, value: claimText('official-statement') });
  });
});


describe('rendering a frozen reply (a question asked again, see commands/ask.ts)', () => {
  const answer = reply({ factId: 'company-size', source: { title: 'Letter', quote: 'As given.' }, asOf: '2023-07-28' });

  it('renders it once and gives the same rendering again', () => {
    const frozen = Object.freeze({ ...answer });
    expect(renderReply(frozen)).toBe(renderReply(frozen));
    expect(renderReply(frozen)).toEqual(renderReply({ ...answer }));
  });

  it('renders a reply that is not frozen anew every time', () => {
    expect(renderReply(answer)).not.toBe(renderReply(answer));
  });
});
