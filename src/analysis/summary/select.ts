export interface Candidate {
  index: number;
  /** Relevance on a 0..1-ish scale, penalties already applied. */
  score: number;
  excluded: boolean;
  /** Sentences this one reads well only after (its pronoun's referent, a person's introduction), and
   * what it costs to show it without each. */
  dependencies: ReadonlyArray<{ on: number; cost: number }>;
}

export interface SelectOptions {
  /** Weight of redundancy against relevance (MMR λ is 1 - this). */
  redundancy: number;
}

/**
 * Maximal Marginal Relevance (Carbonell & Goldstein 1998): greedily take the sentence with the best
 * relevance minus its similarity to what is already taken. Returns indices in article order.
 */
export function selectSentences(
  candidates: readonly Candidate[],
  similarity: readonly (readonly number[])[],
  count: number,
  options: SelectOptions,
): number[] {
  const chosen = new Set<number>();
  const pool = candidates.filter((c) => !c.excluded);
  while (chosen.size < count) {
    let best: Candidate | undefined;
    let bestValue = Number.NEGATIVE_INFINITY;
    for (const c of pool) {
      if (chosen.has(c.index)) continue;
      let overlap = 0;
      for (const j of chosen) overlap = Math.max(overlap, similarity[c.index]?.[j] ?? 0);
      let dangling = 0;
      for (const d of c.dependencies) if (!chosen.has(d.on)) dangling += d.cost;
      const value = c.score - dangling - options.redundancy * overlap;
      if (value > bestValue) {
        bestValue = value;
        best = c;
      }
    }
    if (!best) break;
    chosen.add(best.index);
  }
  return [...chosen].sort((a, b) => a - b);
}
