import { afterEach, describe, expect, it, vi } from 'vitest';
import { createDeps } from '../../src/app.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { DigestRuntime } from '../../src/digest/runtime.js';
import { digestSettings } from '../../src/digest/settings.js';
import { silentLogger } from '../../src/logger.js';
import { replyToPlainText } from '../../src/reply/model.js';
import { RecordingAdapter } from '../fakes/recording-adapter.js';
import { addArticle } from '../support/articles.js';
import { tempDir } from '../support/digests.js';

describe('digests in the running bot (DIGEST_SCHEDULE, node-cron ticking)', () => {
  const tmp = tempDir();
  afterEach(() => {
    vi.useRealTimers();
    tmp.remove();
  });

  async function boot(clock: ManualClock, env: Record<string, string>) {
    const config = loadConfig({ DATA_DIR: tmp.dir, ...env });
    const deps = await createDeps(config, silentLogger, clock);
    return { deps, runtime: DigestRuntime.open(deps, digestSettings(config)) };
  }

  it('posts the configured digest to the terminal on schedule, once, and keeps it across a restart', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const clock = new ManualClock(new Date('2026-05-04T06:59:00Z'));
    const env = { DIGEST_SCHEDULE: 'daily 08:00', DIGEST_TIMEZONE: 'Europe/London' };
    const { deps, runtime } = await boot(clock, env);
    addArticle(deps.library, 'morning', { addedAt: new Date('2026-05-04T05:00:00Z') });
    const terminal = new RecordingAdapter('terminal');
    runtime.start([terminal]);
    expect(deps.services.digests?.keepsRunning()).toBe(true);

    await vi.advanceTimersByTimeAsync(3_000);
    expect(terminal.posts).toHaveLength(0);
    clock.set(new Date('2026-05-04T07:00:00Z')); // 08:00 BST
    await vi.advanceTimersByTimeAsync(3_000);
    expect(terminal.posts.map((p) => p.channelId)).toEqual(['terminal']);
    expect(replyToPlainText(terminal.posts[0]!.reply)).toContain('Story morning');
    await runtime.stop();

    // Restart within the same minute: the ledger says the slot is done.
    const again = await boot(clock, env);
    again.runtime.start([terminal]);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(terminal.posts).toHaveLength(1);
    const list = again.deps.services.digests?.list() ?? [];
    expect(list[0]?.subscription.origin).toBe('config');
    expect(list[0]?.recent[0]).toMatchObject({ status: 'done', articles: 1 });
    await again.runtime.stop();
  });

  it('drops the configured subscription when DIGEST_SCHEDULE is removed, keeping chat ones', async () => {
    const clock = new ManualClock(new Date('2026-05-04T06:00:00Z'));
    const first = await boot(clock, { DIGEST_SCHEDULE: 'hourly' });
    first.deps.services.digests?.subscribe({ platform: 'terminal', channelId: 'other' }, 'daily 09:00');
    await first.runtime.stop();
    const second = await boot(clock, {});
    expect(second.deps.services.digests?.list().map((v) => v.subscription.channelId)).toEqual(['other']);
    await second.runtime.stop();
  });
});
