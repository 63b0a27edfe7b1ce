import type { LibraryEntry } from '../articles/library.js';
import { errorReply, type Reply } from '../reply/model.js';
import type { CommandContext, OptionDef } from './types.js';

/** The `article` option shared by every command that works on one article. */
export const articleOption: OptionDef = {
  name: 'article',
  description: 'Article id or part of its title (default: the newest)',
  type: 'string',
  autocomplete: 'article',
  maxLength: 200,
};

export type ArticleLookup = { ok: true; entry: LibraryEntry } | { ok: false; reply: Reply };

/**
 * The article a command should work on: by id or fuzzy title, the newest when none is given. When
 * nothing matches, a reply that lists the closest articles (or all of them in a small library).
 */
export function resolveArticle(ctx: Pick<CommandContext, 'options' | 'library'>): ArticleLookup {
  const query = typeof ctx.options.article === 'string' ? ctx.options.article : undefined;
  const result = ctx.library.resolve(query);
  if (result.ok) return result;
  const candidates = result.suggestions.length ? result.suggestions : ctx.library.list().slice(0, 5);
  const hint = candidates.length
    ? `${result.suggestions.length ? 'Did you mean' : 'Articles'}: ${candidates
        .map((e) => `${e.article.id} (${e.article.title})`)
        .join('; ')}. /articles lists them all.`
    : 'Add .txt, .md or .json files to the articles folder; they are picked up while the bot runs.';
  return { ok: false, reply: errorReply(result.message, hint) };
}
