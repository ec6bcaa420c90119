import { describe, expect, it } from 'vitest';
import { showFactButton } from '../../../../../src/adapters/slack/listeners/actions/show-fact-button';
import { SUGGESTION_COMMAND } from '../../../../../src/core/dispatcher';
import { CHANNEL, click, fakeClient, listenerContext, TEAM } from '../listener-fakes';

describe('a "did you mean" button', () => {
  it("runs the command layer's suggestion command for the fact, answering in the clicked message's thread", async () => {
    const { context, dispatcher } = listenerContext();
    const client = fakeClient();
    const call = click({ channel: CHANNEL, message: { ts: '500.1' } }, client);
    await showFactButton(context)(call);
    expect(call.ack).toHaveBeenCalled();
    expect(dispatcher.handleCommand).toHaveBeenCalledWith(expect.objectContaining({ commandName: SUGGESTION_COMMAND, options: { id: 'company-size' }, location: `slack team ${TEAM} channel ${CHANNEL}` }));
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ channel: CHANNEL, thread_ts: '500.1' }));
  });

  it('in a direct message answers below the buttons, unthreaded', async () => {
    const { context } = listenerContext();
    const client = fakeClient();
    await showFactButton(context)(click({ channel: 'D9', message: { ts: '600.1' } }, client));
    expect(client.chat.postMessage.mock.calls[0]![0]).not.toHaveProperty('thread_ts');
  });

  it('answers through response_url where the clicked message is unknown (an ephemeral reply)', async () => {
    const { context } = listenerContext();
    const client = fakeClient();
    const call = click({}, client);
    await showFactButton(context)(call);
    expect(call.respond).toHaveBeenCalled();
    expect(client.chat.postMessage).not.toHaveBeenCalled();
  });

  it('ignores anything but a button with a value', async () => {
    const { context, dispatcher } = listenerContext();
    await showFactButton(context)(click({ channel: CHANNEL, action: { value: undefined } }));
    await showFactButton(context)(click({ channel: CHANNEL, action: { type: 'static_select' } }));
    expect(dispatcher.handleCommand).not.toHaveBeenCalled();
  });
});
