import { readdir } from 'node:fs/promises';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm run bench`: runs every bench/*.bench.ts file in turn. Each exports a default async function that
 * prints its own figures (one area each: analysis, quotes, summaries, digests, ...).
 */
const dir = fileURLToPath(new URL('.', import.meta.url));
const only = process.argv[2];
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts') && (!only || f.startsWith(only)))
  .sort();
for (const file of files) {
  const mod: { default?: () => Promise<void> } = await import(pathToFileURL(`${dir}${file}`).href);
  if (typeof mod.default !== 'function') throw new Error(`${file} must export a default async function`);
  console.log(`\n## ${file.replace('.bench.ts', '')}`);
  await mod.default();
}
