import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../../src/clock.js';
import { UNCERTAIN_REASON } from '../../../src/digest/scheduler.js';
import { replyToPlainText } from '../../../src/reply/model.js';
import { RecordingAdapter } from '../../fakes/recording-adapter.js';
import { addArticle } from '../../support/articles.js';
import { HOUR, type Instance, instance, newLibrary, tempDir } from '../../support/digests.js';

const MINUTE = 60_000;
const channel = { platform: 'slack' as const, channelId: 'C42' };

function subscribe(
  i: Instance,
  clock: ManualClock,
  schedule = 'daily 08:00',
  timezone = 'UTC',
  silent = false,
) {
  const sub = i.store.upsertSubscription(
    { ...channel, schedule, timezone, silentWhenEmpty: silent, origin: 'chat' },
    clock.now(),
  );
  i.scheduler.load();
  return sub;
}

describe('the digest scheduler', () => {
  let tmp: ReturnType<typeof tempDir>;
  let clock: ManualClock;
  let slack: RecordingAdapter;
  const opened: Instance[] = [];
  const open = (options: Parameters<typeof instance>[4] = {}, library = newLibrary(clock)) => {
    const i = instance(tmp.file, library, clock, new Map([['slack', slack]]), options);
    opened.push(i);
    return i;
  };

  beforeEach(() => {
    tmp = tempDir();
    clock = new ManualClock(new Date('2026-05-04T07:00:00Z'));
    slack = new RecordingAdapter('slack');
  });
  afterEach(async () => {
    for (const i of opened.splice(0)) {
      await i.scheduler.stop();
      i.close();
    }
    tmp.remove();
  });

  it('posts when the slot comes, to the subscribed channel, once', async () => {
    const library = newLibrary(clock);
    addArticle(library, 'one');
    const a = open({}, library);
    subscribe(a, clock);
    expect((await a.scheduler.tick()).posted).toBe(0);
    clock.set(new Date('2026-05-04T08:00:00Z'));
    expect((await a.scheduler.tick()).posted).toBe(1);
    clock.advance(1000);
    expect((await a.scheduler.tick()).posted).toBe(0);
    expect(slack.posts).toHaveLength(1);
    expect(slack.posts[0]?.channelId).toBe('C42');
    expect(replyToPlainText(slack.posts[0]!.reply)).toContain('Story one');
  });

  it('never posts a slot twice when two processes tick at the same moment', async () => {
    const library = newLibrary(clock);
    addArticle(library, 'one');
    const a = open({}, library);
    const b = open({}, library);
    subscribe(a, clock);
    b.scheduler.load();
    clock.set(new Date('2026-05-04T08:00:00Z'));
    const [ra, rb] = await Promise.all([a.scheduler.tick(), b.scheduler.tick()]);
    expect(ra.posted + rb.posted).toBe(1);
    expect(ra.taken + rb.taken).toBe(1);
    // And two overlapping ticks inside one process.
    clock.set(new Date('2026-05-05T08:00:00Z'));
    const both = await Promise.all([a.scheduler.tick(), a.scheduler.tick(), b.scheduler.tick()]);
    expect(both.reduce((n, r) => n + r.posted, 0)).toBe(1);
    expect(slack.posts).toHaveLength(2);
  });

  it('does not re-post after a crash between claim and post; the slot ends up failed as uncertain', async () => {
    const library = newLibrary(clock);
    addArticle(library, 'one');
    const crashing = open({ lookbackMs: 48 * HOUR }, library);
    opened.splice(opened.indexOf(crashing), 1); // it "dies": nothing stops it cleanly
    const sub = subscribe(crashing, clock);
    clock.set(new Date('2026-05-04T08:00:00Z'));
    slack.hang = true; // the post never returns: the process dies mid-post
    void crashing.scheduler.tick();
    await new Promise((r) => setImmediate(r));
    const slot = new Date('2026-05-04T08:00:00Z');
    expect(crashing.store.ledgerEntry(sub.id, slot)?.status).toBe('claimed');
    crashing.store.close(); // the process is gone

    slack.hang = false;
    clock.advance(2 * MINUTE);
    const restarted = open({ claimLeaseMs: 10 * MINUTE, lookbackMs: 48 * HOUR }, library);
    restarted.scheduler.load();
    expect((await restarted.scheduler.tick()).posted).toBe(0);
    clock.advance(10 * MINUTE);
    await restarted.scheduler.tick();
    expect(restarted.store.ledgerEntry(sub.id, slot)).toMatchObject({
      status: 'failed',
      reason: UNCERTAIN_REASON,
      attempts: 1,
    });
    expect(slack.posts).toHaveLength(0);

    // The next day's digest goes out normally and still covers the article (nothing is lost).
    clock.set(new Date('2026-05-05T08:00:00Z'));
    expect((await restarted.scheduler.tick()).posted).toBe(1);
    expect(replyToPlainText(slack.posts[0]!.reply)).toContain('Story one');
  });

  it('retries a failed post with backoff, then records the failure with its reason', async () => {
    const a = open({ retry: { attempts: 3, baseDelayMs: 1000, factor: 4 } });
    const sub = subscribe(a, clock);
    clock.set(new Date('2026-05-04T08:00:00Z'));
    slack.failuresLeft = 2;
    expect((await a.scheduler.tick()).posted).toBe(1);
    expect(a.waits).toEqual([1000, 4000]);
    expect(a.store.ledgerEntry(sub.id, clock.now())).toMatchObject({ status: 'done', attempts: 3 });

    clock.set(new Date('2026-05-05T08:00:00Z'));
    slack.failuresLeft = 5;
    expect((await a.scheduler.tick()).failed).toBe(1);
    expect(a.store.ledgerEntry(sub.id, clock.now())).toMatchObject({
      status: 'failed',
      attempts: 3,
      reason: 'platform unavailable (503)',
    });
    expect(slack.posts).toHaveLength(1);
  });

  it('records a failure when the platform is not running at all', async () => {
    const a = instance(tmp.file, newLibrary(clock), clock, new Map());
    opened.push(a);
    const sub = subscribe(a, clock);
    clock.set(new Date('2026-05-04T08:00:00Z'));
    expect((await a.scheduler.tick()).failed).toBe(1);
    expect(a.store.ledgerEntry(sub.id, clock.now())?.reason).toBe('no slack adapter is running');
  });

  it('after downtime posts one catch-up digest for the latest missed slot, never a burst', async () => {
    const library = newLibrary(clock);
    const before = open({ catchupWindowMs: 6 * HOUR }, library);
    subscribe(before, clock, 'every 2 hours');
    clock.set(new Date('2026-05-04T08:00:00Z'));
    await before.scheduler.tick();
    expect(slack.posts).toHaveLength(1);
    await before.scheduler.stop();
    before.close();

    // Down from 08:00 to 13:30: slots 10:00 and 12:00 were missed.
    clock.set(new Date('2026-05-04T13:30:00Z'));
    addArticle(library, 'while-down');
    const after = open({ catchupWindowMs: 6 * HOUR }, library);
    after.scheduler.load();
    const report = await after.scheduler.tick();
    expect(report.posted).toBe(1);
    clock.advance(MINUTE);
    expect((await after.scheduler.tick()).posted).toBe(0);
    expect(slack.posts).toHaveLength(2);
    const ledger = after.store.ledger(1);
    expect(ledger.map((e) => e.slot.toISOString())).toEqual([
      '2026-05-04T12:00:00.000Z',
      '2026-05-04T08:00:00.000Z',
    ]);
    expect(replyToPlainText(slack.posts[1]!.reply)).toContain('Story while-down');
    clock.set(new Date('2026-05-04T14:00:00Z'));
    expect((await after.scheduler.tick()).posted).toBe(1);
  });

  it('skips the catch-up when the last slot was missed by more than the window', async () => {
    const a = open({ catchupWindowMs: 1 * HOUR });
    subscribe(a, clock);
    clock.set(new Date('2026-05-04T08:00:00Z'));
    await a.scheduler.tick();
    await a.scheduler.stop();
    a.close();
    clock.set(new Date('2026-05-05T10:00:00Z')); // the 08:00 slot is 2 hours old
    const b = open({ catchupWindowMs: 1 * HOUR });
    b.scheduler.load();
    expect((await b.scheduler.tick()).posted).toBe(0);
    expect(b.scheduler.dueAt(1)?.toISOString()).toBe('2026-05-06T08:00:00.000Z');
  });

  it('says "nothing new", or stays silent when the subscription asks for that', async () => {
    const a = open();
    subscribe(a, clock);
    clock.set(new Date('2026-05-04T08:00:00Z'));
    await a.scheduler.tick();
    expect(replyToPlainText(slack.posts[0]!.reply)).toMatch(/Nothing new since/);

    const sub = subscribe(a, clock, 'daily 09:00', 'UTC', true);
    clock.set(new Date('2026-05-04T09:00:00Z'));
    expect((await a.scheduler.tick()).silent).toBe(1);
    expect(slack.posts).toHaveLength(1);
    expect(a.store.ledgerEntry(sub.id, clock.now())).toMatchObject({
      status: 'done',
      reason: 'nothing new (silent)',
    });
  });

  it('briefs only articles added or changed since the last digest, and a restart does not make them new', async () => {
    const library = newLibrary(clock);
    addArticle(library, 'old', { addedAt: new Date('2026-05-01T00:00:00Z') });
    addArticle(library, 'recent', { addedAt: new Date('2026-05-03T12:00:00Z') });
    const a = open({ lookbackMs: 24 * HOUR }, library);
    subscribe(a, clock);
    clock.set(new Date('2026-05-04T08:00:00Z'));
    await a.scheduler.tick();
    const first = replyToPlainText(slack.posts[0]!.reply);
    expect(first).toContain('Story recent');
    expect(first).not.toContain('Story old');

    clock.set(new Date('2026-05-04T12:00:00Z'));
    addArticle(library, 'fresh');
    addArticle(library, 'old', { text: 'Story old was updated. The figures changed.' });
    // Restart: a new library loads every file again, so its changedAt is "now" for all of them.
    await a.scheduler.stop();
    a.close();
    clock.set(new Date('2026-05-04T12:30:00Z'));
    const reloaded = newLibrary(clock);
    addArticle(reloaded, 'recent', { addedAt: new Date('2026-05-03T12:00:00Z') });
    addArticle(reloaded, 'fresh', { addedAt: new Date('2026-05-04T12:00:00Z') });
    addArticle(reloaded, 'old', {
      addedAt: new Date('2026-05-01T00:00:00Z'),
      text: 'Story old was updated. The figures changed.',
    });
    const b = open({}, reloaded);
    b.scheduler.load();
    clock.set(new Date('2026-05-05T08:00:00Z'));
    await b.scheduler.tick();
    const second = replyToPlainText(slack.posts[1]!.reply);
    expect(second).toContain('Story fresh');
    expect(second).toContain('Story old');
    expect(second).not.toContain('Story recent');
  });

  it('posts a daily 08:00 digest at 08:00 local time on both sides of a DST change', async () => {
    clock.set(new Date('2026-03-27T12:00:00Z'));
    const a = open();
    subscribe(a, clock, 'daily 08:00', 'Europe/London');
    const postedAt: string[] = [];
    for (let t = clock.now().getTime(); t < Date.parse('2026-03-31T00:00:00Z'); t += 15 * MINUTE) {
      clock.set(new Date(t));
      if ((await a.scheduler.tick()).posted) postedAt.push(clock.now().toISOString());
    }
    expect(postedAt).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T07:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
    ]);
  });
});
