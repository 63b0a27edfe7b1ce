import { z } from 'zod';
import { summarizeText } from '../analysis/summary/offline.js';
import { ArticleLoadError } from '../articles/errors.js';
import { articleFromBytes, formatOf } from '../articles/loader.js';
import { configOrExplain } from './context.js';
import type { CliIO } from './io.js';
import { forEachJsonLine, readInput } from './jsonl.js';

/**
 * `summary FILE [--sentences N] [--json]` and `summary --jsonl IN.jsonl [--sentences N]`: the offline
 * extractive summary. JSON output joins the summary's sentences with "\n" (one sentence per line, as
 * ROUGE-Lsum expects); `--json` also lists them with their sentence numbers.
 */
const USAGE = 'Usage: summary FILE [--sentences N] [--json] | summary --jsonl IN.jsonl [--sentences N]';
const DEFAULT_SENTENCES = 3;

/** Article text of a file read as the library reads it (.txt, .md with front matter, .json); other files as plain text. */
function articleText(path: string, content: string, maxBytes: number): string {
  if (!formatOf(path)) return content;
  return articleFromBytes(new TextEncoder().encode(content), path, { maxBytes }).text;
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

export async function run(args: string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(args);
  if (typeof parsed === 'string') {
    io.err(`summary: ${parsed}\n${USAGE}`);
    return 2;
  }
  if (parsed.jsonl !== undefined) {
    const content = await readInput(parsed.jsonl, io);
    if (content === undefined) return 2;
    const errors = forEachJsonLine(content, inputLine, io, (line) => ({
      summary: summarizeText(line.text, parsed.sentences)
        .map((p) => p.text)
        .join('\n'),
    }));
    return errors ? 1 : 0;
  }

  const file = parsed.file!;
  const config = configOrExplain(io);
  if (!config) return 2;
  const content = await readInput(file, io);
  if (content === undefined) return 1;
  let text: string;
  try {
    text = articleText(file, content, config.maxArticleBytes);
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
