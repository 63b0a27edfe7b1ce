import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { REST } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { commandDefinitions } from '../../src/adapters/discord/definitions.js';
import { describeRegistration, registerCommands } from '../../src/adapters/discord/registration.js';
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

const rest = (fake: FakeDiscord) => new REST({ api: fake.apiUrl }).setToken(fake.token);

describe('npm run register:discord', () => {
  let fake: FakeDiscord;
  beforeAll(async () => {
    fake = await startFakeDiscord();
  });
  afterAll(async () => {
    await fake?.close();
  });

  it('registers the catalogue in a guild and prints what changed', async () => {
    const out = await register(fake, GUILD_ID);
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
          max_length: 64,
        },
      ],
    });
    expect(expected.find((c) => c.name === 'who-said')?.options?.[0]).toMatchObject({
      type: 3,
      name: 'phrase',
      required: true,
    });
    expect(out).toContain(`guild ${GUILD_ID}`);
    expect(out).toMatch(/added: .*\/help/);
  });

  it('sends nothing when the registered commands are already the same', async () => {
    const definitions = commandDefinitions(await loadCommands());
    await registerCommands(rest(fake), fake.applicationId, definitions, GUILD_ID);
    const before = fake.requests.length;
    const result = await registerCommands(rest(fake), fake.applicationId, definitions, GUILD_ID);
    expect(result.written).toBe(false);
    expect(fake.requests.slice(before).map((r) => r.method)).toEqual(['GET']);
    expect(describeRegistration(result)).toContain('already up to date');
  });

  it('registers globally, overwriting only when something changed', async () => {
    fake.commands.set('global', [
      { id: '1', name: 'help', description: 'old text', type: 1, options: [] },
      { id: '2', name: 'gone', description: 'a removed command', type: 1 },
    ]);
    const definitions = commandDefinitions(await loadCommands());
    const result = await registerCommands(rest(fake), fake.applicationId, definitions);
    expect(result).toMatchObject({ scope: 'global', changed: ['help'], removed: ['gone'], written: true });
    expect(fake.commands.get('global')?.map((c) => c.name)).toEqual(definitions.map((c) => c.name));
  });
});
