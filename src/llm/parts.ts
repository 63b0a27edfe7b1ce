import type { NumberedSentence } from './prompt.js';

/**
 * Split an article's sentences into consecutive parts of at most `budget` characters, so that a long
 * article can be summarised part by part within the model's context.
 */
export function splitIntoParts(sentences: readonly NumberedSentence[], budget: number): NumberedSentence[][] {
  const parts: NumberedSentence[][] = [];
  let current: NumberedSentence[] = [];
  let size = 0;
  for (const sentence of sentences) {
    const length = sentence.text.length + 8;
    if (current.length && size + length > budget) {
      parts.push(current);
      current = [];
      size = 0;
    }
    current.push(sentence);
    size += length;
  }
  if (current.length) parts.push(current);
  return parts;
}
