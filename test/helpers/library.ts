import { readFileSync } from 'node:fs';
import { Library } from '../../src/articles/library.js';
import { articleFromBytes } from '../../src/articles/loader.js';
import type { Article } from '../../src/articles/types.js';

const LOAD = { maxBytes: 2 * 1024 * 1024 };

/** An article as the loader makes it from a Markdown file with a title in its front matter. */
export function markdownArticle(fileName: string, title: string, body: string): Article {
  return articleFromBytes(
    Buffer.from(`---\ntitle: ${JSON.stringify(title)}\n---\n\n${body}\n`),
    fileName,
    LOAD,
  );
}

export const SEED_FILE = new URL(
  '../fixtures/us-weighs-taking-refugees-from-australian-detention.txt',
  import.meta.url,
);

/** The seed article, loaded by the real loader from the test fixture. */
export function seedArticle(): Article {
  return articleFromBytes(readFileSync(SEED_FILE), SEED_FILE.pathname, LOAD);
}

/** A library holding the seed article, plus any extra articles. */
export function seedLibrary(...extra: Article[]): Library {
  const library = new Library();
  library.upsert(seedArticle());
  for (const article of extra) library.upsert(article);
  return library;
}
