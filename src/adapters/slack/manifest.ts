import type { Command } from '../../command/types.js';
import { clipText } from '../../reply/clip.js';
import { SLASH_COMMAND } from './listeners/slash-command.js';

export interface ManifestOptions {
  /** Public base URL for HTTP mode (e.g. https://briefing.example.com); Socket Mode when absent. */
  httpBaseUrl?: string;
}

/**
 * Scopes the listeners need: mentions, posting, the slash command, reading/answering DMs, and users.info
 * (users:read) to tell workspace admins, who may change a channel's digest, from other members.
 */
export const BOT_SCOPES = [
  'app_mentions:read',
  'chat:write',
  'commands',
  'im:history',
  'im:read',
  'im:write',
  'users:read',
];
export const BOT_EVENTS = ['app_mention', 'message.im'];

/**
 * A Slack app manifest for Briefing (paste it at api.slack.com/apps → Create New App → From a manifest).
 * The slash command's usage hint lists the commands discovered in commands/.
 */
export function buildManifest(catalog: readonly Command[], options: ManifestOptions = {}) {
  const names = catalog.map((c) => c.name);
  const requestUrl = options.httpBaseUrl
    ? `${options.httpBaseUrl.replace(/\/+$/, '')}/slack/events`
    : undefined;
  const url = requestUrl ? { url: requestUrl } : {};
  return {
    _metadata: { major_version: 1, minor_version: 1 },
    display_information: {
      name: 'Briefing',
      description: 'News briefings in chat: summaries, quotes and who said what.',
      long_description:
        'Briefing turns news articles into briefings. Mention @Briefing or use /briefing to get a summary, ' +
        'the quotes with their speakers, who said a phrase, or the people an article names. ' +
        `Commands: ${names.join(', ')}.`,
      background_color: '#1d3557',
    },
    features: {
      app_home: {
        home_tab_enabled: false,
        messages_tab_enabled: true,
        messages_tab_read_only_enabled: false,
      },
      bot_user: { display_name: 'Briefing', always_online: true },
      slash_commands: [
        {
          command: SLASH_COMMAND,
          ...url,
          description: clipText(`Briefings from news articles: ${names.join(', ')}`, 100),
          usage_hint: clipText(`[${names.join(' | ')}] [options]`, 100),
          should_escape: false,
        },
      ],
    },
    oauth_config: { scopes: { bot: BOT_SCOPES } },
    settings: {
      event_subscriptions: { ...(requestUrl ? { request_url: requestUrl } : {}), bot_events: BOT_EVENTS },
      interactivity: { is_enabled: true, ...(requestUrl ? { request_url: requestUrl } : {}) },
      org_deploy_enabled: false,
      socket_mode_enabled: !requestUrl,
      token_rotation_enabled: false,
    },
  };
}
