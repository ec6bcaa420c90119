import { describe, expect, it, vi } from 'vitest';
import { oncePerEvent } from '../../../../../src/adapters/slack/listeners/middleware/once-per-event';
import { listenerContext } from '../listener-fakes';

describe('each Slack event is handled once', () => {
  it('passes an event on once, however often Slack redelivers it, and tracks the work', async () => {
    const track = vi.fn((work: () => Promise<void>) => work());
    const { context, logs } = listenerContext({ track });
    const middleware = oncePerEvent(context);
    const next = vi.fn(async () => {});
    for (let delivery = 0; delivery < 3; delivery++) await middleware({ body: { event_id: 'Ev1' }, next } as never);
    expect(next).toHaveBeenCalledTimes(1);
    expect(track).toHaveBeenCalledTimes(1);
    expect(logs()).toContain('ignored a repeated Slack event');

    await middleware({ body: { event_id: 'Ev2' }, next } as never);
    expect(next).toHaveBeenCalledTimes(2);
  });

  it('passes on every request without an event id (commands, clicks, forms)', async () => {
    const { context } = listenerContext();
    const middleware = oncePerEvent(context);
    const next = vi.fn(async () => {});
    await middleware({ body: { type: 'block_actions' }, next } as never);
    await middleware({ body: { type: 'block_actions' }, next } as never);
    expect(next).toHaveBeenCalledTimes(2);
  });
});
