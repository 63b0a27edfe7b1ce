import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis/analyze.js';
import { attributeQuotes } from '../src/analysis/attribution.js';
import { findEntities } from '../src/analysis/entities.js';
import { findNameRuns } from '../src/analysis/name-runs.js';
import { findQuoteSpans } from '../src/analysis/quote-marks.js';
import { analyseSentences, splitParagraphs } from '../src/analysis/sentences.js';

/** A ~800-word article: the seed article repeated with its names varied. */
function article(seed: string, n: number): string {
  const parts: string[] = [];
  while (parts.join(' ').split(/\s+/).length < 800)
    parts.push(seed.replaceAll('Kerry', `Kerry${n}x${parts.length}`));
  return parts.join('\n\n');
}

function perSecond(fn: () => void, iterations: number): number {
  const start = performance.now();
  for (let i = 0; i < iterations; i++) fn();
  return (iterations * 1000) / (performance.now() - start);
}

/** Articles per second for the analysis and its parts, and resident memory with 1,000 articles held. */
export default async function bench(): Promise<void> {
  const seed = readFileSync(
    new URL('../test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt', import.meta.url),
    'utf8',
  );
  const text = article(seed, 0);
  analyze(text); // warm up (model load)
  const n = 200;
  const paragraphs = splitParagraphs(text);
  const { tokens } = analyseSentences(text, paragraphs);
  const runs = findNameRuns(text, tokens);
  const inQuote = () => false;
  const entities = findEntities(text, tokens, inQuote, runs);
  console.log(`article: ${text.split(/\s+/).length} words, ${text.length} chars`);
  console.log(`analysis total:        ${perSecond(() => analyze(text), n).toFixed(0)} articles/s`);
  console.log(
    `  sentences+tokens:    ${perSecond(() => analyseSentences(text, splitParagraphs(text)), n).toFixed(0)} articles/s`,
  );
  console.log(
    `  people/orgs/places:  ${perSecond(() => findEntities(text, tokens, inQuote, findNameRuns(text, tokens)), n).toFixed(0)} articles/s`,
  );
  console.log(
    `  quotes+attribution:  ${perSecond(() => attributeQuotes({ text, tokens, paragraphs, spans: findQuoteSpans(text, paragraphs), runs, entities, inQuote }), n).toFixed(0)} articles/s`,
  );
  const before = process.memoryUsage().rss;
  const held = [];
  for (let i = 0; i < 1000; i++) held.push(analyze(article(seed, i + 1)));
  const after = process.memoryUsage().rss;
  console.log(
    `rss with 1,000 distinct articles analysed and held: ${(after / 2 ** 20).toFixed(0)} MiB (+${((after - before) / 2 ** 20).toFixed(0)} MiB), ${held.length} analyses`,
  );
}
