import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { createDiscordAdapter } from '../../src/adapters/discord/index.js';
import { createSlackAdapter } from '../../src/adapters/slack/index.js';
import type { Adapter } from '../../src/adapters/types.js';
import { type AppDeps, createDeps } from '../../src/app.js';
import { articleFromBytes } from '../../src/articles/loader.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { DigestRuntime } from '../../src/digest/runtime.js';
import { digestSettings } from '../../src/digest/settings.js';
import { silentLogger } from '../../src/logger.js';
import { CHANNEL_ID } from '../fakes/discord/payloads.js';
import { startFakeDiscord } from '../fakes/discord/server.js';
import { FakeSlack } from '../fakes/slack/index.js';
import { tempDir } from '../support/digests.js';

const SEED = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';
const TITLE = 'The United States has agreed to consider taking refugees from Australian detention centres';

/**
 * The configured digest, posted through the real discord.js / Bolt clients to the local fakes: to the
 * right channel, exactly once, even when ticks repeat and the bot restarts.
 */
describe('digests posted through the platform fakes', () => {
  const tmp = tempDir();
  const cleanup: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
    tmp.remove();
  });

  async function runDigest(env: Record<string, string>, makeAdapter: (deps: AppDeps) => Adapter) {
    const clock = new ManualClock(new Date('2026-05-04T06:59:30Z'));
    const config = loadConfig({ DATA_DIR: tmp.dir, LOG_LEVEL: 'silent', ...env });
    const boot = async () => {
      const deps = await createDeps(config, silentLogger, clock);
      deps.library.upsert(
        articleFromBytes(await readFile(SEED), SEED, { maxBytes: 1e7 }),
        new Date('2026-05-04T06:00:00Z'),
      );
      const runtime = DigestRuntime.open(deps, digestSettings(config));
      const adapter = makeAdapter(deps);
      await adapter.start();
      runtime.start([adapter]);
      return { runtime, adapter };
    };
    const first = await boot();
    cleanup.push(async () => {
      await first.runtime.stop();
      await first.adapter.stop();
    });
    expect((await first.runtime.tick())?.posted).toBe(0);
    clock.set(new Date('2026-05-04T07:00:00Z')); // 08:00 in London
    const reports = await Promise.all([first.runtime.tick(), first.runtime.tick()]);
    clock.advance(5_000);
    reports.push(await first.runtime.tick());
    await first.runtime.stop();
    await first.adapter.stop();
    cleanup.pop();
    // A restart a minute later finds the slot done.
    clock.advance(60_000);
    const second = await boot();
    cleanup.push(async () => {
      await second.runtime.stop();
      await second.adapter.stop();
    });
    reports.push(await second.runtime.tick());
    return reports.reduce((n, r) => n + (r?.posted ?? 0), 0);
  }

  it('Discord: one channel message with the briefing, no mentions', async () => {
    const fake = await startFakeDiscord();
    cleanup.push(() => fake.close());
    const posted = await runDigest(
      {
        DISCORD_TOKEN: fake.token,
        DISCORD_APPLICATION_ID: fake.applicationId,
        DISCORD_API_URL: fake.apiUrl,
        DIGEST_SCHEDULE: 'daily 08:00',
        DIGEST_TIMEZONE: 'Europe/London',
        DIGEST_CHANNEL: `discord:${CHANNEL_ID}`,
      },
      (deps) => createDiscordAdapter(deps),
    );
    expect(posted).toBe(1);
    const messages = fake.requests.filter(
      (r) => r.method === 'POST' && /^\/channels\/\d+\/messages$/.test(r.path),
    );
    expect(messages.map((r) => r.path)).toEqual([`/channels/${CHANNEL_ID}/messages`]);
    const body = JSON.stringify(messages[0]?.body);
    expect(body).toContain('News digest');
    expect(body).toContain(TITLE);
    expect(body).toContain('John Kerry');
    expect((messages[0]!.body as { allowed_mentions?: unknown }).allowed_mentions).toEqual({ parse: [] });
  });

  it('Slack: one chat.postMessage to the configured channel', async () => {
    const slack = await new FakeSlack().start();
    cleanup.push(() => slack.stop());
    const posted = await runDigest(
      {
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_APP_TOKEN: 'xapp-test',
        SLACK_API_URL: slack.apiUrl,
        DIGEST_SCHEDULE: 'weekdays 8:00',
        DIGEST_TIMEZONE: 'Europe/London',
        DIGEST_CHANNEL: 'slack:C0DIGEST',
      },
      (deps) => createSlackAdapter(deps),
    );
    expect(posted).toBe(1);
    const posts = slack.callsTo('chat.postMessage');
    expect(posts.map((c) => c.args.channel)).toEqual(['C0DIGEST']);
    const text = JSON.stringify(posts[0]?.args);
    expect(text).toContain('News digest');
    expect(text).toContain(TITLE);
  });
});
