import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import type { CliIO } from './io.js';

/** Read a file, or standard input for "-". */
export async function readSource(path: string, io: CliIO): Promise<string> {
  if (io.readInput) return io.readInput(path);
  if (path !== '-') return readFile(path, 'utf8');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The input's text without a leading byte-order mark (editors on Windows write one), or undefined after
 * telling stderr in words why it cannot be read.
 */
export async function readInput(path: string, io: CliIO): Promise<string | undefined> {
  try {
    return (await readSource(path, io)).replace(/^\uFEFF/, '');
  } catch (error) {
    io.err(`Cannot read ${path}: ${whyUnreadable(error)}`);
    return undefined;
  }
}

const UNREADABLE: Record<string, string> = {
  ENOENT: 'there is no such file.',
  EISDIR: 'it is a folder, not a file.',
  EACCES: 'permission denied.',
};

function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && UNREADABLE[code]) ?? describe(error);
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Run `handle` on every line of a JSON Lines text and print one JSON result per input line. A line that
 * is not JSON, does not fit the schema or fails while being handled gets `{id, error}` (id null when it
 * cannot be read) on stdout and a message on stderr; the other lines still run. Returns the error count.
 */
export function forEachJsonLine<S extends z.ZodType<{ id: string | number }>>(
  text: string,
  schema: S,
  io: CliIO,
  handle: (input: z.infer<S>) => Record<string, unknown>,
): number {
  let errors = 0;
  const fail = (lineNo: number, id: unknown, message: string) => {
    errors++;
    io.err(`line ${lineNo}: ${message}`);
    io.out(
      JSON.stringify({ id: typeof id === 'string' || typeof id === 'number' ? id : null, error: message }),
    );
  };
  text.split(/\r?\n/).forEach((line, i) => {
    const lineNo = i + 1;
    if (!line.trim()) return;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (error) {
      fail(lineNo, null, `not valid JSON (${describe(error)})`);
      return;
    }
    const parsed = schema.safeParse(raw);
    const id = raw && typeof raw === 'object' ? (raw as { id?: unknown }).id : undefined;
    if (!parsed.success) {
      const problems = parsed.error.issues.map(
        (issue) => `${issue.path.join('.') || 'line'}: ${issue.message}`,
      );
      fail(lineNo, id, `invalid input (${problems.join('; ')})`);
      return;
    }
    try {
      io.out(JSON.stringify({ id: parsed.data.id, ...handle(parsed.data) }));
    } catch (error) {
      fail(lineNo, id, `could not be processed (${describe(error)})`);
    }
  });
  return errors;
}
