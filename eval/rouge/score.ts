import { rougeTokens } from './tokenize.js';

/** Precision, recall and F1 of one candidate against one reference. */
export interface Score {
  precision: number;
  recall: number;
  f: number;
}

export interface RougeScores {
  rouge1: Score;
  rouge2: Score;
  rougeLsum: Score;
}

function score(hits: number, candidateTotal: number, referenceTotal: number): Score {
  const precision = candidateTotal ? hits / candidateTotal : 0;
  const recall = referenceTotal ? hits / referenceTotal : 0;
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f };
}

function ngramCounts(tokens: string[], n: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const key = tokens.slice(i, i + n).join(' ');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** ROUGE-N: clipped n-gram overlap. */
export function rougeN(candidate: string[], reference: string[], n: number): Score {
  const c = ngramCounts(candidate, n);
  const r = ngramCounts(reference, n);
  let hits = 0;
  for (const [gram, count] of c) hits += Math.min(count, r.get(gram) ?? 0);
  return score(hits, Math.max(0, candidate.length - n + 1), Math.max(0, reference.length - n + 1));
}

/** Positions in `a` of one longest common subsequence of a and b. */
function lcsPositions(a: string[], b: string[]): number[] {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const table = new Uint16Array(rows * cols);
  for (let i = 1; i < rows; i++)
    for (let j = 1; j < cols; j++)
      table[i * cols + j] =
        a[i - 1] === b[j - 1]
          ? table[(i - 1) * cols + j - 1]! + 1
          : Math.max(table[(i - 1) * cols + j]!, table[i * cols + j - 1]!);
  const positions: number[] = [];
  let i = a.length;
  let j = b.length;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      positions.push(i - 1);
      i--;
      j--;
    } else if (table[(i - 1) * cols + j]! >= table[i * cols + j - 1]!) i--;
    else j--;
  }
  return positions.reverse();
}

/**
 * ROUGE-Lsum (summary-level LCS, Lin 2004 §3.2) as rouge-score computes it: sentences are the lines of
 * each text; for every reference sentence, the union of its LCS with each candidate sentence counts, and
 * a token is credited at most as often as it occurs in both texts.
 */
export function rougeLsum(candidateLines: string[][], referenceLines: string[][]): Score {
  const count = (lines: string[][]) => {
    const m = new Map<string, number>();
    for (const line of lines) for (const t of line) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const candidateLeft = count(candidateLines);
  const referenceLeft = count(referenceLines);
  let hits = 0;
  for (const ref of referenceLines) {
    const union = new Set<number>();
    for (const cand of candidateLines) for (const p of lcsPositions(ref, cand)) union.add(p);
    for (const p of [...union].sort((x, y) => x - y)) {
      const token = ref[p]!;
      const c = candidateLeft.get(token) ?? 0;
      const r = referenceLeft.get(token) ?? 0;
      if (c > 0 && r > 0) {
        hits++;
        candidateLeft.set(token, c - 1);
        referenceLeft.set(token, r - 1);
      }
    }
  }
  const total = (lines: string[][]) => lines.reduce((n, l) => n + l.length, 0);
  return score(hits, total(candidateLines), total(referenceLines));
}

/** Split a summary into its lines (sentences), dropping empty ones, and tokenise each. */
function lines(text: string, stem: boolean): string[][] {
  return text
    .split('\n')
    .map((l) => rougeTokens(l, stem))
    .filter((l) => l.length > 0);
}

/** ROUGE-1, ROUGE-2 and ROUGE-Lsum of a candidate against a reference; sentences are separated by "\n". */
export function rouge(candidate: string, reference: string, stem = true): RougeScores {
  const c = rougeTokens(candidate, stem);
  const r = rougeTokens(reference, stem);
  return {
    rouge1: rougeN(c, r, 1),
    rouge2: rougeN(c, r, 2),
    rougeLsum: rougeLsum(lines(candidate, stem), lines(reference, stem)),
  };
}
