import { describe, expect, it } from 'vitest';
import { renderReply, SLACK_LIMITS } from '../../../src/adapters/slack/render-blocks';
import { SLACK_MESSAGES } from '../../../src/adapters/slack/slack-messages';
import { claimText, PROVENANCE_TEXT } from '../../../src/core/provenance-text';
import type { Reply } from '../../../src/core/request';

const answer: Reply = {
  kind: 'answer',
  title: 'Size of the Dutch force',
  body: 'An infantry company of 145 soldiers.',
  factId: 'company-size',
  source: { title: 'The Dutch send troops to Iraq to counter unpredictable militias', quote: 'From the 1st of January, an infantry company of 145 soldiers will be working in Iraq at the request of Iraq.' },
  asOf: '2023-07-28',
  updatedAt: '2024-02-01',
  note: 'The year of "the 1st of January" is inferred.',
  suggestions: [],
  visibility: 'public',
};

type AnyBlock = { type: string; text?: { text: string }; elements?: Array<{ text: unknown; action_id?: string; value?: string }> };
const blocks = (reply: Reply) => renderReply(reply).blocks as AnyBlock[];

describe('rendering a reply as Block Kit', () => {
  it('puts the answer in a section and the note, source and dates in a context block', () => {
    const [section, context] = blocks(answer);
    expect(section).toMatchObject({ type: 'section', text: { type: 'mrkdwn', text: '*Size of the Dutch force*\nAn infantry company of 145 soldiers.' } });
    expect(context?.type).toBe('context');
    const lines = context!.elements!.map((element) => (element.text as string));
    expect(lines[0]).toContain('The year of "the 1st of January" is inferred.');
    expect(lines[1]).toContain(`*${SLACK_MESSAGES.sourceLabel}:* _The Dutch send troops to Iraq to counter unpredictable militias_ “From the 1st of January`);
    expect(lines[2]).toBe(`${SLACK_MESSAGES.asOf('2023-07-28')} · ${SLACK_MESSAGES.updatedByModerator('2024-02-01')}`);
  });

  it('keeps a plain-text fallback for notifications, escaped like the blocks', () => {
    const { text } = renderReply({ ...answer, body: 'Tell <!channel> & <@U1>' });
    expect(text).toBe('Size of the Dutch force: Tell &lt;!channel&gt; &amp; &lt;@U1&gt;');
  });

  it('offers one button per suggestion of an ambiguous reply, each showing that fact', () => {
    const ambiguous: Reply = {
      kind: 'ambiguous',
      title: 'Did you mean…',
      body: 'Your question could match more than one fact.',
      suggestions: [
        { factId: 'company-size', title: 'Size of the Dutch force' },
        { factId: 'mission-purpose', title: 'Why the Dutch are sending troops' },
      ],
      visibility: 'public',
    };
    const actions = blocks(ambiguous).find((block) => block.type === 'actions');
    expect(actions?.elements).toEqual([
      { type: 'button', action_id: 'show_fact_0', value: 'company-size', text: { type: 'plain_text', text: 'Size of the Dutch force', emoji: false } },
      { type: 'button', action_id: 'show_fact_1', value: 'mission-purpose', text: { type: 'plain_text', text: 'Why the Dutch are sending troops', emoji: false } },
    ]);
    expect(renderReply(ambiguous).text).toContain(SLACK_MESSAGES.choicesFallback(['Size of the Dutch force', 'Why the Dutch are sending troops']));
  });

  it('shows buttons exactly when a reply has suggestions, whatever its kind, and no context without a source', () => {
    const info: Reply = { kind: 'info', title: 'What I can answer', body: '• **Deployment** (2 facts)', suggestions: [], visibility: 'public' };
    expect(blocks(info).map((block) => block.type)).toEqual(['section']);
    expect(blocks(info)[0]?.text?.text).toBe('*What I can answer*\n• *Deployment* (2 facts)');

    const nearMiss: Reply = { kind: 'no_match', title: "The article doesn't say", body: 'It does cover these related facts:', suggestions: [{ factId: 'x', title: 'X' }], visibility: 'public' };
    expect(blocks(nearMiss).map((block) => block.type)).toEqual(['section', 'actions']);
    expect(blocks(nearMiss)[1]?.elements).toEqual([{ type: 'button', action_id: 'show_fact_0', value: 'x', text: { type: 'plain_text', text: 'X', emoji: false } }]);
    const topicList: Reply = { ...info, suggestions: [{ factId: 'x', title: 'X' }] };
    expect(blocks(topicList).map((block) => block.type)).toEqual(['section', 'actions']);
  });

  it("respects Slack's limits: section text, context text and button labels", () => {
    const long: Reply = {
      ...answer,
      kind: 'ambiguous',
      body: '<'.repeat(2000),
      source: { title: 'T', quote: 'q'.repeat(5000) },
      suggestions: [{ factId: 'long-title', title: 'A title much longer than the seventy-five characters a Slack button can show at all' }],
    };
    const rendered = blocks(long);
    expect(rendered[0]!.text!.text.length).toBeLessThanOrEqual(SLACK_LIMITS.sectionText);
    for (const element of rendered[1]!.elements!) expect((element.text as string).length).toBeLessThanOrEqual(SLACK_LIMITS.contextText);
    const button = rendered[2]!.elements![0]!.text as { text: string };
    expect(button.text.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonText);
    expect(renderReply(long).text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
  });
});

describe('rendering where an answer comes from', () => {
  it('marks a quote from a source without text as not verified, shows the claim status and puts a caveat in the answer', () => {
    const [section, context] = blocks({ ...answer, note: undefined, updatedAt: undefined, source: { title: 'Letter', quote: 'As given.', unverified: true }, claim: 'author-view', caveat: 'Last checked <soon>.' });
    expect(section!.text!.text).toContain(`:warning: *${PROVENANCE_TEXT.caveatLabel}:* Last checked &lt;soon&gt;.`);
    const lines = context!.elements!.map((element) => element.text as string);
    expect(lines[0]).toBe(`*${SLACK_MESSAGES.sourceLabel}:* _Letter_ “As given.” (${PROVENANCE_TEXT.quoteNotVerified})`);
    expect(lines[1]).toBe(`*${PROVENANCE_TEXT.claimLabel}:* ${claimText('author-view')}`);
  });
});


describe('rendering a frozen reply (a question asked again, see commands/ask.ts)', () => {
  it('renders it once and gives the same rendering again', () => {
    const frozen = Object.freeze({ ...answer });
    expect(renderReply(frozen)).toBe(renderReply(frozen));
    expect(renderReply(frozen)).toEqual(renderReply({ ...answer }));
  });

  it('renders a reply that is not frozen anew every time', () => {
    expect(renderReply(answer)).not.toBe(renderReply(answer));
  });
});
