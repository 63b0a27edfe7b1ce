import { analyze } from '../src/analysis/analyze.js';
import { readGold } from './gold.js';
import { baselineQuotes } from './quote-baseline.js';
import { emptyScore, type Predicted, ratios, type Score, scoreDocument } from './quote-score.js';

const pct = (x: number) => x.toFixed(3);

function row(name: string, s: Score): string {
  const r = ratios(s);
  return `| ${name.padEnd(28)} | ${pct(r.precision)} | ${pct(r.recall)} | ${pct(r.f1)} | ${pct(r.attributionFull)} | ${pct(r.attributionSurname)} | ${s.found}/${s.goldSpeech} | ${s.falsePositives} |`;
}

/**
 * `npm run eval -- quotes PATH.jsonl|PATH.json [--no-misses] [--no-baseline]`: quote extraction and
 * attribution against gold, as design.md "Evaluations" defines, beside the compromise baseline.
 */
export async function run(args: string[]): Promise<number> {
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) {
    process.stderr.write(
      'Usage: npm run eval -- quotes PATH.jsonl|PATH.json [--no-misses] [--no-baseline]\n',
    );
    return 2;
  }
  const docs = await readGold(path);
  const ours = emptyScore();
  const baseline = emptyScore();
  for (const doc of docs) {
    const predicted: Predicted[] = analyze(doc.text).quotes;
    scoreDocument(doc, predicted, ours);
    if (!args.includes('--no-baseline')) scoreDocument(doc, baselineQuotes(doc.text), baseline);
  }
  console.log(`${path}: ${docs.length} documents\n`);
  console.log('| system                       | P     | R     | F1    | attr  | attr~ | found | FP |');
  console.log('|------------------------------|-------|-------|-------|-------|-------|-------|----|');
  console.log(row('Briefing', ours));
  if (!args.includes('--no-baseline')) console.log(row('baseline (compromise)', baseline));
  console.log(
    '\nattr = speaker matches the gold full name; attr~ = same surname (lenient); over found gold speech quotes.',
  );
  if (!args.includes('--no-misses') && ours.misses.length > 0) {
    console.log(`\nMisses (${ours.misses.length}):`);
    for (const m of ours.misses) console.log(`  ${m}`);
  }
  return 0;
}
