import { LogLevel } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createBoltLogger } from '../../../src/adapters/slack/bolt-logger';
import { createLogger } from '../../../src/logger';

function capture(level: string) {
  const lines: string[] = [];
  return { logger: createLogger(level, { write: (line: string) => void lines.push(line) }), text: () => lines.join('') };
}

describe("Bolt's logger", () => {
  it('scrubs the configured secrets and anything shaped like a Slack token from library log lines', () => {
    const { logger, text } = capture('debug');
    const bolt = createBoltLogger(logger, ['xoxb-configured-secret', 'signing-secret-value']);
    bolt.error('request failed', new Error('token xoxb-configured-secret was refused'), { secret: 'signing-secret-value' });
    bolt.warn('another token: xapp-1-A2-3-unconfigured');

    expect(text()).toContain('request failed');
    expect(text()).not.toContain('xoxb-configured-secret');
    expect(text()).not.toContain('signing-secret-value');
    expect(text()).not.toContain('xapp-1-A2-3-unconfigured');
  });

  it("follows the bot's log level, and the level Bolt sets", () => {
    const { logger, text } = capture('warn');
    const bolt = createBoltLogger(logger, []);
    expect(bolt.getLevel()).toBe(LogLevel.WARN);
    bolt.info('chatty detail');
    bolt.warn('worth knowing');
    bolt.setLevel(LogLevel.ERROR);
    bolt.warn('now filtered');

    expect(text()).not.toContain('chatty detail');
    expect(text()).toContain('worth knowing');
    expect(text()).not.toContain('now filtered');
  });
});
