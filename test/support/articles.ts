import { hashText } from '../../src/analysis/analyze.js';
import type { Library } from '../../src/articles/library.js';
import type { Article } from '../../src/articles/types.js';

/** A small article for digest tests; the text is built from the title so each one differs. */
export function makeArticle(
  id: string,
  options: { title?: string; published?: Date; text?: string } = {},
): Article {
  const title = options.title ?? `Story ${id}`;
  const paragraphs = (
    options.text ??
    `${title} was reported today. Officials said more details would follow.\n\nA second paragraph.`
  ).split('\n\n');
  const text = paragraphs.join('\n\n');
  return {
    id,
    title,
    titleDerived: false,
    text,
    paragraphs,
    source: `${id}.txt`,
    published: options.published,
    hash: hashText(text),
  };
}

export function addArticle(
  library: Library,
  id: string,
  options: { title?: string; published?: Date; text?: string; addedAt?: Date } = {},
) {
  return library.upsert(makeArticle(id, options), options.addedAt);
}
