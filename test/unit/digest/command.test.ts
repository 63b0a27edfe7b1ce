import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { complete } from '../../../src/command/autocomplete.js';
import { loadCommands } from '../../../src/command/registry.js';
import { runInvocation } from '../../../src/command/run.js';
import type { Requester } from '../../../src/command/types.js';
import { DigestService } from '../../../src/digest/service.js';
import { silentLogger } from '../../../src/logger.js';
import { replyToPlainText } from '../../../src/reply/model.js';
import { addArticle } from '../../support/articles.js';
import { type Instance, instance, newLibrary, tempDir } from '../../support/digests.js';

describe('/digest', () => {
  let tmp: ReturnType<typeof tempDir>;
  let clock: ManualClock;
  let digest: Instance;
  let service: DigestService;
  const discord: Requester = { platform: 'discord', channelId: '555', userId: 'u1' };

  beforeEach(() => {
    tmp = tempDir();
    clock = new ManualClock(new Date('2026-05-04T07:00:00Z'));
    const library = newLibrary(clock);
    addArticle(library, 'today', { addedAt: new Date('2026-05-04T06:00:00Z') });
    digest = instance(tmp.file, library, clock, new Map());
    service = new DigestService({
      store: digest.store,
      composer: digest.composer,
      clock,
      defaultTimezone: 'UTC',
    });
    service.attach(digest.scheduler);
  });
  afterEach(() => {
    digest.close();
    tmp.remove();
  });

  async function run(subcommand: string, options: Record<string, string> = {}, requester = discord) {
    const catalog = await loadCommands();
    return runInvocation(
      { command: 'digest', subcommand, options },
      {
        library: digest.library,
        catalog,
        services: { digests: service },
        clock,
        logger: silentLogger,
        requester,
      },
    );
  }

  it('subscribes this channel, shows the next runs in its time zone, and lists it', async () => {
    const reply = await run('subscribe', { schedule: 'weekdays 7:30', timezone: 'europe/london' });
    expect(reply.title).toBe('Digest scheduled');
    const text = replyToPlainText(reply);
    expect(text).toContain('weekdays at 07:30');
    expect(text).toContain('Europe/London');
    expect(text).toContain('Tue 5 May, 07:30 BST');
    expect(digest.store.subscription({ platform: 'discord', channelId: '555' })?.timezone).toBe(
      'Europe/London',
    );
    expect(digest.scheduler.dueAt(1)?.toISOString()).toBe('2026-05-05T06:30:00.000Z');

    const list = replyToPlainText(await run('list'));
    expect(list).toContain('weekdays at 07:30');
    const elsewhere = replyToPlainText(await run('list', {}, { platform: 'discord', channelId: '999' }));
    expect(elsewhere).toContain('This channel has no digest');
  });

  it('takes the zone and "silent" typed after the schedule, as text platforms send them', async () => {
    const reply = await run('subscribe', { schedule: 'daily 09:00 Asia/Tokyo silent' });
    expect(replyToPlainText(reply)).toContain('Asia/Tokyo');
    expect(digest.store.subscriptions()[0]).toMatchObject({
      schedule: 'daily 09:00',
      timezone: 'Asia/Tokyo',
      silentWhenEmpty: true,
    });
  });

  it('answers a bad schedule or time zone with a clear error and changes nothing', async () => {
    const bad = await run('subscribe', { schedule: 'whenever' });
    expect(bad.tone).toBe('error');
    expect(replyToPlainText(bad)).toContain('not a schedule I understand');
    const zone = await run('subscribe', { schedule: 'daily 08:00', timezone: 'Mars/Base' });
    expect(replyToPlainText(zone)).toContain('not a time zone');
    expect(digest.store.subscriptions()).toEqual([]);
  });

  it('previews without recording, and "now" records what it posted', async () => {
    await run('subscribe', { schedule: 'daily 08:00 silent' });
    const preview = await run('preview');
    expect(preview.ephemeral).toBe(true);
    expect(replyToPlainText(preview)).toContain('Story today');
    expect(replyToPlainText(await run('preview'))).toContain('Story today');
    expect(replyToPlainText(await run('now'))).toContain('Story today');
    expect(replyToPlainText(await run('now'))).toContain('Nothing new');
    expect(digest.store.subscriptions()[0]?.silentWhenEmpty).toBe(true);
  });

  it('unsubscribes, and says so when there is nothing to stop', async () => {
    await run('subscribe', { schedule: 'hourly' });
    expect((await run('unsubscribe')).title).toBe('Digest stopped');
    expect((await run('unsubscribe')).tone).toBe('error');
    expect(digest.scheduler.size).toBe(0);
  });

  it('needs a channel: the CLI has none', async () => {
    const reply = await run('list', {}, { platform: 'cli' });
    expect(replyToPlainText(reply)).toContain('need a chat channel');
  });

  it('suggests time zones as they are typed', () => {
    const names = complete('timezone', 'lond', newLibrary(clock)).map((c) => c.value);
    expect(names).toContain('Europe/London');
  });
});
