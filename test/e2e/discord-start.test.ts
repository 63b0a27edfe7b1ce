import { copyFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.js';
import { cleanEnv, finished, startTsx } from '../helpers/spawn.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const SEED = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';

let fake: FakeDiscord;
let dir: string;
let cleanup: () => Promise<void>;
beforeEach(async () => {
  fake = await startFakeDiscord();
  ({ dir, cleanup } = await makeTempDir());
  await copyFile(SEED, path.join(dir, path.basename(SEED)));
});
afterEach(async () => {
  await fake.close();
  await cleanup();
});

describe('npm start with Discord settings only', () => {
  it('comes up against the fake, answers a slash command, and stops cleanly on SIGTERM', async () => {
    const child = startTsx(
      ['src/main.ts'],
      cleanEnv({
        ARTICLES_DIR: dir,
        LOG_LEVEL: 'info',
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
      }),
    );
    const done = finished(child);
    await expect.poll(() => fake.gateway.identifies.length, { timeout: 15_000 }).toBe(1);
    // The bot is ready once it has had the guild; the interaction then reaches the adapter.
    await expect.poll(() => fake.gateway.connections).toBe(1);
    let interaction: { id: string; token: string } | undefined;
    await expect
      .poll(
        async () => {
          interaction ??= fake.command('articles').interaction;
          return fake.answersTo(interaction).length;
        },
        { timeout: 10_000 },
      )
      .toBe(1);
    const [callback] = fake.answersTo(interaction!);
    expect(JSON.stringify(callback?.body)).toContain('us-weighs-taking-refugees-from-australian-detention');
    child.kill('SIGTERM');
    const result = await done;
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('adapter started');
    expect(result.stderr).not.toContain(fake.token);
    await expect.poll(() => fake.gateway.connections).toBe(0);
  });
});
