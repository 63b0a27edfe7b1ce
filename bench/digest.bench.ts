import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { hashText } from '../src/analysis/analyze.js';
import { Library } from '../src/articles/library.js';
import { ManualClock } from '../src/clock.js';
import { leadSummary } from '../src/digest/brief.js';
import { DigestComposer } from '../src/digest/composer.js';
import { DigestScheduler } from '../src/digest/scheduler.js';
import { DigestStore } from '../src/digest/store.js';
import { silentLogger } from '../src/logger.js';

const ARTICLES = 1_000;
const SUBSCRIPTIONS = 10_000;
const HOUR = 3_600_000;

function library(clock: ManualClock): Library {
  const lib = new Library(() => clock.now());
  const start = clock.now().getTime() - 20 * HOUR;
  for (let i = 0; i < ARTICLES; i++) {
    const title = `Council votes on measure ${i} after long debate`;
    const text = `${title}. "We have listened to everyone," the mayor said on Tuesday.\n\nThe vote on item ${i} passed by a narrow margin, officials said. Opponents promised to keep campaigning.`;
    lib.upsert(
      {
        id: `article-${i}`,
        title,
        titleDerived: false,
        text,
        paragraphs: text.split('\n\n'),
        source: `article-${i}.txt`,
        hash: hashText(text),
      },
      new Date(start + i * 60_000),
    );
  }
  return lib;
}

const ms = (t: number) => `${t.toFixed(1)} ms`;
function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Time to compose a digest over 1,000 new articles, and to tick 10,000 subscriptions. */
export default async function bench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-digest-bench-'));
  const clock = new ManualClock(new Date('2026-05-04T07:59:00Z'));
  try {
    const lib = library(clock);
    const store = new DigestStore(path.join(dir, 'digests.sqlite'));

    // Cold: a fresh composer each time (library order, first-seen lookups, summaries all recomputed).
    const cold: number[] = [];
    const warm: number[] = [];
    for (let i = 0; i < 10; i++) {
      const fresh = new DigestComposer(lib, store, async (e) => leadSummary(e), 24 * HOUR);
      let t = performance.now();
      const digest = await fresh.compose({ lastDigestAt: null, timezone: 'Europe/London' }, clock.now());
      cold.push(performance.now() - t);
      if (digest.articles !== ARTICLES)
        throw new Error(`expected ${ARTICLES} new articles, got ${digest.articles}`);
      t = performance.now();
      await fresh.compose({ lastDigestAt: null, timezone: 'Europe/London' }, clock.now());
      warm.push(performance.now() - t);
      fresh.close();
    }
    console.log(
      `compose a digest over ${ARTICLES} new articles: median ${ms(median(cold))} cold, ${ms(median(warm))} with the library list and summaries cached`,
    );

    const zones = ['UTC', 'Europe/London', 'America/New_York', 'Asia/Tokyo'];
    const insert = store.db.transaction(() => {
      for (let i = 0; i < SUBSCRIPTIONS; i++)
        store.upsertSubscription(
          {
            platform: 'discord',
            channelId: `c${i}`,
            schedule: i % 2 ? 'hourly' : 'every 2 hours',
            timezone: zones[i % zones.length]!,
            silentWhenEmpty: false,
            origin: 'chat',
          },
          clock.now(),
        );
    });
    insert();
    const composer = new DigestComposer(lib, store, async (e) => leadSummary(e), 24 * HOUR);
    let posted = 0;
    const scheduler = new DigestScheduler({
      store,
      composer,
      clock,
      logger: silentLogger,
      adapters: new Map([['discord', { post: async () => void posted++ }]]),
      catchupWindowMs: 6 * HOUR,
    });
    let t = performance.now();
    scheduler.load();
    console.log(`plan ${SUBSCRIPTIONS} subscriptions (start-up): ${ms(performance.now() - t)}`);

    t = performance.now();
    await scheduler.tick();
    const idle = performance.now() - t;
    console.log(`tick ${SUBSCRIPTIONS} subscriptions, none due: ${ms(idle)}`);

    // 08:00 UTC is on the hour in every zone used: all subscriptions fall due at once.
    clock.set(new Date('2026-05-04T08:00:00Z'));
    t = performance.now();
    const report = await scheduler.tick();
    const due = performance.now() - t;
    console.log(
      `tick ${SUBSCRIPTIONS} subscriptions, ${report.posted} due (claim, compose over ${ARTICLES} articles, post, record): ${ms(due)} (${((due / report.posted) * 1000).toFixed(0)} µs per digest)`,
    );
    if (posted !== report.posted)
      throw new Error(`posted ${posted} but the report says ${JSON.stringify(report)}`);
    await scheduler.stop();
    composer.close();
    store.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
