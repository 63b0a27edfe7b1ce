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
}

export interface PickedSentence {
  /** Index into Analysis.sentences. */
  index: number;
  /** The sentence as shown (dateline removed, whitespace collapsed). */
  text: string;
  score: number;
}

/** Weights of the relevance score; position dominates because news puts the story first. */
const WEIGHTS = {
  position: 0.55,
  lexRank: 0.15,
  directed: 0.15,
  centroid: 0.15,
  redundancy: 0.5,
  dangling: 0.3,
} as const;

/** Lead bias: 1 for the first sentence, decaying with the sentence's place in the article. */
function positionPrior(index: number): number {
  return 1 / Math.sqrt(1 + index);
}

/** Relevance features and penalties of every sentence of an analysed article. */
export function scoreSentences(
  text: string,
  analysis: Analysis,
): { candidates: Candidate[]; similarity: number[][] } {
  const sentences: readonly Sentence[] = analysis.sentences;
  const vectors = tfidfVectors(sentences.map((s) => contentTerms(s.text)));
  const similarity = similarityMatrix(vectors);
  const lex = lexRank(similarity);
  const directed = directedCentrality(similarity);
  const centre = centroid(vectors);
  const centroidSims = vectors.map((v) => cosine(v, centre));
  const maxCentroid = Math.max(1e-9, ...centroidSims);
  const openAfter = openQuoteAfter(sentences, text);
  const candidates = sentences.map((s, i): Candidate => {
    const insideQuote = i > 0 && openAfter[i - 1] === true && sentences[i - 1]?.paragraph === s.paragraph;
    const quality = sentenceQuality(s.text, quoteInfo(s, analysis.quotes, insideQuote));
    const relevance =
      WEIGHTS.position * positionPrior(i) +
      WEIGHTS.lexRank * (lex[i] ?? 0) +
      WEIGHTS.directed * (directed[i] ?? 0) +
      WEIGHTS.centroid * ((centroidSims[i] ?? 0) / maxCentroid);
    return {
      index: i,
      score: relevance - quality.penalty,
      excluded: quality.excluded,
      needsPrevious: quality.needsPrevious && i > 0,
    };
  });
  return { candidates, similarity };
}

/**
 * The offline extractive summary: the most relevant, least redundant, self-contained sentences, in
 * article order.
 */
export function extractSummary(
  text: string,
  analysis: Analysis,
  options: ExtractiveOptions,
): PickedSentence[] {
  if (!analysis.sentences.length) return [];
  const { candidates, similarity } = scoreSentences(text, analysis);
  const picked = selectSentences(candidates, similarity, Math.max(1, options.sentences), {
    redundancy: WEIGHTS.redundancy,
    danglingPenalty: WEIGHTS.dangling,
  });
  return picked.map((index) => ({
    index,
    text: tidySentence(analysis.sentences[index]!.text),
    score: candidates[index]!.score,
  }));
}
