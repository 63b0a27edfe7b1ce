import { readFile } from 'node:fs/promises';
import { runCli } from '../../src/cli/main.js';

/** Run the CLI in-process with captured output; "-" reads `stdin`. */
export async function cli(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    out: (t) => out.push(t),
    err: (t) => err.push(t),
    readInput: async (path) => (path === '-' ? stdin : readFile(path, 'utf8')),
  });
  return { code, out, err, json: () => out.map((line) => JSON.parse(line) as Record<string, unknown>) };
}
