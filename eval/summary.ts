import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { analyze } from '../src/analysis/analyze.js';
import { extractSummary } from '../src/analysis/summary/summarize.js';
import { type RougeScores, rouge } from './rouge/score.js';
import { lexrankSummary, nodeSummarizerFrequency, nodeSummarizerRank } from './summary-peers.js';

/**
 * `npm run eval -- summary PATH.jsonl [--sentences N]`: mean ROUGE-1/2/Lsum F1 (stemmed) of our offline
 * summariser next to Lead-N and the npm summarisers, on lines `{id, text, reference}` whose reference
 * sentences are separated by newlines (CNN/DailyMail highlights).
 */
const lineSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  reference: z.string().min(1),
});
type Row = z.infer<typeof lineSchema>;

type System = { name: string; summarize: (text: string, n: number) => Promise<string[]> };

/** Sentences of a text as our analysis splits them (for systems that return one string). */
function split(text: string): string[] {
  return analyze(text).sentences.map((s) => s.text);
}

const SYSTEMS: System[] = [
  {
    name: 'briefing (ours)',
    summarize: async (text, n) => extractSummary(analyze(text), { sentences: n }).map((s) => s.text),
  },
  { name: 'lead', summarize: async (text, n) => split(text).slice(0, n) },
  { name: 'lexrank (npm)', summarize: lexrankSummary },
  { name: 'node-summarizer textrank', summarize: async (t, n) => split(await nodeSummarizerRank(t, n)) },
  {
    name: 'node-summarizer frequency',
    summarize: async (t, n) => split(await nodeSummarizerFrequency(t, n)),
  },
];

export function parseRows(content: string): { rows: Row[]; problems: string[] } {
  const rows: Row[] = [];
  const problems: string[] = [];
  content.split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      problems.push(`line ${i + 1}: not JSON`);
      return;
    }
    const parsed = lineSchema.safeParse(json);
    if (parsed.success) rows.push(parsed.data);
    else
      problems.push(
        `line ${i + 1}: ${parsed.error.issues.map((x) => x.path.join('.') || x.message).join(', ')}`,
      );
  });
  return { rows, problems };
}

function mean(scores: RougeScores[], key: keyof RougeScores): number {
  return scores.length ? (100 * scores.reduce((sum, s) => sum + s[key].f, 0)) / scores.length : 0;
}

export async function run(args: string[]): Promise<number> {
  const path = args.find((a) => !a.startsWith('--'));
  const at = args.indexOf('--sentences');
  const n = at >= 0 ? Number(args[at + 1]) : 3;
  if (!path || !Number.isInteger(n) || n < 1) {
    process.stderr.write('Usage: npm run eval -- summary PATH.jsonl [--sentences N]\n');
    return 2;
  }
  const { rows, problems } = parseRows(await readFile(path, 'utf8'));
  for (const p of problems) process.stderr.write(`skipped ${p}\n`);
  const only = process.env.SUMMARY_EVAL_SYSTEMS?.split(',');
  const lines = [
    `ROUGE F1 x100 (stemmed, rouge-score tokenisation), ${rows.length} articles, ${n} sentences`,
    `| system | ROUGE-1 | ROUGE-2 | ROUGE-Lsum | ms/article |`,
    `|---|---:|---:|---:|---:|`,
  ];
  for (const system of SYSTEMS) {
    if (only && !only.some((o) => system.name.startsWith(o))) continue;
    const scores: RougeScores[] = [];
    const started = performance.now();
    for (const row of rows) {
      let sentences: string[] = [];
      try {
        sentences = await system.summarize(row.text, n);
      } catch (error) {
        process.stderr.write(`${system.name} failed on ${row.id}: ${(error as Error).message}\n`);
      }
      scores.push(rouge(sentences.map((s) => s.replace(/\s+/g, ' ').trim()).join('\n'), row.reference));
    }
    const ms = (performance.now() - started) / Math.max(1, rows.length);
    const name = system.name === 'lead' ? `lead-${n}` : system.name;
    lines.push(
      `| ${name} | ${mean(scores, 'rouge1').toFixed(2)} | ${mean(scores, 'rouge2').toFixed(2)} | ${mean(scores, 'rougeLsum').toFixed(2)} | ${ms.toFixed(1)} |`,
    );
  }
  process.stdout.write(`${lines.join('\n')}\n`);
  return 0;
}
