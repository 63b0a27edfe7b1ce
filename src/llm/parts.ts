import { paginate } from '../reply/paging.js';
import type { NumberedSentence } from './prompt.js';

/**
 * Split an article's sentences into consecutive parts of at most `budget` characters, so that a long
 * article can be summarised part by part within the model's context. (Each sentence also costs its
 * number and separator in the prompt: about 8 characters.)
 */
export function splitIntoParts(sentences: readonly NumberedSentence[], budget: number): NumberedSentence[][] {
  return paginate(sentences, (s) => s.text.length + 8, {
    maxItems: Number.POSITIVE_INFINITY,
    maxChars: budget,
  });
}
