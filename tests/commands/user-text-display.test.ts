import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderReply as renderDiscord } from '../../src/adapters/discord/render-reply';
import { renderReplyAsText } from '../../src/adapters/console/render-text';
import { renderReply as renderSlack } from '../../src/adapters/slack/render-blocks';
import { escapeUserText } from '../../src/core/user-text';
import { startModerationBot, type ModerationBot } from './moderation-harness';
import { OPERATOR, SLACK_MEMBER } from './moderation-fixtures';

/** A question written to look like something else in a moderator's `fact gaps`. */
const HOSTILE_QUESTION = 'why [click here](https://evil.example) # Official notice **urgent** ||spoiler|| <@123> \u202Eevil\u202C backwards';

describe('user text shown to moderators', () => {
  let bot: ModerationBot;
  beforeEach(async () => {
    bot = await startModerationBot();
  });
  afterEach(() => bot.close());

  it('reads as typed in fact gaps on Discord: no masked link, heading or bold, and no bidi override', async () => {
    await bot.say(HOSTILE_QUESTION, SLACK_MEMBER);
    const gaps = await bot.say('fact gaps', OPERATOR);
    const description = renderDiscord(gaps).message.embeds[0]!.description!;
    expect(description).toContain('\\[click here\\](https://evil.example)');
    expect(description).toContain('\\# Official notice \\*\\*urgent\\*\\* \\|\\|spoiler\\|\\| \\<@123\\>');
    expect(description).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(description).not.toContain('[click here](https://evil.example)');
  });

  it('shows the same text without backslashes on Slack (escaped there as mrkdwn) and in the console', async () => {
    await bot.say(HOSTILE_QUESTION, SLACK_MEMBER);
    const gaps = await bot.say('fact gaps', OPERATOR);
    const slack = renderSlack(gaps);
    const section = (slack.blocks[0] as { text: { text: string } }).text.text;
    expect(section).toContain('[click here](https://evil.example) # Official notice **urgent** ||spoiler|| &lt;@123&gt; evil backwards');
    expect(slack.text).toContain('&lt;@123&gt;');
    expect(slack.text).not.toContain('\\');
    expect(renderReplyAsText(gaps)).toContain('[click here](https://evil.example) # Official notice **urgent** ||spoiler|| <@123> evil backwards');
  });

  it('escapes every Discord markup character and strips embeddings, overrides and isolates', () => {
    expect(escapeUserText('a*b_c~d|e`f[g]h#i>j<k\\l')).toBe('a\\*b\\_c\\~d\\|e\\`f\\[g\\]h\\#i\\>j\\<k\\\\l');
    expect(escapeUserText('x\u202Ay\u202Bz\u202C\u202D\u202E\u2066\u2067\u2068\u2069!')).toBe('xyz!');
  });
});
