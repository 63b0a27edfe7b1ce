import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadFolder, watchFolder } from '../src/articles/folder.js';
import { Library } from '../src/articles/library.js';
import { silentLogger } from '../src/logger.js';

/**
 * The library: time to load a folder of N articles (read, normalise, analyse each), and time for one
 * changed file to be re-read and re-analysed while N others stay loaded. Each file is the seed article
 * with a unique closing paragraph, so every file is analysed (no cache hits).
 */
const SEED = new URL(
  '../test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt',
  import.meta.url,
);
const SIZES = [100, 1000];
const DEBOUNCE_MS = 50;

async function makeFolder(n: number, seed: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'briefing-bench-'));
  await Promise.all(
    Array.from({ length: n }, (_, i) =>
      writeFile(path.join(dir, `article-${i}.txt`), `${seed}\n\nBench paragraph number ${i}.`),
    ),
  );
  return dir;
}

function ms(value: number): string {
  return `${value.toFixed(1)} ms`;
}

export default async function bench(): Promise<void> {
  const seed = await readFile(SEED, 'utf8');
  const options = { maxBytes: 2 * 1024 * 1024, logger: silentLogger, debounceMs: DEBOUNCE_MS };
  // Warm up the NLP model and the JIT on a throwaway folder.
  const warm = await makeFolder(5, seed);
  await loadFolder(new Library(), warm, options);
  await rm(warm, { recursive: true });

  for (const n of SIZES) {
    const dir = await makeFolder(n, seed);
    try {
      const library = new Library();
      // How long a command could wait while the folder loads: the longest the event loop is held.
      const delay = monitorEventLoopDelay({ resolution: 1 });
      delay.enable();
      const started = performance.now();
      await loadFolder(library, dir, options);
      const loadMs = performance.now() - started;
      delay.disable();
      console.log(
        `longest event-loop stall while loading ${n}: ${ms(delay.max / 1e6)} (p99 ${ms(delay.percentile(99) / 1e6)})`,
      );
      console.log(
        `load ${n} articles (~${Math.round(seed.split(/\s+/).length)} words each): ${ms(loadMs)} total, ${ms(loadMs / n)} per article, ${(n / (loadMs / 1000)).toFixed(0)} articles/s`,
      );

      const stop = watchFolder(library, dir, options);
      const changed = new Promise<void>((resolve) => {
        const off = library.onChange((e) => {
          if (e.type === 'changed' && e.entry.article.id === 'article-0') {
            off();
            resolve();
          }
        });
      });
      const before = performance.now();
      await writeFile(path.join(dir, 'article-0.txt'), `${seed}\n\nA changed closing paragraph.`);
      await changed;
      const changeMs = performance.now() - before;
      await stop();
      console.log(
        `re-analyse 1 changed file among ${n}: ${ms(changeMs)} from write to library event (includes the ${DEBOUNCE_MS} ms debounce; ${ms(changeMs - DEBOUNCE_MS)} without it)`,
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
}
