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
 * For text commands whose bare words could fill more than one option (`quotes Kerry`): an exact article
 * id is the article; words that name a person in the library go to a speaker option; words that match an
 * article title go to the article option. Otherwise the parser's default applies.
 */
export function libraryFreeTextChooser(library: Library): FreeTextChooser {
  return (text, candidates) => {
    const byName = (source: 'article' | 'speaker') =>
      candidates.find((d) => d.autocomplete === source || d.name === source);
    const article = byName('article');
    if (article && library.get(text.trim())) return article;
    const speaker = byName('speaker');
    const typed = words(text);
    if (speaker && namesMatch(typed, knownNames(library))) return speaker;
    if (article && library.resolve(text).ok) return article;
    return undefined;
  };
}
