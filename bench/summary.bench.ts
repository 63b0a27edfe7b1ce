import { existsSync, readFileSync } from 'node:fs';
import { lexrankSummary, nodeSummarizerFrequency, nodeSummarizerRank } from '../eval/summary-peers.js';
import { analyze } from '../src/analysis/analyze.js';
import { extractSummary } from '../src/analysis/summary/summarize.js';

/**
 * Offline summaries per second, beside the npm summarisers on the same articles, in one run.
 * Articles: the seed fixture and articles generated from its sentences (deterministic shuffles of 8 to 40
 * sentences); the development set is added when it is present on this machine.
 */
const SENTENCES = 3;
const SEED = new URL(
  '../test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt',
  import.meta.url,
);
// The shared development set sits beside the repository (../shared), or beside a worktree's parent.
const DEV_CANDIDATES = ['../shared/eval/summaries-dev.jsonl', '../../shared/eval/summaries-dev.jsonl'].map(
  (p) => new URL(p, `file://${process.cwd()}/`),
);

/** A small seeded PRNG (mulberry32) so that every run benchmarks the same articles. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function generatedArticles(seedText: string, count: number): string[] {
  const sentences = analyze(seedText).sentences.map((s) => s.text);
  const next = random(42);
  return Array.from({ length: count }, () => {
    const n = 8 + Math.floor(next() * 33);
    const picked = Array.from({ length: n }, () => sentences[Math.floor(next() * sentences.length)]!);
    // Paragraphs of one to three sentences, as news is written.
    const paragraphs: string[] = [];
    for (let i = 0; i < picked.length; ) {
      const size = 1 + Math.floor(next() * 3);
      paragraphs.push(picked.slice(i, i + size).join(' '));
      i += size;
    }
    return paragraphs.join('\n\n');
  });
}

function devArticles(): string[] {
  const dev = DEV_CANDIDATES.find((url) => existsSync(url));
  if (!dev) return [];
  return readFileSync(dev, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => (JSON.parse(line) as { text?: unknown }).text)
    .filter((t): t is string => typeof t === 'string');
}

async function timeIt(articles: string[], summarize: (text: string) => unknown): Promise<number> {
  for (const text of articles.slice(0, 5)) await summarize(text); // warm-up (model loading, JIT)
  const rounds = 3;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const text of articles) await summarize(text);
  return (performance.now() - started) / (rounds * articles.length);
}

export default async function bench(): Promise<void> {
  const seedText = readFileSync(SEED, 'utf8');
  const sets: Array<[string, string[]]> = [
    ['seed + 60 generated articles', [seedText, ...generatedArticles(seedText, 60)]],
  ];
  const dev = devArticles();
  if (dev.length) sets.push([`development set (${dev.length} articles)`, dev]);

  for (const [name, articles] of sets) {
    const analyses = new Map(articles.map((t) => [t, analyze(t)]));
    const systems: Array<[string, (text: string) => unknown]> = [
      ['briefing: analysis + summary', (t) => extractSummary(analyze(t), { sentences: SENTENCES })],
      [
        'briefing: summary (analysis cached)',
        (t) => extractSummary(analyses.get(t)!, { sentences: SENTENCES }),
      ],
      ['lexrank (npm)', (t) => lexrankSummary(t, SENTENCES)],
      ['node-summarizer textrank', (t) => nodeSummarizerRank(t, SENTENCES)],
      ['node-summarizer frequency', (t) => nodeSummarizerFrequency(t, SENTENCES)],
    ];
    const results: Array<[string, number]> = [];
    for (const [label, fn] of systems) results.push([label, await timeIt(articles, fn)]);
    const ours = results[0]![1];
    console.log(`\n${name}, ${SENTENCES} sentences each`);
    console.log('| summariser | summaries/s | ms/summary | time vs ours |');
    console.log('|---|---:|---:|---:|');
    for (const [label, ms] of results)
      console.log(`| ${label} | ${(1000 / ms).toFixed(0)} | ${ms.toFixed(2)} | ${(ms / ours).toFixed(2)}x |`);
  }
}
