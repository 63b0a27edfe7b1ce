import { analyze } from '../src/analysis/analyze.js';
import { articleIndex } from '../src/analysis/search/article-search.js';
import { whoSaid } from '../src/analysis/search/who-said.js';
import { type GoldQuote, readGold } from './gold.js';
import { sameSpeaker } from './speaker-match.js';

/**
 * `npm run eval -- who-said PATH.jsonl`: can /who-said find a quote from a few half-remembered words?
 * For every gold speech quote of three words or more, four words from its middle are asked as written,
 * in reverse order, and with two letters of the longest word swapped. An answer counts when it is a
 * speech quote overlapping the gold quote, and again when its speaker is also the gold speaker (as the
 * quotes eval compares names: design.md's rules, cast-list aliases in fiction). Each gold
 * scare quote is asked as written and must be answered as not speech. Runs on the real analysis, so it
 * measures the search and the attribution engine together.
 */
type Variant = 'as written' | 'reversed' | 'typo';
const VARIANTS: readonly Variant[] = ['as written', 'reversed', 'typo'];

function phraseFor(quote: GoldQuote, variant: Variant): string | undefined {
  const words = quote.text.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length < 3) return undefined;
  const k = Math.min(4, words.length);
  const start = Math.floor((words.length - k) / 2);
  const picked = words.slice(start, start + k).map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''));
  if (variant === 'reversed') picked.reverse();
  if (variant === 'typo') {
    const longest = picked.reduce((best, w, i) => (w.length > (picked[best]?.length ?? 0) ? i : best), 0);
    const w = picked[longest] ?? '';
    if (w.length > 4) picked[longest] = w[0] + w.charAt(2) + w.charAt(1) + w.slice(3);
  }
  return picked.join(' ');
}

export async function run(args: string[]): Promise<number> {
  const [path] = args;
  if (!path) {
    process.stderr.write('Usage: npm run eval -- who-said PATH.jsonl\n');
    return 2;
  }
  const docs = await readGold(path);
  const tally = new Map<Variant, { asked: number; found: number; speaker: number }>(
    VARIANTS.map((v) => [v, { asked: 0, found: 0, speaker: 0 }]),
  );
  let scareAsked = 0;
  let scareRight = 0;
  const misses: string[] = [];
  for (const doc of docs) {
    const index = articleIndex(analyze(doc.text));
    for (const gold of doc.quotes) {
      if (gold.kind === 'scare') {
        scareAsked++;
        const answer = whoSaid(index, gold.text);
        if (answer.type === 'not-speech') scareRight++;
        else misses.push(`${doc.id}: scare "${gold.text}" answered as ${answer.type}`);
        continue;
      }
      if (gold.kind !== 'direct' && gold.kind !== 'partial') continue;
      for (const variant of VARIANTS) {
        const phrase = phraseFor(gold, variant);
        const counts = tally.get(variant);
        if (!phrase || !counts) continue;
        counts.asked++;
        const answer = whoSaid(index, phrase);
        const quote = answer.type === 'speech' ? answer.quote : undefined;
        if (quote && quote.start < gold.end && quote.end > gold.start) {
          counts.found++;
          if (sameSpeaker(quote.speaker, gold.speaker, doc.characters)) counts.speaker++;
        } else misses.push(`${doc.id}: "${phrase}" (${variant}) answered as ${answer.type}`);
      }
    }
  }
  const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');
  let asked = 0;
  let found = 0;
  let speaker = 0;
  for (const [variant, c] of tally) {
    asked += c.asked;
    found += c.found;
    speaker += c.speaker;
    console.log(
      `${variant.padEnd(10)} ${c.asked} asked: right quote ${pct(c.found, c.asked)}, and speaker ${pct(c.speaker, c.asked)}`,
    );
  }
  console.log(
    `all        ${asked} asked: right quote ${pct(found, asked)}, and speaker ${pct(speaker, asked)}`,
  );
  console.log(`scare quotes: ${scareAsked} asked, ${pct(scareRight, scareAsked)} answered as not speech`);
  if (misses.length)
    console.log(`\nmisses (first 20 of ${misses.length}):\n  ${misses.slice(0, 20).join('\n  ')}`);
  return 0;
}
