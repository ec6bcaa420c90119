import { describe, expect, it } from 'vitest';
import { replyActionButton } from '../../../../../src/adapters/slack/listeners/actions/reply-action-button';
import { CHANNEL, click, fakeClient, listenerContext } from '../listener-fakes';

describe('a button carrying a reply action (votes, picks, accepting suggestions)', () => {
  it('hands the carried token to the dispatcher and answers in the thread', async () => {
    const { context, dispatcher } = listenerContext();
    const client = fakeClient();
    await replyActionButton(context)(click({ channel: CHANNEL, message: { ts: '700.1', thread_ts: '690.0' }, action: { action_id: 'reply_action_0', value: 'vote|verdict=helpful' } }, client));
    expect(dispatcher.handleAction).toHaveBeenCalledWith(expect.objectContaining({ token: 'vote|verdict=helpful' }));
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ thread_ts: '690.0' }));
  });

  it('ignores a click with no value', async () => {
    const { context, dispatcher } = listenerContext();
    await replyActionButton(context)(click({ channel: CHANNEL, action: { value: undefined } }));
    expect(dispatcher.handleAction).not.toHaveBeenCalled();
  });
});
