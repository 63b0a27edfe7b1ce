import { isSpeech } from '../quote-context.js';
import type { Quote, Sentence } from '../types.js';
import type { SearchHit } from './unit-index.js';

/** What a half-remembered phrase turned out to be. */
export type WhoSaidAnswer =
  | { type: 'speech'; hit: SearchHit; quote: Quote }
  /** A scare quote or a title: quotation marks, but nobody's words. */
  | { type: 'not-speech'; hit: SearchHit; quote: Quote }
  /** The article's own words. */
  | { type: 'narration'; hit: SearchHit; sentence: Sentence }
  /** Nothing close enough; the closest speech quotes, if any. */
  | { type: 'none'; suggestions: SearchHit[] };

export interface PhraseSearch {
  search(phrase: string, limit?: number): SearchHit[];
}

/** How many candidates are looked at: enough for the tie rules and a few suggestions. */
const CANDIDATES = 20;
const SUGGESTIONS = 3;

/**
 * A hit counts as the phrase when most of the phrase's meaningful words are in it: all of one or two
 * words, and at least two and at least half of longer phrases (people misremember a word or two).
 */
export function isConfidentMatch(hit: SearchHit): boolean {
  const n = hit.queryWords;
  return hit.matchedWords >= Math.max(Math.min(2, n), Math.ceil(n / 2));
}

export function whoSaid(search: PhraseSearch, phrase: string): WhoSaidAnswer {
  const hits = search.search(phrase, CANDIDATES);
  let best = hits[0];
  if (!best || !isConfidentMatch(best)) {
    const suggestions = hits
      .filter((h) => h.unit.kind === 'quote' && isSpeech(h.unit.quote))
      .slice(0, SUGGESTIONS);
    return { type: 'none', suggestions };
  }
  if (best.unit.kind === 'narration') best = quoteInside(best, hits) ?? best;
  const unit = best.unit;
  if (unit.kind === 'narration') return { type: 'narration', hit: best, sentence: unit.sentence };
  return isSpeech(unit.quote)
    ? { type: 'speech', hit: best, quote: unit.quote }
    : { type: 'not-speech', hit: best, quote: unit.quote };
}

/**
 * A narration sentence keeps its scare quotes and titles, so "back-door" matches both the sentence and
 * the quoted term inside it; the quoted term is the more precise answer.
 */
function quoteInside(narration: SearchHit, hits: readonly SearchHit[]): SearchHit | undefined {
  if (narration.unit.kind !== 'narration') return undefined;
  const { sentence } = narration.unit;
  return hits.find(
    (h) =>
      h.unit.kind === 'quote' &&
      h.articleId === narration.articleId &&
      h.unit.quote.start >= sentence.start &&
      h.unit.quote.end <= sentence.end &&
      h.coverage >= narration.coverage,
  );
}
