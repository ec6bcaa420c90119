import { describe, expect, it } from 'vitest';
import { appHomeOpened } from '../../../../../src/adapters/slack/listeners/events/app-home-opened';
import { args, fakeClient, listenerContext, TEAM, USER } from '../listener-fakes';

const opened = (tab: string, client = fakeClient()) =>
  args<Parameters<ReturnType<typeof appHomeOpened>>[0]>({ event: { type: 'app_home_opened', user: USER, tab }, body: { team_id: TEAM }, context: { teamId: TEAM }, client });

describe('opening the App Home', () => {
  it("publishes the user's Home tab built from the command layer's replies", async () => {
    const { context, dispatcher } = listenerContext();
    dispatcher.mayRun.mockReturnValue(false);
    const client = fakeClient();
    await appHomeOpened(context)(opened('home', client));
    expect(dispatcher.handleCommand.mock.calls.map(([input]) => input.commandName)).toEqual(['topics']);
    expect(dispatcher.handleCommand).toHaveBeenCalledWith(expect.objectContaining({ location: `slack team ${TEAM} channel app home` }));
    expect(client.views.publish).toHaveBeenCalledWith({ user_id: USER, view: expect.objectContaining({ type: 'home' }) });
  });

  it('shows a moderator the commands whose definitions put them in the review part first, then the rest', async () => {
    const { context, dispatcher } = listenerContext();
    const client = fakeClient();
    await appHomeOpened(context)(opened('home', client));
    const shown = dispatcher.handleCommand.mock.calls.map(([input]) => input.commandName);
    expect(shown).toEqual([
      ...context.registry.commands.filter((command) => command.home === 'review').map((command) => command.name),
      ...context.registry.commands.filter((command) => command.home === 'everyone').map((command) => command.name),
    ]);
    expect(shown).toEqual(['fact gaps', 'fact stale', 'topics']);
  });

  it('ignores the Messages tab', async () => {
    const { context } = listenerContext();
    const client = fakeClient();
    await appHomeOpened(context)(opened('messages', client));
    expect(client.views.publish).not.toHaveBeenCalled();
  });

  it('logs a failure to publish instead of throwing', async () => {
    const { context, logs } = listenerContext();
    const client = fakeClient();
    client.views.publish.mockRejectedValue(new Error('not_enabled'));
    await expect(appHomeOpened(context)(opened('home', client))).resolves.toBeUndefined();
    expect(logs()).toContain('could not publish the Slack App Home');
  });
});
