/**
 * Gateway and REST payloads in Discord's wire format (API v10), as the fake sends them. Only what
 * discord.js needs to build its structures, with realistic ids.
 */
export const BOT_USER = {
  id: '900000000000000001',
  username: 'Briefing',
  discriminator: '0000',
  avatar: null,
  bot: true,
};
export const HUMAN = {
  id: '900000000000000002',
  username: 'reader',
  discriminator: '0',
  global_name: 'Reader',
  avatar: null,
};
export const GUILD_ID = '900000000000000010';
export const CHANNEL_ID = '900000000000000020';

let nextId = 1_000_000_000_000_000n;
export const snowflake = () => String(nextId++);

export function guildCreate(id: string) {
  return {
    id,
    name: `Guild ${id}`,
    icon: null,
    owner_id: HUMAN.id,
    unavailable: false,
    member_count: 2,
    large: false,
    features: [],
    roles: [
      {
        id,
        name: '@everyone',
        permissions: '0',
        position: 0,
        color: 0,
        hoist: false,
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    emojis: [],
    stickers: [],
    members: [],
    voice_states: [],
    presences: [],
    threads: [],
    stage_instances: [],
    guild_scheduled_events: [],
    channels: [
      { id: CHANNEL_ID, type: 0, name: 'news', guild_id: id, position: 0, permission_overwrites: [] },
    ],
    joined_at: new Date(0).toISOString(),
  };
}

export function ready(applicationId: string, guildIds: readonly string[], resumeUrl: string) {
  return {
    v: 10,
    user: BOT_USER,
    guilds: guildIds.map((id) => ({ id, unavailable: true })),
    session_id: `session-${snowflake()}`,
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: applicationId, flags: 0 },
  };
}

export type OptionPayload = {
  name: string;
  type: number;
  value?: string | number | boolean;
  focused?: boolean;
  options?: OptionPayload[];
};

function interactionBase(applicationId: string, type: number) {
  return {
    id: snowflake(),
    application_id: applicationId,
    type,
    token: `interaction-token-${snowflake()}`,
    version: 1,
    guild_id: GUILD_ID,
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: GUILD_ID, name: 'news' },
    member: {
      user: HUMAN,
      roles: [],
      joined_at: new Date(0).toISOString(),
      deaf: false,
      mute: false,
      permissions: '2248473465835073',
      flags: 0,
    },
    locale: 'en-US',
    guild_locale: 'en-US',
    app_permissions: '2248473465835073',
    entitlements: [],
    authorizing_integration_owners: { '0': GUILD_ID },
    context: 0,
  };
}

/** An APPLICATION_COMMAND (type 2) or APPLICATION_COMMAND_AUTOCOMPLETE (type 4) interaction. */
export function commandInteraction(
  applicationId: string,
  name: string,
  options: OptionPayload[],
  autocomplete = false,
) {
  return {
    ...interactionBase(applicationId, autocomplete ? 4 : 2),
    data: { id: snowflake(), name, type: 1, options },
  };
}

export function messagePayload(body: Record<string, unknown>, channelId = CHANNEL_ID, author = BOT_USER) {
  return {
    id: snowflake(),
    channel_id: channelId,
    author,
    content: typeof body.content === 'string' ? body.content : '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: Array.isArray(body.embeds) ? body.embeds : [],
    components: Array.isArray(body.components) ? body.components : [],
    pinned: false,
    type: 0,
    flags: typeof body.flags === 'number' ? body.flags : 0,
  };
}

/** A MESSAGE_COMPONENT (type 3) interaction: a click on a button of a message the bot sent. */
export function buttonInteraction(
  applicationId: string,
  customId: string,
  message: ReturnType<typeof messagePayload>,
) {
  return {
    ...interactionBase(applicationId, 3),
    message,
    data: { custom_id: customId, component_type: 2 },
  };
}
