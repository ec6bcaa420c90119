import { describe, expect, it } from 'vitest';
import { commandTextFrom, slackLocation, slackTextToPlain, stripBotMention } from '../../../src/adapters/slack/event-to-request';

describe('Slack text to a command line', () => {
  it("removes the bot's mention wherever it is, with the colon people type after it", () => {
    expect(stripBotMention('<@UBOT>: how many soldiers?', 'UBOT')).toBe('how many soldiers?');
    expect(stripBotMention('hey <@UBOT|factbot> topics', 'UBOT')).toBe('hey topics');
  });

  it("keeps other people's mentions", () => {
    expect(stripBotMention('<@UBOT> ask <@U123>', 'UBOT')).toBe('ask <@U123>');
  });

  it('decodes the entities Slack sends, so text is stored as the user typed it', () => {
    expect(slackTextToPlain('A &amp; B &lt;b&gt;')).toBe('A & B <b>');
    expect(slackTextToPlain('&amp;lt;')).toBe('&lt;');
  });

  it('turns links back into the address the user typed', () => {
    expect(slackTextToPlain('see <https://example.org/a?b=1&amp;c=2|example.org/a>')).toBe('see https://example.org/a?b=1&c=2');
    expect(slackTextToPlain('mail <mailto:desk@example.org|desk@example.org>')).toBe('mail desk@example.org');
  });

  it('builds the command line of a mention', () => {
    expect(commandTextFrom('<@UBOT> fact edit troops --answer “New &amp; better”', 'UBOT')).toBe('fact edit troops --answer “New & better”');
    expect(commandTextFrom(undefined, 'UBOT')).toBe('');
  });

  it('records where a change was made', () => {
    expect(slackLocation('T1', 'C2')).toBe('slack team T1 channel C2');
  });
});
