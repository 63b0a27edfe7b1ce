import { copyFile, mkdir, rm, unlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ArticlesFolderError } from '../../src/articles/errors.js';
import { loadFolder, watchFolder } from '../../src/articles/folder.js';
import { Library } from '../../src/articles/library.js';
import { ManualClock } from '../../src/clock.js';
import { silentLogger } from '../../src/logger.js';
import { nextEvent } from '../helpers/library-events.js';
import { makeTempDir } from '../helpers/temp-dir.js';

const SEED = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';
const options = { maxBytes: 64 * 1024, logger: silentLogger, debounceMs: 20 };

const idsOf = (library: Library) =>
  library
    .list()
    .map((e) => e.article.id)
    .sort();

let dir: string;
let cleanup: () => Promise<void>;
let stop: (() => Promise<void>) | undefined;
beforeEach(async () => {
  ({ dir, cleanup } = await makeTempDir());
});
afterEach(async () => {
  await stop?.();
  stop = undefined;
  await cleanup();
});

describe('loadFolder', () => {
  it('loads the good files and reports each bad one without stopping', async () => {
    await copyFile(SEED, path.join(dir, 'seed.txt'));
    await writeFile(path.join(dir, 'b.json'), '{"title":"B","text":"Bee."}');
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'broken.json'), '{');
    await writeFile(path.join(dir, 'photo.png'), new Uint8Array([0x89, 0x50, 0, 0]));
    await writeFile(path.join(dir, '.hidden.txt'), 'ignored');
    await mkdir(path.join(dir, 'sub'));
    const library = new Library();
    await loadFolder(library, dir, options);
    expect(idsOf(library)).toEqual(['b', 'seed']);
    const problems = Object.fromEntries(library.problems().map((p) => [path.basename(p.source), p.message]));
    expect(Object.keys(problems).sort()).toEqual(['broken.json', 'empty.txt', 'photo.png']);
    expect(problems['empty.txt']).toBe('it is empty.');
    expect(problems['photo.png']).toContain('only .txt, .md and .json');
  });

  it('loads articles whose file names are not in Latin letters, each under its own id', async () => {
    for (const name of ['новости.txt', '新闻.txt', 'Ελλάδα.txt'])
      await writeFile(path.join(dir, name), `Article ${name} said "hello" today.`);
    const library = new Library();
    await loadFolder(library, dir, options);
    expect(idsOf(library)).toEqual(['ελλάδα', 'новости', '新闻']);
    expect(library.problems()).toEqual([]);
    const found = library.resolve('новости');
    expect(found.ok && found.entry.article.id).toBe('новости');
  });

  it('reports two files with the same id instead of letting one replace the other, until one goes', async () => {
    await writeFile(path.join(dir, 'same.md'), 'From markdown.');
    await writeFile(path.join(dir, 'same.txt'), 'From text.');
    const library = new Library();
    await loadFolder(library, dir, options);
    expect(library.get('same')?.article.text).toBe('From markdown.');
    expect(library.problems()[0]?.message).toContain('same id "same" as same.md');

    // When the file holding the id goes, the other one takes its place.
    stop = watchFolder(library, dir, options);
    const replaced = nextEvent(library, (e) => e.type === 'added');
    await unlink(path.join(dir, 'same.md'));
    await replaced;
    expect(library.get('same')?.article.text).toBe('From text.');
    expect(library.problems()).toEqual([]);
  });

  it('dates files found at start by their modification time, so the newest file is the default', async () => {
    await writeFile(path.join(dir, 'old.txt'), 'Old news.');
    await writeFile(path.join(dir, 'new.txt'), 'New news.');
    await utimes(path.join(dir, 'old.txt'), new Date('2020-01-01'), new Date('2020-01-01'));
    const library = new Library();
    await loadFolder(library, dir, options);
    expect(library.get('old')?.addedAt.toISOString()).toBe('2020-01-01T00:00:00.000Z');
    expect(library.newest()?.article.id).toBe('new');
  });

  it('explains a missing folder', async () => {
    const missing = path.join(dir, 'nope');
    const error = await loadFolder(new Library(), missing, options).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ArticlesFolderError);
    expect((error as Error).message).toContain('does not exist');
    expect((error as Error).message).toContain('ARTICLES_DIR');
  });
});

