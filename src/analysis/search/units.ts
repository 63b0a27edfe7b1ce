import { isSpeech } from '../quote-context.js';
import type { Analysis, Quote, Sentence } from '../types.js';

/**
 * What who-said can point at in an article: a quotation (speech, scare quote or title) or a piece of
 * the article's own narration (a sentence with its speech quotations taken out).
 */
export type SearchUnit =
  | { kind: 'quote'; quote: Quote; searchText: string }
  | { kind: 'narration'; sentence: Sentence; searchText: string };

const unitsByAnalysis = new WeakMap<Analysis, SearchUnit[]>();

/** The searchable units of an analysis, in article order; computed once per analysis object. */
export function searchUnits(analysis: Analysis): SearchUnit[] {
  let units = unitsByAnalysis.get(analysis);
  if (!units) {
    units = buildUnits(analysis);
    unitsByAnalysis.set(analysis, units);
  }
  return units;
}

function buildUnits(analysis: Analysis): SearchUnit[] {
  const units: Array<SearchUnit & { at: number }> = [];
  for (const quote of analysis.quotes)
    units.push({ kind: 'quote', quote, searchText: quote.text, at: quote.start });
  const speech = analysis.quotes.filter(isSpeech);
  for (const sentence of analysis.sentences) {
    const own = narrationOf(sentence, speech);
    // A sentence that is all quotation (or only a tag like "he said") is not narration worth finding.
    if (
      own
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim()
        .split(' ').length < 3
    )
      continue;
    units.push({ kind: 'narration', sentence, searchText: own, at: sentence.start });
  }
  return units.sort((a, b) => a.at - b.at).map(({ at: _at, ...unit }) => unit);
}

/** The sentence's text with every speech quotation that overlaps it blanked out. */
function narrationOf(sentence: Sentence, speech: readonly Quote[]): string {
  let text = sentence.text;
  for (const quote of speech) {
    const from = Math.max(quote.start, sentence.start) - sentence.start;
    const to = Math.min(quote.end, sentence.end) - sentence.start;
    if (to <= from) continue;
    text = text.slice(0, from) + ' '.repeat(to - from) + text.slice(to);
  }
  return text;
}
