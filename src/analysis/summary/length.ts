import type { SummaryLength } from '../../services.js';

/** Sentences for each named length; a number is taken as it is (at least one). */
export const SENTENCES_FOR_LENGTH = { short: 2, medium: 4, long: 7 } as const;

export function sentenceCount(length: SummaryLength): number {
  if (typeof length === 'number') return Math.max(1, Math.floor(length));
  return SENTENCES_FOR_LENGTH[length];
}
