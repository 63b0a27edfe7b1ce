import { describe, expect, it } from 'vitest';
import { changesChannel } from '../../src/command/channel-access.js';
import { findCommand, loadCommands } from '../../src/command/registry.js';
import { defineCommand } from '../../src/command/types.js';

describe('which runs change what a channel receives', async () => {
  const catalog = await loadCommands();
  const digest = findCommand(catalog, 'digest');

  it('digest: subscribe, unsubscribe and now change the channel; list and preview only read it', () => {
    expect(digest?.managesChannel).toBe(true);
    const changing = digest?.subcommands?.filter((s) => changesChannel(digest, s.name)).map((s) => s.name);
    expect(changing).toEqual(['subscribe', 'unsubscribe', 'now']);
    for (const name of ['list', 'preview']) expect(changesChannel(digest!, name)).toBe(false);
  });

  it('a missing or unknown subcommand changes nothing (the run reports the mistake)', () => {
    expect(changesChannel(digest!, undefined)).toBe(false);
    expect(changesChannel(digest!, 'frobnicate')).toBe(false);
    // Subcommand names are matched exactly, as runInvocation matches them.
    expect(changesChannel(digest!, 'Subscribe')).toBe(false);
  });

  it('commands that do not manage a channel never change it', () => {
    for (const command of catalog.filter((c) => c.name !== 'digest'))
      expect(changesChannel(command, command.subcommands?.[0]?.name)).toBe(false);
  });

  it('a managing command without subcommands always changes the channel', () => {
    const mute = defineCommand({
      name: 'mute',
      description: 'Mute this channel',
      managesChannel: true,
      options: [],
      examples: [],
      run: () => ({ blocks: [] }),
    });
    expect(changesChannel(mute, undefined)).toBe(true);
  });
});
