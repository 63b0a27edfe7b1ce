import { ArticleLoadError } from '../articles/errors.js';
import { articleFromBytes, loadArticleFile } from '../articles/loader.js';
import type { Article } from '../articles/types.js';
import { configOrExplain } from './context.js';
import type { CliIO } from './io.js';
import { readInput } from './jsonl.js';

/**
 * An article file read by the library's own loader (so .md front matter and .json work, and offsets
 * index into the same normalised text the bot analyses); "-" reads plain text from stdin. When it cannot,
 * the exit code after explaining why on stderr: 2 for bad configuration, 1 for an article that cannot be read.
 */
export async function readArticle(file: string, io: CliIO): Promise<Article | number> {
  const config = configOrExplain(io);
  if (!config) return 2;
  const maxBytes = config.maxArticleBytes;
  try {
    if (file !== '-') return await loadArticleFile(file, { maxBytes });
    const text = await readInput(file, io);
    return text === undefined ? 1 : articleFromBytes(Buffer.from(text), 'stdin.txt', { maxBytes });
  } catch (error) {
    if (!(error instanceof ArticleLoadError)) throw error;
    io.err(`Cannot read ${file}: ${error.reason}`);
    return 1;
  }
}
