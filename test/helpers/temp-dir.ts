import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';

/** A fresh folder under the system temp dir; remove it with the returned cleanup. */
export async function makeTempDir(
  prefix = 'briefing-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** A fresh temp folder for each test in the calling file: read `.path` inside a test. */
export function useTempDir(prefix?: string): { readonly path: string } {
  let current: { dir: string; cleanup: () => Promise<void> } | undefined;
  beforeEach(async () => {
    current = await makeTempDir(prefix);
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  return {
    get path() {
      if (!current) throw new Error('useTempDir: only available inside a test');
      return current.dir;
    },
  };
}
