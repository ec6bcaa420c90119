import { describe, expect, it, vi } from 'vitest';
import { editFactShortcut } from '../../../../../src/adapters/slack/listeners/shortcuts/edit-fact';
import { SLACK_MESSAGES } from '../../../../../src/adapters/slack/slack-messages';
import { args, CHANNEL, fakeClient, listenerContext, TEAM, USER } from '../listener-fakes';

const shortcut = (blocks: unknown[], client = fakeClient()) =>
  args<Parameters<ReturnType<typeof editFactShortcut>>[0]>({
    body: { type: 'message_action', callback_id: 'edit_fact', trigger_id: 'trigger-9', user: { id: USER, name: 'una', team_id: TEAM }, team: { id: TEAM }, channel: { id: CHANNEL }, message: { blocks } },
    client,
  });

describe('"Edit this fact" on a message', () => {
  it("opens the edit form of the answer's fact, for the command whose form opens on answers", async () => {
    const { context, dispatcher } = listenerContext();
    const client = fakeClient();
    const call = shortcut([{ type: 'section', block_id: 'fact:company-size' }], client);
    await editFactShortcut(context)(call);
    expect(call.ack).toHaveBeenCalled();
    expect(dispatcher.formDefaults).toHaveBeenCalledWith(expect.objectContaining({ commandName: 'fact edit', options: { id: 'company-size' } }));
    expect(client.views.open).toHaveBeenCalledWith(expect.objectContaining({ trigger_id: 'trigger-9' }));
    expect(call.respond).not.toHaveBeenCalled();
  });

  it('explains, privately, that any other message has no fact to edit', async () => {
    const { context } = listenerContext();
    const client = fakeClient();
    const call = shortcut([{ type: 'section', block_id: 'intro' }], client);
    await editFactShortcut(context)(call);
    expect(client.views.open).not.toHaveBeenCalled();
    expect(JSON.stringify(vi.mocked(call.respond).mock.calls)).toContain(SLACK_MESSAGES.notAFactAnswerTitle);
  });
});
