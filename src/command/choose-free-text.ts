import type { Library } from '../articles/library.js';
import type { FreeTextChooser } from './parse-text.js';

/**
 * For text platforms: when bare words could fill several options (e.g. /quotes article or speaker),
 * they go to `article` if they match an article well, else to `speaker` if there is one, else to the
 * first candidate.
 */
export function chooseByLibrary(library: Library): FreeTextChooser {
  return (words, candidates) => {
    const article = candidates.find((d) => d.name === 'article');
    if (article && (library.get(words) || (library.rank(words)[0]?.score ?? 0) >= 0.5)) return article;
    return candidates.find((d) => d.name === 'speaker') ?? candidates[0];
  };
}
