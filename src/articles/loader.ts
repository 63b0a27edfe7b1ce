import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { hashText } from '../analysis/analyze.js';
import { ArticleLoadError } from './errors.js';
import { type ArticleFormat, FORMAT_BY_EXTENSION, parseByFormat } from './formats.js';
import { slugify } from './library.js';
import { normaliseText } from './normalize.js';
import { deriveTitle } from './title.js';
import type { Article } from './types.js';

export interface LoadOptions {
  /** Largest file accepted, in bytes (config.maxArticleBytes). */
  maxBytes: number;
}

/** The article format for a file name, or undefined when Briefing does not read that kind of file. */
export function formatOf(fileName: string): ArticleFormat | undefined {
  return FORMAT_BY_EXTENSION[path.extname(fileName).toLowerCase()];
}

/** Hidden files, editor swap/backup files and partial downloads: never articles, never reported. */
export function isIgnoredFile(fileName: string): boolean {
  const base = path.basename(fileName);
  return (
    base.startsWith('.') ||
    base.endsWith('~') ||
    /\.(swp|swx|tmp|part|crdownload|bak)$/i.test(base) ||
    /^#.*#$/.test(base)
  );
}

/**
 * The stable id of an article file: a slug of its name without the extension. A name with no letters or
 * digits at all ("!!!.md", "🎉.txt") gets a short hash of itself, so two such files do not collide.
 */
export function articleIdOf(fileName: string): string {
  const base = path.basename(fileName, path.extname(fileName));
  return slugify(base) || `article-${hashText(base).slice(0, 8)}`;
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

function tooLarge(source: string, size: number, maxBytes: number): ArticleLoadError {
  return new ArticleLoadError(
    'too-large',
    source,
    `it is ${formatSize(size)}, over the ${formatSize(maxBytes)} limit (MAX_ARTICLE_BYTES).`,
  );
}

function unreadable(source: string, error: unknown): ArticleLoadError {
  const code = (error as NodeJS.ErrnoException).code;
  const reason =
    code === 'ENOENT'
      ? 'there is no such file.'
      : code === 'EACCES'
        ? 'permission denied.'
        : `it cannot be read (${code ?? String(error)}).`;
  return new ArticleLoadError('unreadable', source, reason);
}

/** Bytes to text, refusing binary files and anything that is not UTF-8. */
export function decodeArticleBytes(bytes: Uint8Array, source: string): string {
  if (
    bytes.length >= 2 &&
    ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
  )
    throw new ArticleLoadError('encoding', source, 'it is UTF-16 text; save it as UTF-8.');
  if (bytes.includes(0))
    throw new ArticleLoadError('binary', source, 'it is a binary file, not text (it contains NUL bytes).');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ArticleLoadError(
      'encoding',
      source,
      'it is not valid UTF-8 text; save it as UTF-8 (it may be Latin-1 or Windows-1252).',
    );
  }
}

/** An Article from a file's bytes. Pure: no disk access, so every rule is testable directly. */
export function articleFromBytes(bytes: Uint8Array, source: string, options: LoadOptions): Article {
  const format = formatOf(source);
  if (!format)
    throw new ArticleLoadError(
      'unsupported',
      source,
      `Briefing does not read "${path.extname(source) || 'extension-less'}" files; use .txt, .md or .json.`,
    );
  if (bytes.length > options.maxBytes) throw tooLarge(source, bytes.length, options.maxBytes);
  const raw = decodeArticleBytes(bytes, source);
  if (!normaliseText(raw)) throw new ArticleLoadError('empty', source, 'it is empty.');
  const parsed = parseByFormat(format, raw, source);
  if (!parsed.paragraphs.length) throw new ArticleLoadError('empty', source, 'it has no article text.');
  const text = parsed.paragraphs.join('\n\n');
  const title = parsed.title ? normaliseText(parsed.title).replace(/\s+/g, ' ') : undefined;
  return {
    id: articleIdOf(source),
    title: title ?? deriveTitle(parsed.paragraphs),
    titleDerived: !title,
    text,
    paragraphs: parsed.paragraphs,
    source,
    url: parsed.url,
    publisher: parsed.publisher,
    published: parsed.published,
    hash: hashText(text),
  };
}

/** Read one article file. Throws ArticleLoadError with a message that says what is wrong. */
export async function loadArticleFile(file: string, options: LoadOptions): Promise<Article> {
  if (!formatOf(file)) return articleFromBytes(new Uint8Array(), file, options);
  let size: number;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw new ArticleLoadError('unreadable', file, 'it is not a regular file.');
    size = info.size;
  } catch (error) {
    if (error instanceof ArticleLoadError) throw error;
    throw unreadable(file, error);
  }
  // Refuse oversized files before reading them into memory.
  if (size > options.maxBytes) throw tooLarge(file, size, options.maxBytes);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    throw unreadable(file, error);
  }
  return articleFromBytes(bytes, file, options);
}
