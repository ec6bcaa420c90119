import { describe, expect, it } from 'vitest';
import { factsCommand } from '../../../../../src/adapters/slack/listeners/commands/facts-command';
import { args, CHANNEL, fakeClient, infoReply, listenerContext, TEAM, USER } from '../listener-fakes';

const slash = (text: string, client = fakeClient()) =>
  args<Parameters<ReturnType<typeof factsCommand>>[0]>({
    command: { command: '/facts', text, user_id: USER, user_name: 'una', team_id: TEAM, channel_id: CHANNEL, trigger_id: 'trigger-1' },
    client,
  });

describe('/facts', () => {
  it('acknowledges, runs the command line, and answers through response_url', async () => {
    const { context, dispatcher } = listenerContext();
    const call = slash('fact show company-size &amp; more');
    await factsCommand(context)(call);
    expect(call.ack).toHaveBeenCalled();
    expect(dispatcher.handleText).toHaveBeenCalledWith(expect.objectContaining({ text: 'fact show company-size & more', location: `slack team ${TEAM} channel ${CHANNEL}` }));
    expect(call.respond).toHaveBeenCalledWith(expect.objectContaining({ response_type: 'in_channel', replace_original: false }));
  });

  it('opens the form of a command offered as one, prefilled by the command layer', async () => {
    const { context, dispatcher } = listenerContext();
    dispatcher.formDefaults.mockResolvedValueOnce({ ok: true, options: { title: 'Size', base: '4' } });
    const client = fakeClient();
    const call = slash('edit company-size', client);
    await factsCommand(context)(call);
    expect(dispatcher.formDefaults).toHaveBeenCalledWith(expect.objectContaining({ commandName: 'fact edit', options: { id: 'company-size' } }));
    expect(client.views.open).toHaveBeenCalledWith({ trigger_id: 'trigger-1', view: expect.objectContaining({ callback_id: 'fact_form' }) });
    const view = client.views.open.mock.calls[0]![0] as { view: { private_metadata: string } };
    expect(JSON.parse(view.view.private_metadata)).toEqual({ command: 'fact edit', carried: { id: 'company-size', base: '4' }, prefilled: ['title'], channel: CHANNEL });
    expect(call.respond).not.toHaveBeenCalled();
    expect(dispatcher.handleText).not.toHaveBeenCalled();
  });

  it('answers with the refusal instead of a form the user may not submit', async () => {
    const { context, dispatcher } = listenerContext();
    dispatcher.mayRun.mockReturnValue(false);
    dispatcher.handleCommand.mockResolvedValueOnce({ ...infoReply('moderators only', 'private'), kind: 'refused' });
    const client = fakeClient();
    const call = slash('add', client);
    await factsCommand(context)(call);
    expect(client.views.open).not.toHaveBeenCalled();
    expect(dispatcher.handleCommand).toHaveBeenCalledWith(expect.objectContaining({ commandName: 'fact add', options: {} }));
    expect(call.respond).toHaveBeenCalledWith(expect.objectContaining({ response_type: 'ephemeral' }));
  });
});
