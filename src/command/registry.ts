import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Command } from './types.js';

/** commands/ at the repository root: one file per command (after the discord.js guide's handler). */
export const commandsDir = fileURLToPath(new URL('../../commands/', import.meta.url));

function isCommand(value: unknown): value is Command {
  if (!value || typeof value !== 'object') return false;
  const c = value as Partial<Command>;
  return (
    typeof c.name === 'string' &&
    typeof c.description === 'string' &&
    Array.isArray(c.options) &&
    typeof c.run === 'function'
  );
}

/** Discover every command file and return the commands sorted by name. */
export async function loadCommands(dir = commandsDir): Promise<Command[]> {
  const files = (await readdir(dir)).filter(
    (f) => /\.(ts|js)$/.test(f) && !f.endsWith('.d.ts') && !f.startsWith('_'),
  );
  const commands: Command[] = [];
  for (const file of files) {
    const mod: { default?: unknown } = await import(pathToFileURL(path.join(dir, file)).href);
    if (!isCommand(mod.default))
      throw new Error(`${file} in commands/ must export default defineCommand({...})`);
    commands.push(mod.default);
  }
  const names = new Set<string>();
  for (const c of commands) {
    if (names.has(c.name)) throw new Error(`Two command files define "${c.name}"`);
    names.add(c.name);
  }
  return commands.sort((a, b) => a.name.localeCompare(b.name));
}

export function findCommand(catalog: readonly Command[], name: string): Command | undefined {
  const wanted = name.trim().replace(/^\//, '').toLowerCase();
  return (
    catalog.find((c) => c.name === wanted) ??
    catalog.find((c) => c.name.replace(/-/g, '') === wanted.replace(/[-\s]/g, ''))
  );
}
