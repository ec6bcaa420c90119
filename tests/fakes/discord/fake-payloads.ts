/** Discord API objects the fake sends (API v10 shapes, only the fields discord.js reads). */

export const FAKE_IDS = Object.freeze({
  application: '100000000000000001',
  botUser: '100000000000000002',
  guild: '200000000000000001',
  channel: '200000000000000002',
  /** A server the bot was invited to that the operator did not configure; the fake sends no data about it. */
  otherGuild: '200000000000000003',
});

/** The guild's roles besides @everyone; tests give members these. */
export const FAKE_ROLE_IDS = Object.freeze(['500000000000000001', '500000000000000002']);

/** A message as Discord returns it; `body` is what the bot sent. */
export function fakeMessage(id: string, body: any) {
  return {
    id,
    channel_id: FAKE_IDS.channel,
    author: { id: FAKE_IDS.botUser, username: 'factbot', discriminator: '0', avatar: null, bot: true },
    content: body?.content ?? '',
    embeds: body?.embeds ?? [],
    components: body?.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: body?.flags ?? 0,
    type: 0,
  };
}

/** GUILD_CREATE data for the fake's one guild, with one text channel and its roles. */
export function fakeGuild() {
  return {
    id: FAKE_IDS.guild,
    name: 'Fact checkers',
    icon: null,
    owner_id: '300000000000000099',
    unavailable: false,
    large: false,
    member_count: 3,
    joined_at: new Date().toISOString(),
    features: [],
    emojis: [],
    stickers: [],
    members: [],
    presences: [],
    voice_states: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    roles: [
      { id: FAKE_IDS.guild, name: '@everyone', permissions: '0', position: 0, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 },
      ...FAKE_ROLE_IDS.map((id, index) => ({ id, name: `role-${index + 1}`, permissions: '0', position: index + 1, color: 0, hoist: false, managed: false, mentionable: false, flags: 0 })),
    ],
    channels: [{ id: FAKE_IDS.channel, type: 0, name: 'general', guild_id: FAKE_IDS.guild, position: 0, permission_overwrites: [] }],
  };
}
