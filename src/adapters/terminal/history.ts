import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Command history kept across sessions in DATA_DIR (interactive mode only); newest first, as readline wants. */
export async function readHistory(file: string, limit: number): Promise<string[]> {
  try {
    return (await readFile(file, 'utf8')).split('\n').filter(Boolean).slice(0, limit);
  } catch {
    return [];
  }
}

/** Best effort: a history that cannot be saved is not worth interrupting the user for. */
export async function saveHistory(file: string, lines: readonly string[]): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, `${lines.join('\n')}\n`);
  } catch {
    // ignored: read-only DATA_DIR and the like
  }
}
