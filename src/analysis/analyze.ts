import { createHash } from 'node:crypto';
import { splitParagraphs, splitSentences } from './sentences.js';
import type { Analysis } from './types.js';

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * The full analysis of one article text. Pure: the same text always gives the same analysis, which is
 * why it is cached by content hash (see cache.ts).
 */
export function analyze(text: string): Analysis {
  const paragraphs = splitParagraphs(text);
  const sentences = splitSentences(text, paragraphs);
  return {
    hash: hashText(text),
    paragraphs,
    sentences,
    // Filled in by the people and quote layers.
    people: [],
    organisations: [],
    places: [],
    quotes: [],
  };
}
