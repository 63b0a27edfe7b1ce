import { articleIndex } from '../src/analysis/search/article-search.js';
import { librarySearch } from '../src/analysis/search/library-search.js';
import { whoSaid } from '../src/analysis/search/who-said.js';
import type { LibraryEntry } from '../src/articles/library.js';
import { articleOption, resolveArticle } from '../src/command/article-option.js';
import { defineCommand } from '../src/command/types.js';
import { whoSaidReply } from '../src/command/who-said-reply.js';

export default defineCommand({
  name: 'who-said',
  description: 'Find who said a quote you half remember, the full quote and where it is',
  options: [
    {
      name: 'phrase',
      description: 'A few words of the quote (order and spelling need not be exact)',
      type: 'string',
      required: true,
      autocomplete: 'phrase',
      maxLength: 300,
    },
    { ...articleOption, description: 'Article id or part of its title (default: search the whole library)' },
  ],
  examples: ['/who-said phrase:durable solution', '/who-said phrase:save lives article:us-weighs'],
  run(ctx) {
    const { options, library } = ctx;
    const phrase = String(options.phrase ?? '');
    let scope: LibraryEntry | undefined;
    if (options.article !== undefined) {
      const found = resolveArticle(ctx);
      if (!found.ok) return found.reply;
      scope = found.entry;
    } else if (!library.size) {
      return {
        title: 'Who said it?',
        tone: 'info',
        blocks: [{ type: 'text', text: 'The library is empty.' }],
      };
    }
    const answer = scope
      ? whoSaid(articleIndex(scope.analysis), phrase)
      : whoSaid(librarySearch(library), phrase);
    return whoSaidReply(answer, phrase, library, scope);
  },
});
