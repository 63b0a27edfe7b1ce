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
 * In a large index, a query word found in more than this share of units is left out of the query (unless
 * every word is that common), as a search engine treats stop words: it hardly changes the ranking, and
 * walking its postings with fuzzy and prefix variants is most of the cost of a library-wide search.
 */
const COMMON_SHARE = 0.1;
const COMMON_MIN_UNITS = 500;

function indexTerms(text: string): Set<string> {
  return new Set(words(text).flatMap(termVariants));
}

/**
 * A BM25 index (MiniSearch) over search units. Misspellings are found by fuzzy matching (about one
 * edit per five letters, at most two), a half-typed last word by prefix; word order does not matter.
 */
export class UnitIndex {
  private readonly mini = new MiniSearch<Doc>({
    fields: ['text'],
    tokenize: (text) => words(text),
    processTerm: (term) => termVariants(term),
    searchOptions: {
      // Short words have too many one-letter neighbours for fuzzy matching to help.
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      maxFuzzy: 2,
      // Only the last word may be unfinished (the user is still typing it).
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 3,
      combineWith: 'OR',
    },
  });
  private readonly docs = new Map<number, { unit: SearchUnit; articleId?: string }>();
  private nextId = 0;
  /** In how many units each index term occurs. */
  private readonly documentFrequency = new Map<string, number>();

  get size(): number {
    return this.docs.size;
  }

  add(units: readonly SearchUnit[], articleId?: string): number[] {
    const batch: Doc[] = units.map((unit) => {
      const id = this.nextId++;
      this.docs.set(id, articleId === undefined ? { unit } : { unit, articleId });
      this.count(unit.searchText, 1);
      return { id, text: unit.searchText };
    });
    this.mini.addAll(batch);
    return batch.map((d) => d.id);
  }

  discard(ids: readonly number[]): void {
    for (const id of ids) {
      const doc = this.docs.get(id);
      if (!doc) continue;
      this.docs.delete(id);
      this.count(doc.unit.searchText, -1);
      this.mini.discard(id);
    }
  }

  private count(text: string, delta: number): void {
    for (const term of indexTerms(text)) {
      const n = (this.documentFrequency.get(term) ?? 0) + delta;
      if (n > 0) this.documentFrequency.set(term, n);
      else this.documentFrequency.delete(term);
    }
  }

  /** The query's meaningful words, without those too common in this index to tell units apart. */
  private distinctiveWords(phrase: string): string[] {
    const all = queryWords(phrase);
    if (this.docs.size < COMMON_MIN_UNITS) return all;
    const limit = this.docs.size * COMMON_SHARE;
    const rare = all.filter((w) =>
      termVariants(w).every((t) => (this.documentFrequency.get(t) ?? 0) <= limit),
    );
    return rare.length ? rare : all;
  }

  /** Units that share words with the phrase, best first. */
  search(phrase: string, limit = 10): SearchHit[] {
    const wanted = this.distinctiveWords(phrase);
    if (!wanted.length) return [];
    // Which query word each index term stands for, to count the words a result matched.
    const wordOf = new Map<string, number>();
    wanted.forEach((w, i) => {
      for (const v of termVariants(w)) if (!wordOf.has(v)) wordOf.set(v, i);
    });
    const hits: SearchHit[] = [];
    const seen = new Uint8Array(wanted.length);
    for (const result of this.mini.search(wanted.join(' '))) {
      const doc = this.docs.get(result.id as number);
      if (!doc) continue;
      seen.fill(0);
      let matchedWords = 0;
      for (const term of result.queryTerms) {
        const i = wordOf.get(term);
        if (i === undefined || seen[i]) continue;
        seen[i] = 1;
        matchedWords++;
      }
      const coverage = matchedWords / wanted.length;
      hits.push({
        unit: doc.unit,
        ...(doc.articleId === undefined ? {} : { articleId: doc.articleId }),
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
