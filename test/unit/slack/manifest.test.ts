import { describe, expect, it } from 'vitest';
import { buildManifest } from '../../../src/adapters/slack/manifest.js';
import { loadCommands } from '../../../src/command/registry.js';

describe('Slack app manifest', () => {
  it('declares the scopes, events, slash command and Socket Mode the adapter uses', async () => {
    const catalog = await loadCommands();
    const manifest = buildManifest(catalog);
    expect(manifest.oauth_config.scopes.bot).toEqual(
      expect.arrayContaining(['app_mentions:read', 'chat:write', 'commands', 'im:history']),
    );
    // users.info tells workspace admins (who may change a channel's digest) from other members.
    expect(manifest.oauth_config.scopes.bot).toContain('users:read');
    expect(manifest.settings.event_subscriptions.bot_events).toEqual(['app_mention', 'message.im']);
    expect(manifest.settings.socket_mode_enabled).toBe(true);
    expect(manifest.settings.interactivity.is_enabled).toBe(true);
    const [command] = manifest.features.slash_commands;
    expect(command?.command).toBe('/briefing');
    for (const c of catalog) expect(command?.usage_hint).toContain(c.name);
    expect(command?.usage_hint.length).toBeLessThanOrEqual(100);
    expect(manifest.display_information.long_description.length).toBeGreaterThanOrEqual(175);
  });

  it('points everything at one request URL in HTTP mode', async () => {
    const manifest = buildManifest(await loadCommands(), { httpBaseUrl: 'https://briefing.example.com/' });
    expect(manifest.settings.socket_mode_enabled).toBe(false);
    expect(manifest.settings.event_subscriptions).toMatchObject({
      request_url: 'https://briefing.example.com/slack/events',
    });
    expect(manifest.features.slash_commands[0]).toMatchObject({
      url: 'https://briefing.example.com/slack/events',
    });
  });
});
