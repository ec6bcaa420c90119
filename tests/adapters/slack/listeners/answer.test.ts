import { describe, expect, it, vi } from 'vitest';
import { createAnswer } from '../../../../src/adapters/slack/listeners/answer';
import { somethingWentWrongReply } from '../../../../src/core/dispatcher';
import type { Reply } from '../../../../src/core/request';
import { createLogger } from '../../../../src/logger';
import { infoReply } from './listener-fakes';

function setUp() {
  const lines: string[] = [];
  const answer = createAnswer(createLogger('info', { write: (line: string) => void lines.push(line) }));
  const sent: Reply[] = [];
  const target = { send: vi.fn(async (reply: Reply) => void sent.push(reply)) };
  return { answer, target, sent, logs: () => lines.join('') };
}

describe('the Slack listeners\' safety net', () => {
  it('sends the reply the work gives', async () => {
    const { answer, target, sent } = setUp();
    await answer(target, 'test', async () => infoReply('hello'));
    expect(sent).toEqual([infoReply('hello')]);
  });

  it('sends nothing when the work answered in its own way (a form opened)', async () => {
    const { answer, target } = setUp();
    await answer(target, 'test', async () => undefined);
    expect(target.send).not.toHaveBeenCalled();
  });

  it('apologises when the work fails, and logs which handler failed', async () => {
    const { answer, target, sent, logs } = setUp();
    await answer(target, 'app_mention', async () => {
      throw new Error('users.info timed out');
    });
    expect(sent).toEqual([somethingWentWrongReply()]);
    expect(logs()).toContain('a Slack handler failed');
    expect(logs()).toContain('"handler":"app_mention"');
  });

  it('apologises when Slack refuses the reply, and never throws when the apology fails too', async () => {
    const { answer, target, logs } = setUp();
    target.send.mockRejectedValue(new Error('msg_too_long'));
    await expect(answer(target, 'slash_command', async () => infoReply('long'))).resolves.toBeUndefined();
    expect(target.send).toHaveBeenCalledTimes(2);
    expect(target.send.mock.calls[1]![0]).toEqual(somethingWentWrongReply());
    expect(logs()).toContain('could not send the apology either');
  });

  it('does not apologise twice for an apology Slack refused', async () => {
    const { answer, target } = setUp();
    target.send.mockRejectedValue(new Error('channel_not_found'));
    await answer(target, 'test', async () => {
      throw new Error('boom');
    });
    expect(target.send).toHaveBeenCalledTimes(1);
  });
});
