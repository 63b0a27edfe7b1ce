import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DigestStore } from '../../src/digest/store.js';
import { finished, startTsx } from '../helpers/spawn.js';
import { tempDir } from '../support/digests.js';

const WORKERS = 4;

describe('exactly once across processes', () => {
  const tmp = tempDir();
  afterEach(() => tmp.remove());

  it('four bot processes ticking the same slot at the same moment post it once', async () => {
    const store = new DigestStore(tmp.file);
    store.upsertSubscription(
      {
        platform: 'slack',
        channelId: 'C1',
        schedule: 'daily 08:00',
        timezone: 'UTC',
        silentWhenEmpty: false,
        origin: 'chat',
      },
      new Date('2026-05-01T00:00:00Z'),
    );
    store.close();
    const posts = path.join(tmp.dir, 'posts.txt');

    const children = Array.from({ length: WORKERS }, () =>
      startTsx(['test/support/tick-worker.ts', tmp.file, posts, '2026-05-04T08:00:05Z'], process.env),
    );
    const outputs = children.map((child) => finished(child));
    // Wait until every process has opened the store and planned, then release them together.
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            let seen = '';
            child.stdout.on('data', (d: Buffer) => {
              seen += d.toString();
              if (seen.includes('ready')) resolve();
            });
          }),
      ),
    );
    for (const child of children) child.stdin.write('go\n');
    const results = await Promise.all(outputs);

    const reports = results.map(
      (r) => JSON.parse(r.stdout.trim().split('\n').pop() ?? '{}') as Record<string, number>,
    );
    expect(results.map((r) => r.code)).toEqual(Array(WORKERS).fill(0));
    expect(reports.reduce((n, r) => n + (r.posted ?? 0), 0)).toBe(1);
    expect(reports.reduce((n, r) => n + (r.taken ?? 0), 0)).toBe(WORKERS - 1);
    expect(existsSync(posts) && readFileSync(posts, 'utf8').trim().split('\n')).toHaveLength(1);
  }, 60_000);
});
