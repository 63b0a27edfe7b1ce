import type { Analysis, Sentence } from '../types.js';
import { directedCentrality, lexRank } from './centrality.js';
import { sentenceQuality } from './quality.js';
import { openQuoteAfter, quoteInfo } from './quotes.js';
import { type Candidate, selectSentences } from './select.js';
import { centroid, cosine, similarityMatrix, tfidfVectors } from './similarity.js';
import { contentTerms } from './terms.js';
import { tidySentence } from './tidy.js';

export interface ExtractiveOptions {
  /** How many sentences to pick. */
  sentences: number;
  /** Overrides of the default weights (for experiments; the defaults are what the bot uses). */
  weights?: Partial<Weights>;
}

export interface PickedSentence {
  /** Index into Analysis.sentences. */
  index: number;
  /** The sentence as shown (dateline removed, whitespace collapsed). */
  text: string;
  score: number;
}

/** Weights of the relevance score; position dominates because news puts the story first. */
export const DEFAULT_WEIGHTS = {
  position: 0.6,
  /** How fast the lead bias decays: prior = (1 + index) ^ -decay. */
  decay: 0.5,
  /** Position-augmented (directed) centrality: what later sentences elaborate on. */
  directed: 0.4,
  /** In directed centrality, the weight of similarity to earlier sentences (negative: elaborations). */
  backward: -1,
  /** Undirected LexRank and similarity to the document centroid; off by default (they add nothing over
   * directed centrality on news, measured on the development set), kept for other kinds of text. */
  lexRank: 0,
  centroid: 0,
  redundancy: 0.3,
  /** Cost of a sentence opening on a pronoun or connective without the sentence before it. */
  dangling: 0.3,
  /** Cost of a sentence naming someone by surname or role without the sentence that introduced them. */
  unintroduced: 0.1,
};
export type Weights = typeof DEFAULT_WEIGHTS;

/**
 * Sentences considered: news puts what matters first, and the similarity graph grows with the square of
 * the sentence count, so a book-length text is summarised from its opening sentences.
 */
export const MAX_CANDIDATES = 300;

/** Lead bias: 1 for the first sentence, decaying with the sentence's place in the article. */
function positionPrior(index: number, decay: number): number {
  return (1 + index) ** -decay;
}

/**
 * For each sentence, the earlier sentences that introduce people it names only by surname or role
 * ("Weston told reporters..." after "New Zealander Tim Weston was on holiday..."). Uses the analysis'
 * people; nothing when it has none.
 */
function personIntroductions(analysis: Analysis, sentences: readonly Sentence[]): number[][] {
  const needs: number[][] = sentences.map(() => []);
  for (const person of analysis.people) {
    const full = person.mentions
      .filter((m) => m.text.includes(person.name))
      .map((m) => sentenceAt(sentences, m.start));
    const first = Math.min(...full.filter((i) => i >= 0));
    if (!Number.isFinite(first)) continue;
    const fullIn = new Set(full);
    for (const m of person.mentions) {
      const i = sentenceAt(sentences, m.start);
      if (i > first && !fullIn.has(i) && !needs[i]!.includes(first)) needs[i]!.push(first);
    }
  }
  return needs;
}

/** Index of the sentence containing a text offset (sentences are in order), or -1. */
function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Relevance features and penalties of every sentence of an analysed article. */
export function scoreSentences(
  analysis: Analysis,
  weights: Weights = DEFAULT_WEIGHTS,
): { candidates: Candidate[]; similarity: number[][] } {
  const sentences: readonly Sentence[] = analysis.sentences.slice(0, MAX_CANDIDATES);
  const vectors = tfidfVectors(sentences.map((s) => contentTerms(s.text)));
  const similarity = similarityMatrix(vectors);
  const lex = weights.lexRank > 0 ? lexRank(similarity) : [];
  const directed = directedCentrality(similarity, weights.backward);
  const centre = centroid(vectors);
  const centroidSims = vectors.map((v) => cosine(v, centre));
  const maxCentroid = Math.max(1e-9, ...centroidSims);
  const openAfter = openQuoteAfter(sentences);
  const qualities = sentences.map((s, i) => {
    const openAtStart = sentences[i - 1]?.paragraph === s.paragraph ? (openAfter[i - 1] ?? null) : null;
    // Judged as it would be shown: a dateline or a "Scroll down for video" does not count against it.
    return sentenceQuality(tidySentence(s.text), quoteInfo(s, analysis.quotes, openAtStart));
  });
  const introductions = personIntroductions(analysis, sentences);
  // The lead is the first sentence worth showing: bylines and captions before it do not push it down.
  let place = 0;
  const candidates = sentences.map((_, i): Candidate => {
    const quality = qualities[i]!;
    const relevance =
      weights.position * positionPrior(place, weights.decay) +
      weights.lexRank * (lex[i] ?? 0) +
      weights.directed * (directed[i] ?? 0) +
      weights.centroid * ((centroidSims[i] ?? 0) / maxCentroid);
    if (!quality.excluded) place++;
    const dependencies = (introductions[i] ?? []).map((on) => ({ on, cost: weights.unintroduced }));
    if (quality.needsPrevious && i > 0) dependencies.push({ on: i - 1, cost: weights.dangling });
    return { index: i, score: relevance - quality.penalty, excluded: quality.excluded, dependencies };
  });
  return { candidates, similarity };
}

/**
 * The offline extractive summary: the most relevant, least redundant, self-contained sentences, in
 * article order.
 */
export function extractSummary(analysis: Analysis, options: ExtractiveOptions): PickedSentence[] {
  if (!analysis.sentences.length) return [];
  const weights = { ...DEFAULT_WEIGHTS, ...options.weights };
  const { candidates, similarity } = scoreSentences(analysis, weights);
  const picked = selectSentences(candidates, similarity, Math.max(1, options.sentences), {
    redundancy: weights.redundancy,
  });
  return picked.map((index) => ({
    index,
    text: tidySentence(analysis.sentences[index]!.text),
    score: candidates[index]!.score,
  }));
}
