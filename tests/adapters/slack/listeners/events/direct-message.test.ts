import { describe, expect, it } from 'vitest';
import { directMessage } from '../../../../../src/adapters/slack/listeners/events/direct-message';
import { args, fakeClient, infoReply, listenerContext, TEAM, USER } from '../listener-fakes';

const DM = 'D1';
const message = (event: Record<string, unknown>, client = fakeClient()) =>
  args<Parameters<ReturnType<typeof directMessage>>[0]>({
    event: { type: 'message', channel_type: 'im', channel: DM, user: USER, ts: '300.1', text: 'topics', ...event },
    body: { team_id: TEAM },
    context: { botUserId: 'UBOT', teamId: TEAM },
    client,
  });

describe('a direct message to the bot', () => {
  it('is answered in the conversation, at the top level, private replies included', async () => {
    const { context, dispatcher } = listenerContext();
    dispatcher.handleText.mockResolvedValueOnce(infoReply('help text', 'private'));
    const client = fakeClient();
    await directMessage(context)(message({}, client));
    expect(dispatcher.handleText).toHaveBeenCalledWith(expect.objectContaining({ text: 'topics', location: `slack team ${TEAM} channel ${DM}` }));
    // The conversation is private already: a normal message, not an ephemeral one.
    expect(client.chat.postEphemeral).not.toHaveBeenCalled();
    const posted = client.chat.postMessage.mock.calls[0]![0];
    expect(posted.channel).toBe(DM);
    expect(posted).not.toHaveProperty('thread_ts');
  });

  it('answers in the thread a message was written in', async () => {
    const { context } = listenerContext();
    const client = fakeClient();
    await directMessage(context)(message({ thread_ts: '250.0' }, client));
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ thread_ts: '250.0' }));
  });

  it('ignores edits, joins, bot posts and messages outside direct conversations', async () => {
    const { context, dispatcher } = listenerContext();
    await directMessage(context)(message({ subtype: 'message_changed' }));
    await directMessage(context)(message({ channel_type: 'channel', ts: '301' }));
    await directMessage(context)(message({ bot_id: 'B1', ts: '302' }));
    await directMessage(context)(message({ user: undefined, ts: '303' }));
    expect(dispatcher.handleText).not.toHaveBeenCalled();
  });
});
