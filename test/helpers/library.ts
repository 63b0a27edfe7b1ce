import { readFileSync } from 'node:fs';
import { hashText } from '../../src/analysis/analyze.js';
import { Library, slugify } from '../../src/articles/library.js';
import type { Article } from '../../src/articles/types.js';

/** An Article from plain text (paragraphs separated by blank lines), as the folder loader would make it. */
export function articleFromText(title: string, text: string, source = `${slugify(title)}.txt`): Article {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const plain = paragraphs.join('\n\n');
  return {
    id: slugify(title),
    title,
    titleDerived: false,
    text: plain,
    paragraphs,
    source,
    hash: hashText(plain),
  };
}

export const SEED_FILE = new URL(
  '../fixtures/us-weighs-taking-refugees-from-australian-detention.txt',
  import.meta.url,
);

/** A library holding the seed article, plus any extra articles. */
export function seedLibrary(...extra: Article[]): Library {
  const library = new Library();
  library.upsert(
    articleFromText('US weighs taking refugees from Australian detention', readFileSync(SEED_FILE, 'utf8')),
  );
  for (const article of extra) library.upsert(article);
  return library;
}
