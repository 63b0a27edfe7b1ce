/** A sparse TF-IDF vector, L2-normalised. */
export type TermVector = Map<string, number>;

/**
 * TF-IDF vectors of the sentences of one document, with sentence-level document frequencies (as
 * LexRank does): a term in every sentence weighs little, a term shared by two sentences links them.
 */
export function tfidfVectors(sentenceTerms: string[][]): TermVector[] {
  const n = sentenceTerms.length;
  const df = new Map<string, number>();
  for (const terms of sentenceTerms) for (const t of new Set(terms)) df.set(t, (df.get(t) ?? 0) + 1);
  return sentenceTerms.map((terms) => {
    const tf = new Map<string, number>();
    for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
    const vector: TermVector = new Map();
    let norm = 0;
    for (const [t, count] of tf) {
      const w = (1 + Math.log(count)) * Math.log(1 + n / (df.get(t) ?? 1));
      vector.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm);
    if (norm > 0) for (const [t, w] of vector) vector.set(t, w / norm);
    return vector;
  });
}

export function cosine(a: TermVector, b: TermVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) {
    const v = large.get(t);
    if (v !== undefined) dot += w * v;
  }
  return dot;
}

/** Symmetric matrix of pairwise cosine similarities (diagonal 0). */
export function similarityMatrix(vectors: TermVector[]): number[][] {
  const n = vectors.length;
  const matrix = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  for (let i = 0; i < n; i++)
    for (let j = i + 1; j < n; j++) {
      const s = cosine(vectors[i]!, vectors[j]!);
      matrix[i]![j] = s;
      matrix[j]![i] = s;
    }
  return matrix;
}

/** Centroid of the document: the sum of its sentence vectors, normalised. */
export function centroid(vectors: TermVector[]): TermVector {
  const sum: TermVector = new Map();
  for (const v of vectors) for (const [t, w] of v) sum.set(t, (sum.get(t) ?? 0) + w);
  let norm = 0;
  for (const w of sum.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of sum) sum.set(t, w / norm);
  return sum;
}
