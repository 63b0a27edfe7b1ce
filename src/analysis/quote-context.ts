import type { Analysis, Quote, Sentence, Span } from './types.js';

/** Quotes that report speech (as opposed to scare quotes and titles). */
export function isSpeech(quote: Pick<Quote, 'kind'>): boolean {
  return quote.kind === 'direct' || quote.kind === 'partial';
}

/** The sentences that a span touches, in order. */
export function sentencesAround(analysis: Pick<Analysis, 'sentences'>, span: Span): Sentence[] {
  return analysis.sentences.filter((s) => s.start < span.end && s.end > span.start);
}

/**
 * The text of the sentence(s) a quote sits in, e.g. for a partial quote:
 * Kerry said that ... the United States were "very engaged with them ...".
 * Built from the sentences' own texts so it needs no access to the article text.
 */
export function sentenceContext(analysis: Pick<Analysis, 'sentences'>, span: Span): string | undefined {
  const around = sentencesAround(analysis, span);
  if (!around.length) return undefined;
  return around.map((s) => s.text).join(' ');
}
