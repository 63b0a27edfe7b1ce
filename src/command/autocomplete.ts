import type { Library } from '../articles/library.js';
import { suggestTimezones } from '../digest/timezone.js';
import { clipText } from '../reply/clip.js';
import { phraseChoices, speakerChoices } from './autocomplete-quotes.js';
import type { AutocompleteSource, Command } from './types.js';

export interface Choice {
  name: string;
  value: string;
}

/** Platforms cap suggestion lists (Discord: 25 choices, 100 characters each). */
export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

function clip(value: string): string {
  return clipText(value, MAX_CHOICE_LENGTH);
}

/** Suggestions for an option as the user types it. Fast: reads only the already-built analysis. */
export function complete(
  source: AutocompleteSource,
  partial: string,
  library: Library,
  context: { article?: string; catalog?: readonly Command[] } = {},
): Choice[] {
  const q = partial.trim().toLowerCase();
  const scope = () => {
    if (context.article) {
      const r = library.resolve(context.article);
      if (r.ok) return [r.entry];
    }
    return library.list();
  };
  switch (source) {
    case 'article':
      return library
        .rank(q)
        .slice(0, MAX_CHOICES)
        .map(({ entry }) => ({ name: clip(entry.article.title), value: entry.article.id }));
    case 'speaker':
      return speakerChoices(scope(), partial, MAX_CHOICES, MAX_CHOICE_LENGTH);
    case 'phrase': {
      const article = context.article ? library.resolve(context.article) : undefined;
      return phraseChoices(
        library,
        article?.ok ? article.entry : undefined,
        partial,
        MAX_CHOICES,
        MAX_CHOICE_LENGTH,
      );
    }
    case 'timezone':
      return suggestTimezones(q, MAX_CHOICES).map((zone) => ({ name: zone, value: zone }));
    case 'command':
      return (context.catalog ?? [])
        .filter((c) => !q || c.name.includes(q.replace(/^\//, '')))
        .slice(0, MAX_CHOICES)
        .map((c) => ({ name: clip(`/${c.name}: ${c.description}`), value: c.name }));
    default:
      return [];
  }
}
