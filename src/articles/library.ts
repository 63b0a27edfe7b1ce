import { AnalysisCache } from '../analysis/cache.js';
import type { Analysis } from '../analysis/types.js';
import type { Article } from './types.js';

export interface LibraryEntry {
  article: Article;
  analysis: Analysis;
  /** When the article first appeared in the library (file creation as seen by the bot). */
  addedAt: Date;
  /** When its content last changed. */
  changedAt: Date;
}

/** A file that could not be loaded, and why, in words a user can act on. */
export interface LoadProblem {
  source: string;
  message: string;
}

export type LibraryEvent =
  | { type: 'added' | 'changed'; entry: LibraryEntry }
  | { type: 'removed'; id: string }
  | { type: 'problem'; problem: LoadProblem };

export type ResolveResult =
  | { ok: true; entry: LibraryEntry }
  | { ok: false; message: string; suggestions: LibraryEntry[] };

/**
 * The articles the bot serves, each analysed once per version. Loading from disk and watching the
 * folder live in loader.ts / watch.ts, which feed this class through upsert/remove.
 */
export class Library {
  private readonly entries = new Map<string, LibraryEntry>();
  private readonly problemsBySource = new Map<string, LoadProblem>();
  private readonly listeners = new Set<(event: LibraryEvent) => void>();
  private readonly cache = new AnalysisCache();

  constructor(private readonly now: () => Date = () => new Date()) {}

  /** Add or replace an article; analysis is reused when the text did not change. */
  upsert(article: Article, addedAt?: Date): LibraryEntry {
    const previous = this.entries.get(article.id);
    const analysis = this.cache.get(article.text);
    const unchanged = previous?.article.hash === article.hash;
    const entry: LibraryEntry = {
      article,
      analysis,
      addedAt: previous?.addedAt ?? addedAt ?? this.now(),
      changedAt: unchanged && previous ? previous.changedAt : this.now(),
    };
    this.entries.set(article.id, entry);
    this.problemsBySource.delete(article.source);
    this.emit({ type: previous ? 'changed' : 'added', entry });
    return entry;
  }

  remove(id: string): boolean {
    const existed = this.entries.delete(id);
    if (existed) {
      this.cache.retain([...this.entries.values()].map((e) => e.analysis.hash));
      this.emit({ type: 'removed', id });
    }
    return existed;
  }

  reportProblem(problem: LoadProblem): void {
    this.problemsBySource.set(problem.source, problem);
    this.emit({ type: 'problem', problem });
  }

  clearProblem(source: string): void {
    this.problemsBySource.delete(source);
  }

  problems(): LoadProblem[] {
    return [...this.problemsBySource.values()];
  }

  get size(): number {
    return this.entries.size;
  }

  get(id: string): LibraryEntry | undefined {
    return this.entries.get(id);
  }

  /** Newest first: by published date when known, else by when the file appeared. */
  list(): LibraryEntry[] {
    return [...this.entries.values()].sort(
      (a, b) => dateOf(b) - dateOf(a) || a.article.id.localeCompare(b.article.id),
    );
  }

  newest(): LibraryEntry | undefined {
    return this.list()[0];
  }

  /** An article by id, or by a fuzzy title match; the newest when no query is given. */
  resolve(query?: string): ResolveResult {
    const q = query?.trim();
    if (!q) {
      const entry = this.newest();
      return entry
        ? { ok: true, entry }
        : {
            ok: false,
            message: 'The library is empty: add article files to the articles folder.',
            suggestions: [],
          };
    }
    const exact = this.entries.get(q) ?? this.entries.get(slugify(q));
    if (exact) return { ok: true, entry: exact };
    const ranked = this.rank(q);
    const best = ranked[0];
    if (best && best.score >= 0.5) return { ok: true, entry: best.entry };
    return {
      ok: false,
      message: `No article matches "${q}".`,
      suggestions: ranked.slice(0, 5).map((r) => r.entry),
    };
  }

  /** Articles ranked by how well their id and title match a partial query (autocomplete). */
  rank(query: string): Array<{ entry: LibraryEntry; score: number }> {
    const words = normaliseWords(query);
    if (!words.length) return this.list().map((entry) => ({ entry, score: 0 }));
    return this.list()
      .map((entry) => {
        const hay = normaliseWords(`${entry.article.id} ${entry.article.title}`);
        let hits = 0;
        for (const w of words)
          if (hay.some((h) => h.startsWith(w) || (w.length >= 4 && h.includes(w)))) hits++;
        return { entry, score: hits / words.length };
      })
      .filter((r) => r.score > 0)
      .sort((a, b) => b.score - a.score);
  }

  onChange(listener: (event: LibraryEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: LibraryEvent): void {
    for (const listener of this.listeners) listener(event);
  }
}

function dateOf(entry: LibraryEntry): number {
  return (entry.article.published ?? entry.addedAt).getTime();
}

/**
 * Lower-case words joined by "-": Unicode letters and digits are kept (NFKC), so "новости" and "新闻" stay
 * themselves; accents are dropped from Latin letters only ("Café" → "cafe", as ids always were), since other
 * scripts' marks can be part of the letter.
 */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/(\p{Script=Latin})[\u0300-\u036f]+/gu, '$1')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
}

function normaliseWords(value: string): string[] {
  return slugify(value).split('-').filter(Boolean);
}
