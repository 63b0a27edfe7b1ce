import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { completeLine } from '../../src/adapters/terminal/complete.js';
import { readHistory, saveHistory } from '../../src/adapters/terminal/history.js';
import { createTerminalAdapter } from '../../src/adapters/terminal/index.js';
import { createDeps } from '../../src/app.js';
import { articleFromBytes } from '../../src/articles/loader.js';
import { ManualClock } from '../../src/clock.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { useTempDir } from '../helpers/temp-dir.js';

const SEED = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';

async function setup(env: NodeJS.ProcessEnv = {}) {
  const deps = await createDeps(
    loadConfig(env),
    silentLogger,
    new ManualClock(new Date('2024-05-01T00:00:00Z')),
  );
  deps.library.upsert(articleFromBytes(await readFile(SEED), SEED, { maxBytes: 1e7 }));
  const input = new PassThrough();
  const output = new PassThrough();
  let printed = '';
  output.setEncoding('utf8').on('data', (d: string) => {
    printed += d;
  });
  return { deps, input, output, printed: () => printed };
}

/** Pipe lines into a fresh adapter and return everything it printed by the end of input. */
async function answersTo(lines: string): Promise<string> {
  const { deps, input, output, printed } = await setup();
  const ended = new Promise<void>((resolve) => {
    const adapter = createTerminalAdapter(deps, { input, output, onInputEnd: resolve });
    void adapter.start();
  });
  input.end(lines);
  await ended;
  return printed();
}

describe('terminal adapter (streams)', () => {
  it('answers piped lines in order and reports the end of input', async () => {
    const out = await answersTo('/articles\n# a comment\nhelp articles\n/nope\n');
    expect(out).toContain('Library: 1 article');
    expect(out).toContain('Help: /articles');
    expect(out).toContain('There is no command "nope"');
    expect(out).not.toContain('a comment');
    expect(out.indexOf('Library:')).toBeLessThan(out.indexOf('Help: /articles'));
  });

  it('reads a bare article id and a speaker after it against the real library', async () => {
    const out = await answersTo('quotes us-weighs-taking-refugees-from-australian-detention Key\n');
    expect(out).toContain('John Key is named in the article but not quoted.');
  });

  it('does not report the end of input while scheduled work keeps it running', async () => {
    const { deps, input, output } = await setup({ DIGEST_SCHEDULE: 'daily 08:00' });
    let endCalls = 0;
    const adapter = createTerminalAdapter(deps, { input, output, onInputEnd: () => endCalls++ });
    await adapter.start();
    // Our 'end' listener runs after readline's, so the adapter has seen the end of input by then.
    const inputEnded = new Promise((r) => input.once('end', r));
    input.end('');
    await inputEnded;
    await new Promise((r) => setImmediate(r));
    expect(endCalls).toBe(0);
    await adapter.stop();
    expect(endCalls).toBe(0);
  });

  it('ends quietly when the reader of its output goes away (EPIPE)', async () => {
    const { deps, input, output } = await setup();
    const ended = new Promise<void>((resolve) => {
      void createTerminalAdapter(deps, { input, output, onInputEnd: resolve }).start();
    });
    output.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    input.write('/articles\n');
    await ended;
  });

  it('prints posted replies (scheduled digests) and stops cleanly', async () => {
    const { deps, input, output, printed } = await setup();
    const adapter = createTerminalAdapter(deps, { input, output });
    await adapter.start();
    await adapter.post('terminal', {
      title: 'Morning digest',
      blocks: [{ type: 'text', text: 'One article.' }],
    });
    await adapter.stop();
    expect(printed()).toBe('Morning digest\n\nOne article.\n\n');
  });
});

describe('tab completion', () => {
  it('completes command names, option names and article ids', async () => {
    const { deps } = await setup();
    const { catalog, library } = deps;
    expect(completeLine('/pe', catalog, library)).toEqual([['/people'], '/pe']);
    expect(completeLine('art', catalog, library)).toEqual([['articles'], 'art']);
    expect(completeLine('/people a', catalog, library)).toEqual([['article:'], 'a']);
    expect(completeLine('/people article:us', catalog, library)).toEqual([
      ['article:us-weighs-taking-refugees-from-australian-detention'],
      'article:us',
    ]);
    expect(completeLine('/nope x', catalog, library)).toEqual([[], 'x']);
  });

  it('completes speakers from the library, quoting a name with a space', async () => {
    const { deps } = await setup();
    const [suggestions] = completeLine('/quotes speaker:Ke', deps.catalog, deps.library);
    expect(suggestions).toContain('speaker:"John Kerry"');
  });
});

describe('history file', () => {
  const temp = useTempDir();
  it('round-trips newest-first history and survives a missing file', async () => {
    const file = path.join(temp.path, 'nested', 'terminal-history');
    expect(await readHistory(file, 10)).toEqual([]);
    await saveHistory(file, ['/people', '/articles', '/help']);
    expect(await readHistory(file, 2)).toEqual(['/people', '/articles']);
  });
});
