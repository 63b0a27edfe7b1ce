import MiniSearch from 'minisearch';
import { queryWords, termVariants, words } from './terms.js';
import type { SearchUnit } from './units.js';

/** One search result: a unit, the article it is in (library-wide search), and how well it matched. */
export interface SearchHit {
  articleId?: string;
  unit: SearchUnit;
  /** BM25 (with fuzzy and prefix matches weighted down) times coverage squared, with a phrase bonus. */
  score: number;
  /** Share of the query's meaningful words found in the unit (exactly, by prefix or fuzzily), 0..1. */
  coverage: number;
  /** How many of the query's meaningful words were found. */
  matchedWords: number;
  /** The query's meaningful words. */
  queryWords: number;
}

interface Doc {
  id: number;
  text: string;
}

/** Scores are computed for every match but the costlier phrase check only for the best of them. */
const RERANK = 50;

/**
 * A BM25 index (MiniSearch) over search units. Misspellings are found by fuzzy matching (about one
 * edit per five letters, at most two), half-typed words by prefix; word order does not matter.
 */
export class UnitIndex {
  private readonly mini = new MiniSearch<Doc>({
    fields: ['text'],
    tokenize: (text) => words(text),
    processTerm: (term) => termVariants(term),
    searchOptions: {
      fuzzy: (term) => (term.length >= 4 ? 0.2 : false),
      maxFuzzy: 2,
      prefix: (term) => term.length >= 3,
      combineWith: 'OR',
    },
  });
  private readonly docs = new Map<number, { unit: SearchUnit; articleId?: string }>();
  private nextId = 0;

  get size(): number {
    return this.docs.size;
  }

  add(units: readonly SearchUnit[], articleId?: string): number[] {
    const batch: Doc[] = units.map((unit) => {
      const id = this.nextId++;
      this.docs.set(id, articleId === undefined ? { unit } : { unit, articleId });
      return { id, text: unit.searchText };
    });
    this.mini.addAll(batch);
    return batch.map((d) => d.id);
  }

  discard(ids: readonly number[]): void {
    for (const id of ids) {
      if (!this.docs.delete(id)) continue;
      this.mini.discard(id);
    }
  }

  /** Units that share words with the phrase, best first. */
  search(phrase: string, limit = 10): SearchHit[] {
    const wanted = queryWords(phrase);
    if (!wanted.length) return [];
    const variants = wanted.map((w) => new Set(termVariants(w)));
    const hits: SearchHit[] = [];
    for (const result of this.mini.search(wanted.join(' '))) {
      const doc = this.docs.get(result.id as number);
      if (!doc) continue;
      const matched = new Set(result.queryTerms);
      const matchedWords = variants.filter((vs) => [...vs].some((v) => matched.has(v))).length;
      const coverage = matchedWords / wanted.length;
      hits.push({
        ...doc,
        score: result.score * coverage * coverage,
        coverage,
        matchedWords,
        queryWords: wanted.length,
      });
    }
    hits.sort((a, b) => b.score - a.score);
    const top = hits.slice(0, RERANK);
    // Words typed in the article's own order are a strong sign the user remembers this very passage.
    const typed = words(phrase).join(' ');
    for (const hit of top) if (words(hit.unit.searchText).join(' ').includes(typed)) hit.score *= 1.5;
    return top.sort((a, b) => b.score - a.score).slice(0, limit);
  }
}
