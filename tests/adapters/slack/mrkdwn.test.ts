import { describe, expect, it } from 'vitest';
import { escapeMrkdwn, toMrkdwn, truncate } from '../../../src/adapters/slack/mrkdwn';

describe('Slack mrkdwn', () => {
  it('escapes &, < and > so mentions and channel pings stay plain text', () => {
    expect(escapeMrkdwn('<!channel> <!here> <@U123> A & B')).toBe('&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; A &amp; B');
  });

  it('escapes an ampersand first, so existing entities are shown as typed', () => {
    expect(escapeMrkdwn('&lt;')).toBe('&amp;lt;');
  });

  it("turns the reply model's **bold** into Slack's *bold*", () => {
    expect(toMrkdwn('Saved **company-size** as revision 2')).toBe('Saved *company-size* as revision 2');
  });

  it('leaves text within the limit as it is', () => {
    expect(truncate('short', 3000)).toBe('short');
  });

  it('cuts long text to the limit, ending in an ellipsis', () => {
    const cut = truncate('x'.repeat(3500), 3000);
    expect(cut).toHaveLength(3000);
    expect(cut.endsWith('…')).toBe(true);
  });

  it('never leaves half an escape at the cut', () => {
    const text = `${'x'.repeat(7)}&amp;${'y'.repeat(10)}`;
    expect(truncate(text, 10)).toBe('xxxxxxx…');
  });

  it('never splits an emoji at the cut', () => {
    expect(truncate(`abc😀def`, 5)).toBe('abc…');
  });
});
