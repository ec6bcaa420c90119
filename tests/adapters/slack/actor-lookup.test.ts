import type { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { ACTOR_CACHE_MS, createActorLookup, type HomeWorkspace } from '../../../src/adapters/slack/actor-lookup';
import { createLogger } from '../../../src/logger';

function fakeClient(answer: () => Promise<unknown>) {
  const asked: string[] = [];
  const client = {
    users: {
      info: async ({ user }: { user: string }) => {
        asked.push(user);
        return answer();
      },
    },
  } as unknown as webApi.WebClient;
  return { client, asked };
}

const HOME: HomeWorkspace = { teamId: 'T1', enterpriseId: undefined };

describe('who is asking on Slack', () => {
  it('reports the display name and whether the user is a workspace admin or owner', async () => {
    const { client } = fakeClient(async () => ({ ok: true, user: { name: 'ada', team_id: 'T1', is_admin: false, is_owner: true, profile: { display_name: 'Ada', real_name: 'Ada L.' } } }));
    const actor = await createActorLookup(createLogger('silent'), HOME).actorFor(client, 'T1', 'U1');
    expect(actor).toEqual({ platform: 'slack', userId: 'U1', displayName: 'Ada', isWorkspaceAdmin: true });
  });

  it('asks Slack once per user within a few minutes, then again', async () => {
    let now = 0;
    const { client, asked } = fakeClient(async () => ({ ok: true, user: { name: 'max', is_admin: false } }));
    const lookup = createActorLookup(createLogger('silent'), HOME, () => now);
    await lookup.actorFor(client, 'T1', 'U1');
    await lookup.actorFor(client, 'T1', 'U1');
    expect(asked).toEqual(['U1']);
    now += ACTOR_CACHE_MS + 1;
    await lookup.actorFor(client, 'T1', 'U1');
    expect(asked).toEqual(['U1', 'U1']);
  });

  it('treats a user it cannot look up as a member without admin rights', async () => {
    const { client } = fakeClient(async () => {
      throw new Error('missing_scope');
    });
    const actor = await createActorLookup(createLogger('silent'), HOME).actorFor(client, 'T1', 'U9', 'nine');
    expect(actor).toEqual({ platform: 'slack', userId: 'U9', displayName: 'nine', isWorkspaceAdmin: false });
  });

  it('asks Slack again within seconds after a failed lookup, so an admin is not refused for minutes', async () => {
    let now = 0;
    let slackIsDown = true;
    const { client, asked } = fakeClient(async () => {
      if (slackIsDown) throw new Error('ratelimited');
      return { ok: true, user: { name: 'ada', team_id: 'T1', is_admin: true } };
    });
    const lookup = createActorLookup(createLogger('silent'), HOME, () => now);
    expect((await lookup.actorFor(client, 'T1', 'U1')).isWorkspaceAdmin).toBe(false);

    slackIsDown = false;
    now += 10_000;
    expect((await lookup.actorFor(client, 'T1', 'U1')).isWorkspaceAdmin).toBe(true);
    expect(asked).toEqual(['U1', 'U1']);
  });

  it('does not count an admin or owner of another workspace (Slack Connect) as an admin here', async () => {
    const { client } = fakeClient(async () => ({ ok: true, user: { name: 'eve', team_id: 'T-OTHER', is_admin: true, is_owner: true } }));
    const actor = await createActorLookup(createLogger('silent'), HOME).actorFor(client, 'T1', 'U-EVE');
    expect(actor.isWorkspaceAdmin).toBe(false);
  });

  it('counts an admin of another workspace of the same Enterprise Grid organisation', async () => {
    const { client } = fakeClient(async () => ({ ok: true, user: { name: 'gus', team_id: 'T2', enterprise_user: { enterprise_id: 'E1' }, is_admin: true } }));
    const grid = createActorLookup(createLogger('silent'), { teamId: 'T1', enterpriseId: 'E1' });
    expect((await grid.actorFor(client, 'T1', 'U-GUS')).isWorkspaceAdmin).toBe(true);
    const otherGrid = createActorLookup(createLogger('silent'), { teamId: 'T1', enterpriseId: 'E9' });
    expect((await otherGrid.actorFor(client, 'T1', 'U-GUS')).isWorkspaceAdmin).toBe(false);
  });
});
