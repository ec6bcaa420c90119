import { FAKE_IDS, FAKE_ROLE_IDS, fakeMessage } from './fake-payloads';

/** Raw INTERACTION_CREATE payloads, shaped as Discord sends them (API v10). */

const MANAGE_GUILD = 1n << 5n;
const VIEW_AND_SEND = (1n << 10n) | (1n << 11n);

export interface FakeMember {
  id: string;
  name: string;
  roleIds?: string[];
  manageServer?: boolean;
}

export const MEMBERS = Object.freeze({
  reader: { id: '400000000000000001', name: 'Reader' } satisfies FakeMember,
  admin: { id: '400000000000000002', name: 'Admin Anne', manageServer: true } satisfies FakeMember,
  roleModerator: { id: '400000000000000003', name: 'Role Rob', roleIds: [FAKE_ROLE_IDS[0]!] } satisfies FakeMember,
  otherRole: { id: '400000000000000004', name: 'Other Olga', roleIds: [FAKE_ROLE_IDS[1]!] } satisfies FakeMember,
});

export const MODERATOR_ROLE_ID = FAKE_ROLE_IDS[0]!;

let counter = 0;

export interface OutgoingInteraction {
  id: string;
  token: string;
  payload: Record<string, unknown>;
}

const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/**
 * A snowflake as Discord makes one: its creation time in the top bits. The bot reads the
 * interaction's age from it (it must answer within 3 seconds of creation), so it must be now.
 */
function snowflakeAt(timeMs: number, sequence: number): string {
  return String(((BigInt(timeMs) - DISCORD_EPOCH_MS) << 22n) | BigInt(sequence & 0xfff));
}

/** Options for one built interaction: `createdAt` backdates it, as if the gateway had delivered it late. */
export interface InteractionTiming {
  createdAt?: number;
}

function base(type: number, member: FakeMember, data: Record<string, unknown>, extra: Record<string, unknown> = {}, timing: InteractionTiming = {}): OutgoingInteraction {
  counter += 1;
  const id = snowflakeAt(timing.createdAt ?? Date.now(), counter);
  const token = `interaction-token-${counter}`;
  const permissions = VIEW_AND_SEND | (member.manageServer ? MANAGE_GUILD : 0n);
  return {
    id,
    token,
    payload: {
      id,
      application_id: FAKE_IDS.application,
      type,
      token,
      version: 1,
      guild_id: FAKE_IDS.guild,
      channel_id: FAKE_IDS.channel,
      channel: { id: FAKE_IDS.channel, type: 0, guild_id: FAKE_IDS.guild, name: 'general', permissions: String(permissions) },
      member: {
        user: { id: member.id, username: member.name.toLowerCase().replace(/\s+/g, '_'), global_name: member.name, discriminator: '0', avatar: null },
        roles: member.roleIds ?? [],
        permissions: String(permissions),
        nick: null,
        joined_at: '2024-01-01T00:00:00.000Z',
        deaf: false,
        mute: false,
        flags: 0,
      },
      app_permissions: String(VIEW_AND_SEND),
      locale: 'en-US',
      guild_locale: 'en-US',
      entitlements: [],
      authorizing_integration_owners: { '0': FAKE_IDS.guild },
      context: 0,
      data,
      ...extra,
    },
  };
}

type OptionValue = string | number;

function toOptions(options: Record<string, OptionValue>, focused?: string) {
  return Object.entries(options).map(([name, value]) => ({
    name,
    type: typeof value === 'number' ? 4 : 3,
    value,
    ...(name === focused ? { focused: true } : {}),
  }));
}

/** A slash command; `name` may be two words ("fact add") for a subcommand. */
export function slashCommand(member: FakeMember, name: string, options: Record<string, OptionValue> = {}, timing: InteractionTiming = {}): OutgoingInteraction {
  const [group, subcommand] = name.split(' ');
  const data = subcommand
    ? { id: '700000000000000001', name: group, type: 1, options: [{ name: subcommand, type: 1, options: toOptions(options) }] }
    : { id: '700000000000000001', name: group, type: 1, options: toOptions(options) };
  return base(2, member, data, {}, timing);
}

export function autocomplete(member: FakeMember, name: string, options: Record<string, OptionValue>, focused: string): OutgoingInteraction {
  const [group, subcommand] = name.split(' ');
  const data = subcommand
    ? { id: '700000000000000001', name: group, type: 1, options: [{ name: subcommand, type: 1, options: toOptions(options, focused) }] }
    : { id: '700000000000000001', name: group, type: 1, options: toOptions(options, focused) };
  return base(4, member, data);
}

export function buttonClick(member: FakeMember, customId: string): OutgoingInteraction {
  const message = fakeMessage('800000000000000001', {});
  return base(3, member, { custom_id: customId, component_type: 2 }, { message });
}

/** A submitted modal, its text inputs wrapped in labels as current Discord clients send them. */
export function modalSubmit(member: FakeMember, customId: string, fields: Record<string, string>): OutgoingInteraction {
  const components = Object.entries(fields).map(([fieldId, value], index) => ({
    type: 18,
    id: index * 2 + 1,
    component: { type: 4, id: index * 2 + 2, custom_id: fieldId, value },
  }));
  return base(5, member, { custom_id: customId, components });
}

/** The same interaction, sent from another server (the channel keeps its id; only the server matters here). */
export function inGuild(interaction: OutgoingInteraction, guildId: string): OutgoingInteraction {
  const payload = interaction.payload as Record<string, any>;
  return {
    ...interaction,
    payload: {
      ...payload,
      guild_id: guildId,
      channel: { ...payload.channel, guild_id: guildId },
      authorizing_integration_owners: { '0': guildId },
    },
  };
}
