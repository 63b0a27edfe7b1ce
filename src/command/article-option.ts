import type { Library, LibraryEntry } from '../articles/library.js';
import { errorReply, type Reply } from '../reply/model.js';

/**
 * The article a command is about: the `article` option as an id or fuzzy title, else the newest.
 * When nothing matches, the reply says so and names the closest titles.
 */
export function resolveArticleOption(
  library: Library,
  value: unknown,
): { ok: true; entry: LibraryEntry } | { ok: false; reply: Reply } {
  const result = library.resolve(typeof value === 'string' ? value : undefined);
  if (result.ok) return result;
  const hint = result.suggestions.length
    ? `Did you mean: ${result.suggestions.map((e) => `${e.article.title} (${e.article.id})`).join('; ')}?`
    : 'Try /articles to see the library.';
  return { ok: false, reply: errorReply(result.message, hint) };
}
