import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Library } from '../../src/articles/library.js';
import type { ManualClock } from '../../src/clock.js';
import { leadSummary } from '../../src/digest/brief.js';
import { DigestComposer } from '../../src/digest/composer.js';
import type { RetryPolicy } from '../../src/digest/deliver.js';
import { DigestScheduler, type Poster } from '../../src/digest/scheduler.js';
import { DigestStore } from '../../src/digest/store.js';
import type { Platform } from '../../src/digest/types.js';
import { silentLogger } from '../../src/logger.js';

/** A temporary folder for a test's database file; remove() deletes it. */
export function tempDir(): { dir: string; file: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'briefing-digest-'));
  return {
    dir,
    file: path.join(dir, 'digests.sqlite'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const HOUR = 3_600_000;

export interface Instance {
  library: Library;
  store: DigestStore;
  composer: DigestComposer;
  scheduler: DigestScheduler;
  waits: number[];
  close(): void;
}

/** One "process": its own store connection, composer and scheduler over a shared library and clock. */
export function instance(
  file: string,
  library: Library,
  clock: ManualClock,
  adapters: ReadonlyMap<Platform, Poster>,
  options: { catchupWindowMs?: number; lookbackMs?: number; retry?: RetryPolicy; claimLeaseMs?: number } = {},
): Instance {
  const store = new DigestStore(file);
  const composer = new DigestComposer(
    library,
    store,
    async (e) => leadSummary(e),
    options.lookbackMs ?? 24 * HOUR,
  );
  const waits: number[] = [];
  const scheduler = new DigestScheduler({
    store,
    composer,
    clock,
    logger: silentLogger,
    adapters,
    catchupWindowMs: options.catchupWindowMs ?? 6 * HOUR,
    retry: options.retry,
    claimLeaseMs: options.claimLeaseMs,
    wait: async (ms) => {
      waits.push(ms);
    },
  });
  return {
    library,
    store,
    composer,
    scheduler,
    waits,
    close() {
      composer.close();
      store.close();
    },
  };
}

export function newLibrary(clock: ManualClock): Library {
  return new Library(() => clock.now());
}
