import nlp from 'compromise';
import { analyze } from '../src/analysis/analyze.js';
import { readGold } from './gold.js';
import { normaliseName } from './speaker-match.js';

interface Tally {
  predicted: number;
  gold: number;
  matched: number;
  roleGold: number;
  roleRight: number;
  ms: number;
  misses: string[];
}

const empty = (): Tally => ({
  predicted: 0,
  gold: 0,
  matched: 0,
  roleGold: 0,
  roleRight: 0,
  ms: 0,
  misses: [],
});

/** compromise's people(), de-duplicated: a lone surname folds into the full name that ends with it. */
function compromisePeople(text: string): Array<{ name: string; role?: string }> {
  const names = (nlp(text).people().json() as Array<{ text: string }>).map((p) =>
    p.text
      .replace(/['’]s\b/g, '')
      .replace(/[.,;:!?"“”]+$/g, '')
      .trim(),
  );
  const unique = [...new Set(names.filter(Boolean))];
  return unique
    .filter((n) => n.includes(' ') || !unique.some((m) => m !== n && m.split(' ').pop() === n))
    .map((name) => ({ name }));
}

const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[’']s\b/g, '')
    .replace(/[^\p{L}\s-]/gu, ' ')
    .split(/\s+/)
    .filter(Boolean);

/**
 * A role is right when one text contains the other after normalising ("US Secretary of State"), or when
 * they share the head noun ("company’s chief executive" ~ "chief executive of Corvane Systems").
 */
function roleMatches(predicted: string | undefined, gold: string): boolean {
  if (!predicted) return false;
  const p = words(predicted);
  const g = words(gold);
  const pj = p.join(' ');
  const gj = g.join(' ');
  if (pj && (gj.includes(pj) || pj.includes(gj))) return true;
  const head = p[p.length - 1];
  return !!head && head.length > 2 && g.includes(head);
}

function score(
  tally: Tally,
  id: string,
  predicted: Array<{ name: string; role?: string }>,
  gold: Array<{ name: string; role?: string | undefined }>,
) {
  tally.predicted += predicted.length;
  tally.gold += gold.length;
  for (const g of gold) {
    const hit = predicted.find((p) => normaliseName(p.name) === normaliseName(g.name));
    if (!hit) {
      tally.misses.push(`${id} MISSED ${g.name}`);
      continue;
    }
    tally.matched++;
    if (g.role) {
      tally.roleGold++;
      if (roleMatches(hit.role, g.role)) tally.roleRight++;
      else tally.misses.push(`${id} ROLE ${g.name}: gold="${g.role}" got="${hit.role ?? ''}"`);
    }
  }
  for (const p of predicted) {
    if (!gold.some((g) => normaliseName(g.name) === normaliseName(p.name)))
      tally.misses.push(`${id} EXTRA ${p.name}`);
  }
}

function row(name: string, t: Tally, docs: number, roles: boolean): string {
  const precision = t.predicted ? t.matched / t.predicted : 0;
  const recall = t.gold ? t.matched / t.gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const role = roles && t.roleGold ? (t.roleRight / t.roleGold).toFixed(3) : ' n/a ';
  return `| ${name.padEnd(22)} | ${precision.toFixed(3)} | ${recall.toFixed(3)} | ${f1.toFixed(3)} | ${role} | ${(t.ms / docs).toFixed(2)} ms |`;
}

/**
 * `npm run eval -- people PATH.jsonl|PATH.json [--misses]`: the people an article names (and their roles)
 * against the gold `people` field, for our engine (wink-nlp based) and for compromise's people().
 */
export async function run(args: string[]): Promise<number> {
  const path = args.find((a) => !a.startsWith('--'));
  if (!path) {
    process.stderr.write('Usage: npm run eval -- people PATH.jsonl|PATH.json [--misses]\n');
    return 2;
  }
  const docs = (await readGold(path)).filter((d) => d.people);
  analyze('Warm up.');
  nlp('Warm up.').people();
  const ours = empty();
  const theirs = empty();
  for (const doc of docs) {
    const gold = doc.people ?? [];
    let t = performance.now();
    const people = analyze(doc.text).people;
    ours.ms += performance.now() - t;
    score(ours, doc.id, people, gold);
    t = performance.now();
    const found = compromisePeople(doc.text);
    theirs.ms += performance.now() - t;
    score(theirs, doc.id, found, gold);
  }
  console.log(`${path}: ${docs.length} documents with people\n`);
  console.log('| system                 | P     | R     | F1    | role  | time/article |');
  console.log('|------------------------|-------|-------|-------|-------|--------------|');
  console.log(row('Briefing (wink-nlp)', ours, docs.length, true));
  console.log(row('compromise people()', theirs, docs.length, false));
  console.log(
    '\nName match: full name after lower-casing and dropping punctuation and job titles. Role: one contains the other.',
  );
  if (args.includes('--misses')) {
    console.log('\nBriefing misses:');
    for (const m of ours.misses) console.log(`  ${m}`);
    console.log('\ncompromise misses:');
    for (const m of theirs.misses) console.log(`  ${m}`);
  }
  return 0;
}
