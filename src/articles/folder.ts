import { type FSWatcher, watch } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Logger } from '../logger.js';
import { ArticleLoadError, ArticlesFolderError } from './errors.js';
import type { Library, LibraryEntry } from './library.js';
import { articleIdOf, formatOf, isIgnoredFile, loadArticleFile } from './loader.js';

export interface FolderOptions {
  maxBytes: number;
  logger: Logger;
  /** Quiet time after the last change to a file before it is re-read (editors write in bursts). */
  debounceMs?: number;
}

const DEFAULT_DEBOUNCE_MS = 150;

/** The file names in the articles folder that may be articles, sorted; a clear error when it is missing. */
async function listCandidates(dir: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const where = path.resolve(dir);
    if (code === 'ENOENT')
      throw new ArticlesFolderError(
        dir,
        `The articles folder ${where} does not exist. Create it, or set ARTICLES_DIR to the folder that holds your articles.`,
      );
    if (code === 'ENOTDIR')
      throw new ArticlesFolderError(dir, `ARTICLES_DIR points at ${where}, which is a file, not a folder.`);
    throw new ArticlesFolderError(
      dir,
      `The articles folder ${where} cannot be read (${code ?? String(error)}).`,
    );
  }
  return names.filter((name) => !isIgnoredFile(name)).sort();
}

function entryFrom(library: Library, file: string): LibraryEntry | undefined {
  return library.list().find((entry) => entry.article.source === file);
}

/**
 * Read one file into the library: added or replaced when it loads, reported as a problem when it does
 * not (a file that breaks keeps serving its previous version). Never throws for a bad file.
 */
async function syncFile(
  library: Library,
  file: string,
  options: FolderOptions,
  seen: 'at-start' | 'while-watching',
): Promise<void> {
  const { logger } = options;
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(file);
  } catch {
    const freed = forgetFile(library, file, logger);
    // A file that was refused for having the same id can take the freed id now.
    for (const problem of library.problems())
      if (freed && articleIdOf(problem.source) === freed)
        await syncFile(library, problem.source, options, seen);
    return;
  }
  if (!info.isFile()) return;
  if (!formatOf(file)) {
    // Reported rather than skipped, so a user who drops in a .docx sees why it is not listed.
    const reason = 'Briefing reads only .txt, .md and .json files.';
    logger.debug({ file }, 'not an article file');
    library.reportProblem({ source: file, message: reason });
    return;
  }
  try {
    const article = await loadArticleFile(file, options);
    const owner = library.get(article.id);
    if (owner && owner.article.source !== file) {
      const message = `it has the same id "${article.id}" as ${path.basename(owner.article.source)}; rename one of them.`;
      logger.warn({ file, id: article.id }, message);
      library.reportProblem({ source: file, message });
      return;
    }
    // A touch or a save without changes: nothing to re-analyse, no event.
    if (owner && JSON.stringify(owner.article) === JSON.stringify(article)) {
      library.clearProblem(file);
      return;
    }
    const started = performance.now();
    // Files found at start-up appeared when they were last written (the bot was not there to see them);
    // files that arrive while the bot watches appear now (the library's clock), whatever their mtime.
    const addedAt = seen === 'at-start' ? new Date(Math.min(info.mtimeMs, Date.now())) : undefined;
    library.upsert(article, addedAt);
    logger.debug({ id: article.id, ms: Math.round(performance.now() - started) }, 'article loaded');
  } catch (error) {
    if (!(error instanceof ArticleLoadError)) throw error;
    const previous = entryFrom(library, file);
    const message = previous ? `${error.reason} Still serving the previous version.` : error.reason;
    logger.warn({ file, kind: error.kind }, `article not loaded: ${error.message}`);
    library.reportProblem({ source: file, message });
  }
}

/** Drop a file that is gone; returns the id it freed, if it was an article. */
function forgetFile(library: Library, file: string, logger: Logger): string | undefined {
  library.clearProblem(file);
  const entry = entryFrom(library, file);
  if (!entry) return undefined;
  library.remove(entry.article.id);
  logger.info({ id: entry.article.id }, 'article removed');
  return entry.article.id;
}

/** Load every article file in a folder into the library. Bad files become LoadProblems, never crashes. */
export async function loadFolder(library: Library, dir: string, options: FolderOptions): Promise<void> {
  for (const name of await listCandidates(dir)) {
    await syncFile(library, path.join(dir, name), options, 'at-start');
    // Analysis is synchronous; yield between files so commands keep being served during a big load.
    await nextTurn();
  }
  options.logger.info(
    { dir, articles: library.size, problems: library.problems().length },
    'articles loaded',
  );
}

/**
 * Watch the folder: added, changed and removed files update the library, each file on its own (a
 * per-file debounce, then a re-read and re-analysis of just that file). Returns a stop function.
 */
export function watchFolder(library: Library, dir: string, options: FolderOptions): () => Promise<void> {
  const { logger } = options;
  const debounceMs = options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  const timers = new Map<string, NodeJS.Timeout>();
  // One chain per file: events for the same file are applied in order, other files are independent.
  const chains = new Map<string, Promise<void>>();
  let stopped = false;

  const run = (file: string) => {
    timers.delete(file);
    if (stopped) return;
    const next = (chains.get(file) ?? Promise.resolve())
      .then(() => (stopped ? undefined : syncFile(library, file, options, 'while-watching')))
      .catch((error: unknown) => logger.error({ err: error, file }, 'could not update article'));
    chains.set(file, next);
    void next.finally(() => {
      if (chains.get(file) === next) chains.delete(file);
    });
  };
  const schedule = (file: string) => {
    clearTimeout(timers.get(file));
    timers.set(
      file,
      setTimeout(() => run(file), debounceMs),
    );
  };
  // When the system cannot say which file changed, look at all of them.
  const rescan = async () => {
    const names = await listCandidates(dir).catch(() => []);
    const known = library.list().map((e) => e.article.source);
    for (const file of new Set([...names.map((n) => path.join(dir, n)), ...known])) schedule(file);
  };

  let watcher: FSWatcher;
  try {
    watcher = watch(dir, { persistent: true }, (_event, name) => {
      if (stopped) return;
      if (!name) void rescan();
      else if (!isIgnoredFile(name)) schedule(path.join(dir, name));
    });
  } catch (error) {
    logger.warn({ err: error, dir }, 'cannot watch the articles folder; changes need a restart');
    return async () => {};
  }
  watcher.on('error', (error) => logger.warn({ err: error, dir }, 'stopped watching the articles folder'));
  logger.debug({ dir, debounceMs }, 'watching the articles folder');

  return async () => {
    if (stopped) return;
    stopped = true;
    watcher.close();
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    await Promise.allSettled([...chains.values()]);
  };
}
