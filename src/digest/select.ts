import type { LibraryEntry } from '../articles/library.js';

export interface Newness {
  /** The subscription's watermark; null before its first digest. */
  since: Date | null;
  /** For a first digest: articles dated at or after this count as new. */
  lookbackStart: Date;
  /** When this version of the article was first seen by the bot (survives restarts). */
  firstSeen(entry: LibraryEntry): number;
}

/** An article's own date: when it was published, or else when its file appeared. */
export const articleDate = (entry: LibraryEntry): number =>
  (entry.article.published ?? entry.addedAt).getTime();

/**
 * The articles a digest should brief, in the order given (the library's newest first).
 * After a first digest: added or changed since the watermark. The library's own times are capped by
 * when the bot first saw the version, because a restart reloads every file and would otherwise make
 * them all look freshly changed.
 */
export function selectNew(entries: readonly LibraryEntry[], newness: Newness): LibraryEntry[] {
  const { since, lookbackStart } = newness;
  if (!since) return entries.filter((e) => articleDate(e) >= lookbackStart.getTime());
  return entries.filter((e) => {
    const touched = Math.max(e.addedAt.getTime(), e.changedAt.getTime());
    return Math.min(touched, newness.firstSeen(e)) > since.getTime();
  });
}
