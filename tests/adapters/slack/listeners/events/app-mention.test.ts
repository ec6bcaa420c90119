import { describe, expect, it } from 'vitest';
import { appMention } from '../../../../../src/adapters/slack/listeners/events/app-mention';
import { directMessage } from '../../../../../src/adapters/slack/listeners/events/direct-message';
import { args, CHANNEL, fakeClient, listenerContext, TEAM, USER } from '../listener-fakes';

const mention = (event: Record<string, unknown>, client = fakeClient()) =>
  args<Parameters<ReturnType<typeof appMention>>[0]>({
    event: { type: 'app_mention', user: USER, channel: CHANNEL, ts: '100.1', text: '<@UBOT> how many soldiers?', ...event },
    body: { team_id: TEAM },
    context: { botUserId: 'UBOT', teamId: TEAM },
    client,
  });

describe('a mention of the bot', () => {
  it('asks the command layer with the mention removed, and answers in the thread of that message', async () => {
    const { context, dispatcher, actors } = listenerContext();
    const client = fakeClient();
    await appMention(context)(mention({}, client));
    expect(dispatcher.handleText).toHaveBeenCalledWith({ actor: expect.objectContaining({ userId: USER }), location: `slack team ${TEAM} channel ${CHANNEL}`, text: 'how many soldiers?' });
    expect(actors.actorFor).toHaveBeenCalledWith(client, TEAM, USER);
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ channel: CHANNEL, thread_ts: '100.1' }));
  });

  it('answers a mention inside a thread in that thread', async () => {
    const { context } = listenerContext();
    const client = fakeClient();
    await appMention(context)(mention({ thread_ts: '90.0' }, client));
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ thread_ts: '90.0' }));
  });

  it("ignores other bots' messages, so two bots never talk in a loop", async () => {
    const { context, dispatcher } = listenerContext();
    await appMention(context)(mention({ bot_id: 'B2' }));
    await appMention(context)(mention({ user: undefined }));
    expect(dispatcher.handleText).not.toHaveBeenCalled();
  });

  it('answers a message once when it arrives both as a mention and as a direct message', async () => {
    const { context, dispatcher } = listenerContext();
    const client = fakeClient();
    const inDm = { channel: 'D1', ts: '200.2' };
    await appMention(context)(mention(inDm, client));
    await directMessage(context)(
      args({ event: { type: 'message', channel_type: 'im', user: USER, text: 'hi', ...inDm }, body: { team_id: TEAM }, context: { teamId: TEAM }, client }),
    );
    expect(dispatcher.handleText).toHaveBeenCalledTimes(1);
  });
});
