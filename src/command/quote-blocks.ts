import { sentenceContext } from '../analysis/quote-context.js';
import type { Analysis, Quote } from '../analysis/types.js';
import type { QuoteBlock } from '../reply/model.js';

/** The role the article gives a speaker, when the speaker is a person it names. */
export function roleOf(name: string, analysis: Pick<Analysis, 'people'>): string | undefined {
  return analysis.people.find((p) => p.name === name)?.role;
}

/** "John Kerry, US Secretary of State"; an unnamed speaker keeps the article's description. */
export function attribution(quote: Quote, analysis: Pick<Analysis, 'people'>): string {
  if (quote.kind === 'scare') return 'scare quote (not speech)';
  if (quote.kind === 'title') return 'title (not speech)';
  if (quote.speaker) {
    const role = roleOf(quote.speaker, analysis);
    return role ? `${quote.speaker}, ${role}` : quote.speaker;
  }
  if (quote.speakerMention) return `${quote.speakerMention.text} (not named in the article)`;
  return 'speaker not identified';
}

/** Where a quote is, for people: paragraph numbers count from 1. */
export function paragraphLabel(quote: Pick<Quote, 'paragraph'>): string {
  return `paragraph ${quote.paragraph + 1}`;
}

/**
 * A quote as a reply block. Fragments (partial quotes, scare quotes, titles) mean little alone, so they
 * come with the sentence they sit in. `where` says where the quote is (default: its paragraph).
 */
export function quoteBlock(
  quote: Quote,
  analysis: Pick<Analysis, 'people' | 'sentences'>,
  where = paragraphLabel(quote),
): QuoteBlock {
  const sentence = quote.kind === 'direct' ? undefined : sentenceContext(analysis, quote);
  return {
    type: 'quote',
    text: quote.text,
    attribution: attribution(quote, analysis),
    context: sentence ? `${sentence} (${where})` : where,
  };
}
