import { LRUCache } from 'lru-cache';
import type { webApi } from '@slack/bolt';
import type { Logger } from 'pino';
import type { Actor } from '../../core/request';
import { languageOfLocale } from '../../language/detect-language';

/** Long enough to spare users.info on a busy channel, short enough that a new admin counts soon. */
export const ACTOR_CACHE_MS = 5 * 60_000;
/** A failed lookup is kept only long enough to spare Slack a burst; an admin is not refused for minutes over one hiccup. */
const FAILED_LOOKUP_CACHE_MS = 5_000;
const ACTOR_CACHE_MAX = 2_000;

/** The workspace (and Enterprise Grid organisation) the bot is installed in, from auth.test. */
export interface HomeWorkspace {
  teamId: string | undefined;
  enterpriseId: string | undefined;
}

interface SlackUser {
  team_id?: string;
  enterprise_user?: { enterprise_id?: string };
}

/**
 * In a Slack Connect channel users of other organisations ask too, and users.info reports
 * their admin rights in their own workspace: those must not make them moderators here.
 */
function belongsToHome(user: SlackUser | undefined, home: HomeWorkspace): boolean {
  if (!user) return false;
  if (home.teamId !== undefined && user.team_id === home.teamId) return true;
  return home.enterpriseId !== undefined && user.enterprise_user?.enterprise_id === home.enterpriseId;
}

export interface ActorLookup {
  actorFor(client: webApi.WebClient, teamId: string | undefined, userId: string, fallbackName?: string): Promise<Actor>;
}

/**
 * Who is asking, from users.info: display name and whether they are a workspace admin or owner.
 * The adapter only reports these facts; the command layer's moderator policy decides.
 * When users.info fails the user is treated as a plain member, which can only refuse too much.
 * Admins and owners count only when they belong to the bot's own workspace or organisation.
 */
export function createActorLookup(logger: Logger, home: HomeWorkspace, now: () => number = Date.now): ActorLookup {
  // Expiry is the entry's own (a failed look-up is kept for less time); recency changes only when a user is looked up again.
  const cache = new LRUCache<string, { expiresAt: number; actor: Promise<Actor> }>({ max: ACTOR_CACHE_MAX });

  async function fetchActor(client: webApi.WebClient, userId: string, fallbackName: string | undefined): Promise<{ actor: Actor; lookedUp: boolean }> {
    try {
      // The locale is the user's Slack language: a hint when a message's text does not tell (see detectLanguage).
      const { user } = await client.users.info({ user: userId, include_locale: true });
      const clientLanguage = languageOfLocale(user?.locale);
      const actor: Actor = {
        platform: 'slack',
        userId,
        displayName: user?.profile?.display_name || user?.profile?.real_name || user?.real_name || user?.name || fallbackName || userId,
        isWorkspaceAdmin: (user?.is_admin === true || user?.is_owner === true) && belongsToHome(user, home),
        ...(clientLanguage ? { clientLanguage } : {}),
      };
      return { actor, lookedUp: true };
    } catch (error) {
      logger.warn({ err: error, userId }, 'could not look up a Slack user; treating them as a member without admin rights');
      return { actor: { platform: 'slack', userId, displayName: fallbackName || userId, isWorkspaceAdmin: false }, lookedUp: false };
    }
  }

  return {
    actorFor(client, teamId, userId, fallbackName) {
      const key = `${teamId ?? ''}:${userId}`;
      const cached = cache.peek(key);
      if (cached && cached.expiresAt > now()) return cached.actor;
      const lookup = fetchActor(client, userId, fallbackName);
      const entry = { expiresAt: now() + ACTOR_CACHE_MS, actor: lookup.then(({ actor }) => actor) };
      void lookup.then(({ lookedUp }) => {
        if (!lookedUp) entry.expiresAt = Math.min(entry.expiresAt, now() + FAILED_LOOKUP_CACHE_MS);
      });
      cache.set(key, entry);
      return entry.actor;
    },
  };
}
