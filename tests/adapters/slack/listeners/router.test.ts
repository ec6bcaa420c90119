import { describe, expect, it, vi } from 'vitest';
import { routeRequests } from '../../../../src/adapters/slack/listeners/router';

/** One global middleware stands in for Bolt's per-listener matchers: each request reaches the one listener Bolt would have called. */
describe('the request router', () => {
  const listeners = {
    mention: vi.fn(async () => {}),
    message: vi.fn(async () => {}),
    command: vi.fn(async () => {}),
    showFact: vi.fn(async () => {}),
    replyAction: vi.fn(async () => {}),
    form: vi.fn(async () => {}),
    shortcut: vi.fn(async () => {}),
  };
  const route = routeRequests({
    events: { app_mention: listeners.mention, message: listeners.message },
    commands: { '/facts': listeners.command },
    actions: [
      { actionId: /^show_fact_\d+$/, listener: listeners.showFact },
      { actionId: /^reply_action_[a-z]?\d+$/, listener: listeners.replyAction },
    ],
    views: { fact_form: listeners.form },
    shortcuts: { edit_fact: listeners.shortcut },
  });
  const send = async (args: Record<string, unknown>) => {
    for (const listener of Object.values(listeners)) listener.mockClear();
    const request = { body: { type: 'event_callback' }, next: vi.fn(), ...args };
    await route(request as never);
    return Object.entries(listeners).flatMap(([name, listener]) => (listener.mock.calls.length > 0 ? [name] : []));
  };

  it('hands each kind of request to its listener, with the arguments Bolt gave', async () => {
    const mention = { body: { type: 'event_callback' }, event: { type: 'app_mention', text: 'hi' } };
    expect(await send(mention)).toEqual(['mention']);
    expect(listeners.mention).toHaveBeenCalledWith(expect.objectContaining(mention));
    expect(await send({ event: { type: 'message' } })).toEqual(['message']);
    expect(await send({ body: { type: 'slash_command' }, command: { command: '/facts' } })).toEqual(['command']);
    expect(await send({ body: { type: 'block_actions' }, action: { type: 'button', action_id: 'show_fact_2' } })).toEqual(['showFact']);
    expect(await send({ body: { type: 'block_actions' }, action: { type: 'button', action_id: 'reply_action_s0' } })).toEqual(['replyAction']);
    expect(await send({ body: { type: 'view_submission' }, view: { callback_id: 'fact_form' } })).toEqual(['form']);
    expect(await send({ body: { type: 'message_action' }, shortcut: { callback_id: 'edit_fact' } })).toEqual(['shortcut']);
  });

  it('leaves alone what no listener was registered for, as Bolt would', async () => {
    expect(await send({ event: { type: 'reaction_added' } })).toEqual([]);
    expect(await send({ event: { type: 'constructor' } })).toEqual([]);
    expect(await send({ body: { type: 'slash_command' }, command: { command: '/other' } })).toEqual([]);
    expect(await send({ body: { type: 'block_actions' }, action: { type: 'button', action_id: 'show_fact_x' } })).toEqual([]);
    expect(await send({ body: { type: 'block_actions' }, action: { type: 'button' } })).toEqual([]);
    // Only submissions: a closed form (view_closed) is not a submission.
    expect(await send({ body: { type: 'view_closed' }, view: { callback_id: 'fact_form' } })).toEqual([]);
    expect(await send({ body: { type: 'shortcut' }, shortcut: { callback_id: 'other' } })).toEqual([]);
    expect(await send({ body: { type: 'block_suggestion' }, options: { action_id: 'x' } })).toEqual([]);
  });
});
