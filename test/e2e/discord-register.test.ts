import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/adapters/discord/definitions.js';
import { loadCommands } from '../../src/command/registry.js';
import { GUILD_ID } from '../fakes/discord/payloads.js';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const run = promisify(execFile);

/** `npm run register:discord`, exactly as package.json runs it, against the fake. */
async function register(fake: FakeDiscord, guildId?: string) {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/adapters/discord/register.ts'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      DISCORD_TOKEN: fake.token,
      DISCORD_APPLICATION_ID: fake.applicationId,
      DISCORD_API_URL: fake.apiUrl,
      ...(guildId ? { DISCORD_GUILD_ID: guildId } : {}),
    },
  });
  return stdout;
}

describe('npm run register:discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('registers the catalogue in a guild, then sees nothing to change', async () => {
    const first = await register(fake, GUILD_ID);
    const route = `/applications/${fake.applicationId}/guilds/${GUILD_ID}/commands`;
    const puts = fake.requests.filter((r) => r.method === 'PUT' && r.path === route);
    expect(puts).toHaveLength(1);
    const expected = commandDefinitions(await loadCommands());
    expect(puts[0]?.body).toEqual(expected);
    expect(puts[0]?.authorization).toBe(`Bot ${fake.token}`);
    expect(expected.find((c) => c.name === 'help')).toEqual({
      type: 1,
      name: 'help',
      description: 'How to use Briefing: every command, its options and an example',
      options: [
        {
          type: 3,
          name: 'command',
          description: 'A command to explain in detail',
          required: false,
          autocomplete: true,
        },
      ],
    });
    expect(first).toContain(`guild ${GUILD_ID}`);
    expect(first).toMatch(/added: .*\/help/);

    const second = await register(fake, GUILD_ID);
    expect(fake.requests.filter((r) => r.method === 'PUT')).toHaveLength(1);
    expect(second).toContain('already up to date');
  });

  it('registers globally without DISCORD_GUILD_ID and overwrites only what changed', async () => {
    fake.commands.set('global', [
      { id: '1', name: 'help', description: 'old text', type: 1, options: [] },
      { id: '2', name: 'gone', description: 'a removed command', type: 1 },
    ]);
    const out = await register(fake);
    expect(out).toContain('changed: /help');
    expect(out).toContain('removed: /gone');
    expect(fake.commands.get('global')?.map((c) => c.name)).toEqual(
      (await loadCommands()).map((c) => c.name),
    );
  });
});
