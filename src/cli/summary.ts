import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { summarizeText } from '../analysis/summary/offline.js';
import { ArticleLoadError } from '../articles/errors.js';
import { articleFromBytes, formatOf } from '../articles/loader.js';
import type { CliIO } from './io.js';

/**
 * `summary FILE [--sentences N] [--json]` and `summary --jsonl IN.jsonl [--sentences N]`: the offline
 * extractive summary. JSON output joins the summary's sentences with "\n" (one sentence per line, as
 * ROUGE-Lsum expects); `--json` also lists them with their sentence numbers.
 */
const USAGE = 'Usage: summary FILE [--sentences N] [--json] | summary --jsonl IN.jsonl [--sentences N]';
const DEFAULT_SENTENCES = 3;
const MAX_BYTES = 2 * 1024 * 1024;

/** Article text of a file read as the library reads it (.txt, .md with front matter, .json); other files as plain text. */
function articleText(path: string, content: string): string {
  if (!formatOf(path)) return content;
  return articleFromBytes(new TextEncoder().encode(content), path, { maxBytes: MAX_BYTES }).text;
}

const inputLine = z.object({
  id: z.union([z.string(), z.number()]),
  text: z.string(),
});

interface Parsed {
  file?: string;
  jsonl?: string;
  json: boolean;
  sentences: number;
}

function parseArgs(args: string[]): Parsed | string {
  const parsed: Parsed = { json: false, sentences: DEFAULT_SENTENCES };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--json') parsed.json = true;
    else if (arg === '--jsonl') {
      parsed.jsonl = args[++i];
      if (!parsed.jsonl) return '--jsonl needs a file (or - for standard input)';
    } else if (arg === '--sentences') {
      const n = Number(args[++i]);
      if (!Number.isInteger(n) || n < 1 || n > 100) return '--sentences needs a whole number from 1 to 100';
      parsed.sentences = n;
    } else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (parsed.file) return `one FILE only (got ${parsed.file} and ${arg})`;
    else parsed.file = arg;
  }
  if (!parsed.file && !parsed.jsonl) return 'give a FILE or --jsonl IN.jsonl';
  if (parsed.file && parsed.jsonl) return 'give a FILE or --jsonl, not both';
  return parsed;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function reader(io: CliIO): (path: string) => Promise<string> {
  return io.readInput ?? ((path) => (path === '-' ? readStdin() : readFile(path, 'utf8')));
}

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`summary: ${parsed}\n${USAGE}`);
    return 2;
  }
  const read = reader(io);
  let content: string;
  const path = (parsed.jsonl ?? parsed.file)!;
  try {
    content = await read(path);
  } catch (error) {
    io.err(`summary: cannot read ${path}: ${(error as Error).message}`);
    return 1;
  }

  if (parsed.file) {
    let text: string;
    try {
      text = articleText(parsed.file, content);
    } catch (error) {
      if (!(error instanceof ArticleLoadError)) throw error;
      io.err(`summary: ${error.message}`);
      return 1;
    }
    const picked = summarizeText(text, parsed.sentences);
    if (parsed.json) {
      io.out(
        JSON.stringify({
          summary: picked.map((p) => p.text).join('\n'),
          sentences: picked.map((p) => ({ index: p.index, text: p.text })),
        }),
      );
    } else io.out(picked.map((p) => p.text).join('\n'));
    return 0;
  }

  let problems = 0;
  const lines = content.split('\n');
  for (const [i, line] of lines.entries()) {
    if (!line.trim()) continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems++;
      io.err(`summary: line ${i + 1} is not JSON; skipped`);
      continue;
    }
    const input = inputLine.safeParse(json);
    if (!input.success) {
      problems++;
      io.err(
        `summary: line ${i + 1} needs {id, text}: ${input.error.issues.map((x) => x.path.join('.')).join(', ')}`,
      );
      continue;
    }
    const picked = summarizeText(input.data.text, parsed.sentences);
    io.out(JSON.stringify({ id: input.data.id, summary: picked.map((p) => p.text).join('\n') }));
  }
  return problems ? 1 : 0;
}
