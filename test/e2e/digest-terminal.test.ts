import { readFile } from 'node:fs/promises';
import { PassThrough } from 'node:stream';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createTerminalAdapter } from '../../src/adapters/terminal/index.js';
import { createDeps } from '../../src/app.js';
import { articleFromBytes } from '../../src/articles/loader.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { DigestRuntime } from '../../src/digest/runtime.js';
import { digestSettings } from '../../src/digest/settings.js';
import { silentLogger } from '../../src/logger.js';
import { tempDir } from '../support/digests.js';

const SEED = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';

describe('digests through the terminal adapter', () => {
  const tmp = tempDir();
  afterEach(() => {
    vi.useRealTimers();
    tmp.remove();
  });

  it('subscribes from a typed command and prints the digest on schedule, once, with the seed article', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const clock = new ManualClock(new Date('2026-05-04T06:30:00Z'));
    const config = loadConfig({ DATA_DIR: tmp.dir });
    const deps = await createDeps(config, silentLogger, clock);
    deps.library.upsert(articleFromBytes(await readFile(SEED), SEED, { maxBytes: 1e7 }), clock.now());
    const runtime = DigestRuntime.open(deps, digestSettings(config));

    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.setEncoding('utf8').on('data', (d: string) => {
      printed += d;
    });
    // The session stays open (as at an interactive prompt): a chat subscription alone does not keep a
    // bot running after its input ends, only DIGEST_SCHEDULE does.
    const terminal = createTerminalAdapter(deps, {
      input,
      output,
      interactive: false,
      color: false,
      historyFile: `${tmp.dir}/history`,
    });
    await terminal.start();
    runtime.start([terminal]);

    input.write('/digest subscribe schedule:"daily 08:00" timezone:Europe/London\n');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(printed).toContain('Digest scheduled');
    expect(printed).toContain('Mon 4 May, 08:00 BST');

    const before = printed.length;
    clock.set(new Date('2026-05-04T07:00:00Z'));
    await vi.advanceTimersByTimeAsync(3_000);
    const digest = printed.slice(before);
    expect(digest).toContain('News digest');
    expect(digest).toContain('The United States has agreed to consider taking refugees');
    expect(digest).toContain('Scheduled every day at 08:00 (Europe/London)');
    expect(digest.split('News digest')).toHaveLength(2);

    await runtime.stop();
    input.end();
    await terminal.stop();
  });
});
