import type { Library } from '../articles/library.js';
import { slugify } from '../articles/library.js';
import type { FreeTextChooser } from './parse-text.js';

function words(value: string): string[] {
  return slugify(value).split('-').filter(Boolean);
}

/** True when every word typed is a word of one of the names (so "Kerry" matches "John Kerry"). */
function namesMatch(typed: string[], names: Iterable<string>): boolean {
  for (const name of names) {
    const have = words(name);
    if (typed.length && typed.every((w) => have.includes(w))) return true;
  }
  return false;
}

/** Every name, alias and quote speaker the library knows. */
function knownNames(library: Library): Set<string> {
  const names = new Set<string>();
  for (const { analysis } of library.list()) {
    for (const person of analysis.people) {
      names.add(person.name);
      for (const alias of person.aliases) names.add(alias);
    }
    for (const quote of analysis.quotes) if (quote.speaker) names.add(quote.speaker);
  }
  return names;
}

/**
 * For text platforms: when bare words could fill several options (e.g. /quotes article or speaker), an
 * exact article id is the article; words that name a person in the library go to the speaker (so
 * "quotes Kerry" means Kerry even when a headline mentions him); words that match an article title well go
 * to the article; otherwise the speaker if there is one, else the first candidate.
 */
export function chooseByLibrary(library: Library): FreeTextChooser {
  const choose: FreeTextChooser = (text, candidates) => {
    const bySource = (source: 'article' | 'speaker') =>
      candidates.find((d) => d.autocomplete === source || d.name === source);
    const article = bySource('article');
    const speaker = bySource('speaker');
    if (article && library.get(text.trim())) return article;
    if (speaker && namesMatch(words(text), knownNames(library))) return speaker;
    if (article && (library.rank(text)[0]?.score ?? 0) >= 0.5) return article;
    return speaker ?? candidates[0];
  };
  choose.isArticleId = (word) => library.get(word) !== undefined;
  return choose;
}