describe('watchFolder', () => {
  it('picks up added, changed and removed files on their own', async () => {
    await writeFile(path.join(dir, 'other.txt'), 'Another article stays put.');
    const clock = new ManualClock(new Date('2030-01-01T00:00:00Z'));
    const library = new Library(() => clock.now());
    await loadFolder(library, dir, options);
    const other = library.get('other');
    stop = watchFolder(library, dir, options);

    const added = nextEvent(library, (e) => e.type === 'added');
    await copyFile(SEED, path.join(dir, 'seed.txt'));
    const addedEvent = await added;
    expect(addedEvent.type === 'added' && addedEvent.entry.article.id).toBe('seed');
    expect(library.get('seed')?.analysis.sentences.length).toBeGreaterThan(10);

    const changed = nextEvent(library, (e) => e.type === 'changed');
    await writeFile(path.join(dir, 'seed.txt'), 'A rewritten article.\n\nWith two paragraphs.');
    await changed;
    expect(library.get('seed')?.article.paragraphs).toEqual(['A rewritten article.', 'With two paragraphs.']);
    expect(library.get('seed')?.analysis.hash).toBe(library.get('seed')?.article.hash);

    const late = nextEvent(library, (e) => e.type === 'added');
    await writeFile(path.join(dir, 'late.txt'), 'Arrived while watching.');
    await utimes(path.join(dir, 'late.txt'), new Date('2001-01-01'), new Date('2001-01-01'));
    await late;
    // Seen arriving: dated by the library's clock, not by the file's (old) mtime.
    expect(library.get('late')?.addedAt.toISOString()).toBe(clock.now().toISOString());

    const removed = nextEvent(library, (e) => e.type === 'removed');
    await unlink(path.join(dir, 'seed.txt'));
    expect(await removed).toEqual({ type: 'removed', id: 'seed' });
    expect(library.get('seed')).toBeUndefined();
    // The untouched article was never re-read.
    expect(library.get('other')).toBe(other);
  });

  it('reports a file that turns bad, keeps serving its last good version, and recovers', async () => {
    await writeFile(path.join(dir, 'a.json'), '{"text":"Good."}');
    const library = new Library();
    await loadFolder(library, dir, options);
    stop = watchFolder(library, dir, options);

    const problem = nextEvent(library, (e) => e.type === 'problem');
    await writeFile(path.join(dir, 'a.json'), '{"text": ');
    await problem;
    expect(library.get('a')?.article.text).toBe('Good.');
    expect(library.problems()[0]?.message).toContain('Still serving the previous version');

    const fixed = nextEvent(library, (e) => e.type === 'changed');
    await writeFile(path.join(dir, 'a.json'), '{"text":"Better."}');
    await fixed;
    expect(library.get('a')?.article.text).toBe('Better.');
    expect(library.problems()).toEqual([]);

    // Listen before acting: under load the watcher can report the removal before rm() resolves.
    const removed = nextEvent(library, (e) => e.type === 'removed');
    await rm(path.join(dir, 'a.json'));
    await removed;
    expect(library.size).toBe(0);
  });

  it('stops cleanly: no updates after stop', async () => {
    const library = new Library();
    stop = watchFolder(library, dir, options);
    await stop();
    await writeFile(path.join(dir, 'late.txt'), 'Too late.');
    // Give a would-be watcher more than its debounce to fire.
    await new Promise((r) => setTimeout(r, options.debounceMs * 5));
    expect(library.size).toBe(0);
  });
});
