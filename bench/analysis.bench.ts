import { readFileSync } from 'node:fs';
import { analyze } from '../src/analysis/analyze.js';
import { attributeQuotes } from '../src/analysis/attribution.js';
import { findEntities } from '../src/analysis/entities.js';
import { findNameRuns } from '../src/analysis/name-runs.js';
import { findQuoteSpans, insideQuotes } from '../src/analysis/quote-marks.js';
import { analyseSentences, splitParagraphs } from '../src/analysis/sentences.js';

/** A ~800-word article: the seed article repeated, its names varied so every copy is a distinct text. */
function article(seed: string, n: number): string {
  const parts: string[] = [];
  while (parts.join(' ').split(/\s+/).length < 800)
    parts.push(seed.replaceAll('Kerry', `Kerry${n}x${parts.length}`));
  return parts.join('\n\n');
}

interface Cost {
  wall: number;
  cpu: number;
}

/**
 * Mean wall-clock and CPU milliseconds per call, after a warm-up so the JIT has settled. CPU time is the
 * steadier figure on a shared machine; articles/s is from wall-clock time.
 */
function msPerCall(fn: () => void, iterations: number): Cost {
  for (let i = 0; i < 30; i++) fn();
  const start = performance.now();
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < iterations; i++) fn();
  const cpu = process.cpuUsage(cpu0);
  return { wall: (performance.now() - start) / iterations, cpu: (cpu.user + cpu.system) / 1000 / iterations };
}

const line = (label: string, cost: Cost) =>
  console.log(
    `${label.padEnd(24)} ${cost.wall.toFixed(2).padStart(6)} ms/article (cpu ${cost.cpu.toFixed(2).padStart(5)} ms)  ${(1000 / cost.wall).toFixed(0).padStart(5)} articles/s`,
  );

/** Each part of the analysis of one text, timed on its own. */
function measureParts(label: string, text: string, n: number): void {
  const paragraphs = splitParagraphs(text);
  const { tokens } = analyseSentences(text, paragraphs);
  const spans = findQuoteSpans(text, paragraphs);
  const inQuote = insideQuotes(spans);
  const runs = findNameRuns(text, tokens);
  const entities = () => findEntities(text, tokens, inQuote, runs);
  console.log(
    `${label}: ${text.split(/\s+/).length} words, ${text.length} characters, ${spans.length} quotes`,
  );
  line(
    'analysis total',
    msPerCall(() => analyze(text), n),
  );
  line(
    '  sentences + tokens',
    msPerCall(() => analyseSentences(text, splitParagraphs(text)), n),
  );
  line(
    '  people/orgs/places',
    msPerCall(() => findEntities(text, tokens, inQuote, findNameRuns(text, tokens)), n),
  );
  line(
    '  quotes + attribution',
    msPerCall(() => {
      const found = findQuoteSpans(text, paragraphs);
      attributeQuotes({ text, tokens, paragraphs, spans: found, runs, entities: entities(), inQuote });
    }, n),
  );
  line('    (of which entities)', msPerCall(entities, n));
}

/**
 * Articles per second for the analysis and its parts (sentences and tokens; people, organisations and
 * places; quote extraction and attribution), and resident memory with 1,000 distinct articles held.
 */
export default async function bench(): Promise<void> {
  const seedUrl = new URL(
    '../test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt',
    import.meta.url,
  );
  const seed = readFileSync(seedUrl, 'utf8');
  measureParts('news article', article(seed, 0), 200);
  const before = process.memoryUsage().rss;
  const held = [];
  for (let i = 0; i < 1000; i++) held.push(analyze(article(seed, i + 1)));
  const after = process.memoryUsage().rss;
  console.log(
    `rss with 1,000 distinct articles analysed and held: ${(after / 2 ** 20).toFixed(0)} MiB (+${((after - before) / 2 ** 20).toFixed(0)} MiB for ${held.length} analyses)`,
  );
  // A dialogue runs the scene decoder as well (scenes.ts); our own held-out fiction scene, not a publisher's.
  const scenesUrl = new URL('../eval/heldout/fiction-heldout.jsonl', import.meta.url);
  const scenes = readFileSync(scenesUrl, 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  const dialogue = scenes
    .map((l) => (JSON.parse(l) as { text: string }).text)
    .sort((a, b) => b.length - a.length)[0];
  if (dialogue) measureParts('fiction dialogue scene', dialogue, 200);
  // Scaling: every scene back to back, repeated, to near the 2 MB article limit (a whole novel's worth of
  // dialogue). Analysis must stay roughly linear in the text's length.
  const all = scenes.map((l) => (JSON.parse(l) as { text: string }).text).join('\n\n');
  for (const copies of [20, 80]) {
    const long = Array.from({ length: copies }, () => all).join('\n\n');
    const started = performance.now();
    const quotes = analyze(long).quotes.length;
    const ms = performance.now() - started;
    console.log(
      `long dialogue ${(long.length / 1e6).toFixed(2)} MB, ${quotes} quotes: ${ms.toFixed(0)} ms (${((ms * 1e6) / long.length).toFixed(0)} ms per MB)`,
    );
  }
  // Hostile shapes that were superlinear once: a speech carried over 800 paragraphs, each tagged with a
  // different speaker, and one quote of 4,000 sentences that names its listener in every one.
  const names = (i: number) =>
    `Mr. ${['Ab', 'Ber', 'Cor', 'Dun'][i % 4]}${String.fromCharCode(97 + ((i >> 2) % 26))}${String.fromCharCode(97 + ((i >> 7) % 26))}on`;
  const carried = Array.from({ length: 800 }, (_, i) => `"Part ${i}," said ${names(i)}. "More`).join('\n\n');
  const named = `Anna Price sat down. "${Array.from({ length: 4000 }, (_, i) => `Listen, Anna, this is line ${i}.`).join(' ')}" said Tom Reed.`;
  // Many families and relatives: every "her aunt" and "his gran" looks over the people of the text.
  const families = Array.from(
    { length: 1500 },
    (_, i) =>
      `Mr. and Mrs. ${names(i)}s came in with Anna. "Good evening, sir," said her aunt. "I'm ${names(i + 1)}," said his gran.`,
  ).join('\n\n');
  for (const [label, text] of [
    ['800 carried-over speeches, 800 speakers', carried],
    ['one quote naming its listener 4,000 times', named],
    ['1,500 families with aunts and grans', families],
  ] as const) {
    const started = performance.now();
    analyze(text);
    console.log(
      `${label} (${(text.length / 1e3).toFixed(0)} KB): ${(performance.now() - started).toFixed(0)} ms`,
    );
  }
}
