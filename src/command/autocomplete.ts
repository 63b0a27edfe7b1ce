import type { Library } from '../articles/library.js';
import type { AutocompleteSource, Command } from './types.js';

export interface Choice {
  name: string;
  value: string;
}

/** Platforms cap suggestion lists (Discord: 25 choices, 100 characters each). */
export const MAX_CHOICES = 25;
const MAX_CHOICE_LENGTH = 100;

function clip(value: string): string {
  return value.length <= MAX_CHOICE_LENGTH ? value : `${value.slice(0, MAX_CHOICE_LENGTH - 1)}…`;
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
    case 'speaker': {
      const names = new Map<string, number>();
      for (const entry of scope())
        for (const quote of entry.analysis.quotes)
          if (quote.speaker) names.set(quote.speaker, (names.get(quote.speaker) ?? 0) + 1);
      return [...names.entries()]
        .filter(
          ([name]) =>
            !q ||
            name
              .toLowerCase()
              .split(/\s+/)
              .some((w) => w.startsWith(q)) ||
            name.toLowerCase().includes(q),
        )
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
        .slice(0, MAX_CHOICES)
        .map(([name]) => ({ name: clip(name), value: clip(name) }));
    }
    case 'phrase': {
      const out: Choice[] = [];
      for (const entry of scope())
        for (const quote of entry.analysis.quotes) {
          if (quote.kind !== 'direct' && quote.kind !== 'partial') continue;
          if (q && !quote.text.toLowerCase().includes(q)) continue;
          out.push({ name: clip(quote.text), value: clip(quote.text) });
          if (out.length >= MAX_CHOICES) return out;
        }
      return out;
    }
    case 'command':
      return (context.catalog ?? [])
        .filter((c) => !q || c.name.includes(q.replace(/^\//, '')))
        .slice(0, MAX_CHOICES)
        .map((c) => ({ name: clip(`/${c.name}: ${c.description}`), value: c.name }));
    default:
      return [];
  }
}
