import { performance } from 'node:perf_hooks';
import { Library } from '../src/articles/library.js';
import { systemClock } from '../src/clock.js';
import { complete } from '../src/command/autocomplete.js';
import { loadCommands } from '../src/command/registry.js';
import { runInvocation } from '../src/command/run.js';
import { silentLogger } from '../src/logger.js';
import { halfRemembered, rng, syntheticLibrary } from './synthetic-news.js';

const ARTICLES = 1_000;
const QUERIES = 400;

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? Number.NaN;
}

function summary(times: readonly number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  return `median ${percentile(sorted, 0.5).toFixed(2)} ms, p99 ${percentile(sorted, 0.99).toFixed(2)} ms`;
}

/** Wall-clock time is what a user waits; CPU time shows the cost when other processes share the cores. */
async function timed(times: { wall: number[]; cpu: number[] }, work: () => Promise<unknown>): Promise<void> {
  const cpu = process.cpuUsage();
  const wall = performance.now();
  await work();
  times.wall.push(performance.now() - wall);
  const used = process.cpuUsage(cpu);
  times.cpu.push((used.user + used.system) / 1000);
}

function report(label: string, times: { wall: number[]; cpu: number[] }): void {
  console.log(
    `${label} (${times.wall.length} queries): wall ${summary(times.wall)}; CPU ${summary(times.cpu)}`,
  );
}

/** /who-said latency, run as a user would (through runInvocation), over a library of 1,000 articles. */
export default async function searchBench(): Promise<void> {
  const articles = syntheticLibrary(ARTICLES);
  const library = new Library(() => new Date('2026-06-01T00:00:00Z'));
  let t = performance.now();
  for (const { article } of articles) library.upsert(article);
  const quotes = library.list().reduce((n, e) => n + e.analysis.quotes.length, 0);
  console.log(
    `library: ${ARTICLES} articles, ${quotes} quotes found by the engine, analysed in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const base = {
    library,
    catalog: await loadCommands(),
    services: {},
    clock: systemClock,
    logger: silentLogger,
    requester: { platform: 'cli' as const },
  };
  const random = rng(7);
  const queries = Array.from({ length: QUERIES }, (_, i) => {
    const source = articles[Math.floor(random() * articles.length)];
    const quote = source?.quotes[Math.floor(random() * source.quotes.length)] ?? 'nothing';
    // Every tenth query is about nothing in the library.
    return {
      phrase: i % 10 === 9 ? 'zzqx wvvy' : halfRemembered(quote, random),
      article: source?.article.id,
    };
  });

  t = performance.now();
  await runInvocation({ command: 'who-said', options: { phrase: 'first query builds the index' } }, base);
  console.log(
    `who-said, first library-wide query (builds the index): ${(performance.now() - t).toFixed(0)} ms`,
  );

  const libraryWide = { wall: [] as number[], cpu: [] as number[] };
  const oneArticle = { wall: [] as number[], cpu: [] as number[] };
  for (const { phrase, article } of queries) {
    await timed(libraryWide, () => runInvocation({ command: 'who-said', options: { phrase } }, base));
    await timed(oneArticle, () => runInvocation({ command: 'who-said', options: { phrase, article } }, base));
  }
  const speakerTyping = { wall: [] as number[], cpu: [] as number[] };
  const phraseTyping = { wall: [] as number[], cpu: [] as number[] };
  for (const { phrase } of queries.slice(0, 100)) {
    const typed = phrase.slice(0, 1 + Math.floor(phrase.length / 2));
    await timed(speakerTyping, async () => complete('speaker', typed.slice(0, 3), library));
    await timed(phraseTyping, async () => complete('phrase', typed, library));
  }
  report('autocomplete speaker, whole library', speakerTyping);
  report('autocomplete phrase, whole library', phraseTyping);
  report('who-said over the whole library (1,000 articles)', libraryWide);
  report('who-said in one article', oneArticle);
}
