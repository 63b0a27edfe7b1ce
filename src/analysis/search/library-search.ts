import type { Analysis } from '../types.js';
import { UnitIndex } from './unit-index.js';
import { searchUnits } from './units.js';

/** What the library-wide search needs from a library (the articles Library satisfies it). */
export interface SearchableLibrary {
  list(): ReadonlyArray<{ article: { id: string }; analysis: Analysis }>;
}

/**
 * One index over every article of a library, so a library-wide who-said is a single BM25 query rather
 * than one per article. It follows the library lazily: before each search, articles whose analysis
 * changed are re-indexed and removed ones dropped.
 */
export class LibrarySearch {
  private readonly index = new UnitIndex();
  private readonly indexed = new Map<string, { hash: string; ids: number[] }>();

  constructor(private readonly library: SearchableLibrary) {}

  sync(): void {
    const seen = new Set<string>();
    for (const { article, analysis } of this.library.list()) {
      seen.add(article.id);
      const current = this.indexed.get(article.id);
      if (current?.hash === analysis.hash) continue;
      if (current) this.index.discard(current.ids);
      this.indexed.set(article.id, {
        hash: analysis.hash,
        ids: this.index.add(searchUnits(analysis), article.id),
      });
    }
    for (const [id, { ids }] of this.indexed) {
      if (seen.has(id)) continue;
      this.index.discard(ids);
      this.indexed.delete(id);
    }
  }

  search(phrase: string, limit?: number) {
    this.sync();
    return this.index.search(phrase, limit);
  }
}

const searches = new WeakMap<SearchableLibrary, LibrarySearch>();

/** The library's search, created on first use and kept for as long as the library lives. */
export function librarySearch(library: SearchableLibrary): LibrarySearch {
  let search = searches.get(library);
  if (!search) {
    search = new LibrarySearch(library);
    searches.set(library, search);
  }
  return search;
}
