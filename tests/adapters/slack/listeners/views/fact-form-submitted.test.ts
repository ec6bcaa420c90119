import { describe, expect, it } from 'vitest';
import { factFormSubmitted } from '../../../../../src/adapters/slack/listeners/views/fact-form-submitted';
import { somethingWentWrongReply } from '../../../../../src/core/dispatcher';
import { args, CHANNEL, fakeClient, infoReply, listenerContext, TEAM, USER } from '../listener-fakes';

const submission = (metadata: unknown, values: Record<string, unknown>, client = fakeClient()) =>
  args<Parameters<ReturnType<typeof factFormSubmitted>>[0]>({
    body: { type: 'view_submission', user: { id: USER, name: 'una', team_id: TEAM }, team: { id: TEAM } },
    view: { private_metadata: JSON.stringify(metadata), state: { values } },
    client,
  });

describe('a submitted fact form', () => {
  it('runs the form\'s command with the carried and typed options, answering privately in the channel it came from', async () => {
    const { context, dispatcher } = listenerContext();
    dispatcher.handleCommand.mockResolvedValueOnce(infoReply('saved', 'private'));
    const client = fakeClient();
    const metadata = { command: 'fact edit', carried: { id: 'company-size', base: '2' }, prefilled: ['title'], channel: CHANNEL };
    const call = submission(metadata, { answer: { answer: { value: 'New answer.' } }, title: { title: { value: '' } } }, client);
    await factFormSubmitted(context)(call);
    expect(call.ack).toHaveBeenCalled();
    expect(dispatcher.handleCommand).toHaveBeenCalledWith({
      actor: expect.objectContaining({ userId: USER }),
      location: `slack team ${TEAM} channel ${CHANNEL}`,
      commandName: 'fact edit',
      // An emptied prefilled input clears the field; an untouched empty one is left out.
      options: { id: 'company-size', base: '2', answer: 'New answer.', title: '' },
    });
    expect(client.chat.postEphemeral).toHaveBeenCalledWith(expect.objectContaining({ channel: CHANNEL, user: USER }));
  });

  it('answers in a direct message when the form was opened from no channel', async () => {
    const { context } = listenerContext();
    const client = fakeClient();
    await factFormSubmitted(context)(submission({ command: 'fact add', carried: {}, prefilled: [] }, {}, client));
    expect(client.chat.postMessage).toHaveBeenCalledWith(expect.objectContaining({ channel: USER }));
  });

  it('refuses a forged form naming a command that is not offered as a form, with an apology and nothing run', async () => {
    const { context, dispatcher, logs } = listenerContext();
    const client = fakeClient();
    await factFormSubmitted(context)(submission({ command: 'fact remove', carried: { id: 'company-size' }, prefilled: [] }, {}, client));
    expect(dispatcher.handleCommand).not.toHaveBeenCalled();
    expect(JSON.stringify(client.chat.postMessage.mock.calls[0]![0])).toContain(somethingWentWrongReply().title);
    expect(logs()).toContain('malformed metadata');
  });
});
