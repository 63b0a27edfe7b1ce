/**
 * LexRank (Erkan & Radev 2004, continuous form): the stationary distribution of a random walk over the
 * sentence-similarity graph, with damping. Returns scores scaled so the best sentence has 1.
 */
export function lexRank(similarity: number[][], damping = 0.85, iterations = 50): number[] {
  const n = similarity.length;
  if (n === 0) return [];
  const rowSums = similarity.map((row) => row.reduce((a, b) => a + b, 0));
  let rank = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < iterations; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    for (let j = 0; j < n; j++) {
      const out = rowSums[j]!;
      const share = out > 0 ? (damping * rank[j]!) / out : (damping * rank[j]!) / n;
      const row = similarity[j]!;
      for (let i = 0; i < n; i++) next[i]! += out > 0 ? share * row[i]! : share;
    }
    let delta = 0;
    for (let i = 0; i < n; i++) delta += Math.abs(next[i]! - rank[i]!);
    rank = next;
    if (delta < 1e-7) break;
  }
  const max = Math.max(...rank);
  return rank.map((r) => (max > 0 ? r / max : 0));
}

/**
 * Position-augmented centrality (after PacSum, Zheng & Lapata 2019): in news, a sentence matters when
 * what follows it elaborates on it; similarity to earlier sentences means it is itself an elaboration.
 * Scaled to 0..1.
 */
export function directedCentrality(similarity: number[][], backwardWeight = -0.3): number[] {
  const n = similarity.length;
  const raw = similarity.map((row, i) => {
    let forward = 0;
    let backward = 0;
    for (let j = 0; j < n; j++) {
      if (j > i) forward += row[j]!;
      else if (j < i) backward += row[j]!;
    }
    return forward + backwardWeight * backward;
  });
  const min = Math.min(...raw);
  const max = Math.max(...raw);
  return raw.map((r) => (max > min ? (r - min) / (max - min) : 0));
}
