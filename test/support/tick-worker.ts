/**
 * One bot process for the cross-process race test: opens the digest store, plans at a fixed instant,
 * says "ready", and on "go" runs one scheduler tick whose posts are appended to a shared file.
 * Usage: tsx test/support/tick-worker.ts <db file> <posts file> <ISO instant>
 */
import { appendFileSync } from 'node:fs';
import { Library } from '../../src/articles/library.js';
import { ManualClock } from '../../src/clock.js';
import { leadSummary } from '../../src/digest/brief.js';
import { DigestComposer } from '../../src/digest/composer.js';
import { DigestScheduler } from '../../src/digest/scheduler.js';
import { DigestStore } from '../../src/digest/store.js';
import { silentLogger } from '../../src/logger.js';

const [file, postsFile, at] = process.argv.slice(2);
if (!file || !postsFile || !at) throw new Error('usage: tick-worker <db> <posts> <instant>');
const clock = new ManualClock(new Date(at));
const store = new DigestStore(file);
const composer = new DigestComposer(
  new Library(() => clock.now()),
  store,
  async (e) => leadSummary(e),
  3_600_000,
);
const scheduler = new DigestScheduler({
  store,
  composer,
  clock,
  logger: silentLogger,
  catchupWindowMs: 3_600_000,
  adapters: new Map([
    [
      'slack',
      { post: async (channelId: string) => appendFileSync(postsFile, `${process.pid} ${channelId}\n`) },
    ],
  ]),
});
scheduler.load();
process.stdout.write('ready\n');
process.stdin.once('data', async () => {
  const report = await scheduler.tick();
  process.stdout.write(`${JSON.stringify(report)}\n`);
  composer.close();
  store.close();
  process.exit(0);
});
