import { analyze } from '../src/analysis/analyze.js';
import { SCENE_WEIGHTS, type SceneWeights } from '../src/analysis/scenes.js';
import { type GoldDoc, readGold } from './gold.js';
import { emptyScore, type Score, scoreDocument } from './quote-score.js';

/**
 * `npm run eval -- tune-scenes FICTION.jsonl [NEWS.jsonl ...] [--rounds N]`: sets the dialogue decoder's
 * weights (src/analysis/scenes.ts) by coordinate ascent on attribution accuracy. It trains on the even
 * windows of the fiction set plus every news set given (so news is never traded away for fiction) and
 * reports the odd windows, which it never sees, as the check. It prints weights to paste into scenes.ts;
 * it changes no file.
 */
export async function run(args: string[]): Promise<number> {
  const roundsAt = args.indexOf('--rounds');
  const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 3;
  const paths = args.filter((a, k) => !a.startsWith('--') && (roundsAt < 0 || k !== roundsAt + 1));
  const [fiction, ...news] = paths;
  if (!fiction) {
    process.stderr.write('Usage: npm run eval -- tune-scenes FICTION.jsonl [NEWS.jsonl ...] [--rounds N]\n');
    return 2;
  }
  const windows = await readGold(fiction);
  const train = windows.filter((_, k) => k % 2 === 0);
  const check = windows.filter((_, k) => k % 2 === 1);
  const newsDocs = (await Promise.all(news.map((p) => readGold(p)))).flat();

  const correct = (docs: GoldDoc[]): Score => {
    const score = emptyScore();
    for (const doc of docs) scoreDocument(doc, analyze(doc.text).quotes, score);
    return score;
  };
  const objective = () => correct(train).attributedFull + correct(newsDocs).attributedFull;
  const report = (label: string) => {
    const t = correct(train);
    const c = correct(check);
    const n = correct(newsDocs);
    const pct = (s: Score) => (s.found ? s.attributedFull / s.found : 0).toFixed(3);
    console.log(`${label}: train ${pct(t)}  check (unseen) ${pct(c)}  news ${pct(n)}`);
  };

  report('start');
  let best = objective();
  const keys = Object.keys(SCENE_WEIGHTS) as Array<keyof SceneWeights>;
  for (let round = 0; round < rounds; round++) {
    let improved = false;
    for (const key of keys) {
      const base = SCENE_WEIGHTS[key];
      const steps = [base - 2, base - 1, base - 0.5, base + 0.5, base + 1, base + 2, base * 2, base / 2, 0];
      let bestValue = base;
      for (const value of new Set(steps)) {
        SCENE_WEIGHTS[key] = value;
        const score = objective();
        if (score > best) {
          best = score;
          bestValue = value;
          improved = true;
        }
      }
      SCENE_WEIGHTS[key] = bestValue;
    }
    report(`round ${round + 1}`);
    if (!improved) break;
  }
  console.log(JSON.stringify(SCENE_WEIGHTS, null, 2));
  return 0;
}
