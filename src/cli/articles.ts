import { parseArgs } from 'node:util';
import { ArticlesFolderError } from '../articles/errors.js';
import { loadFolder } from '../articles/folder.js';
import type { LibraryEntry } from '../articles/library.js';
import { cliLogger, configOrExplain, newLibrary, runAsText } from './context.js';
import type { CliSubcommand } from './io.js';

const USAGE = 'Usage: npm run --silent cli -- articles [--json]   (reads ARTICLES_DIR, default articles/)';

function summary(entry: LibraryEntry) {
  const { article, analysis } = entry;
  return {
    id: article.id,
    title: article.title,
    titleDerived: article.titleDerived,
    source: article.source,
    url: article.url ?? null,
    publisher: article.publisher ?? null,
    published: article.published?.toISOString() ?? null,
    addedAt: entry.addedAt.toISOString(),
    paragraphs: analysis.paragraphs.length,
    sentences: analysis.sentences.length,
    quotes: analysis.quotes.length,
    people: analysis.people.length,
  };
}

/** `articles [--json]`: the library in ARTICLES_DIR, newest first, and the files that did not load. */
export const run: CliSubcommand = async (args, io) => {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options: { json: { type: 'boolean' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const config = configOrExplain(io);
  if (!config) return 2;
  const logger = cliLogger(config);
  const library = newLibrary();
  try {
    await loadFolder(library, config.articlesDir, { maxBytes: config.maxArticleBytes, logger });
  } catch (error) {
    if (!(error instanceof ArticlesFolderError)) throw error;
    io.err(error.message);
    return 2; // ARTICLES_DIR is configuration
  }
  if (parsed.values.json) {
    io.out(JSON.stringify({ articles: library.list().map(summary), problems: library.problems() }));
    return 0;
  }
  // The same text as /articles, every page of it.
  const pages = Math.max(1, Math.ceil(library.size / 10));
  for (let page = 1; page <= pages; page++)
    io.out(await runAsText({ command: 'articles', options: { page } }, library, logger));
  return 0;
};
