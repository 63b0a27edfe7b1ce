import MiniSearch, { type Query } from 'minisearch';
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
 * In a large index, a query word found in more than this share of units is left out of the query (when
 * every word is that common, the two least common stay), as a search engine treats stop words: it
 * hardly changes the ranking, and walking its postings with fuzzy and prefix variants is most of the
 * cost of a library-wide search.
 */
const COMMON_SHARE = 0.1;
const COMMON_MIN_UNITS = 500;

/** A match through swapped letters counts like a fuzzy match (MiniSearch weighs those 0.45). */
const TRANSPOSITION_WEIGHT = 0.45;

/** Typing two letters in the wrong order is the commonest slip, and costs two edits by Levenshtein. */
function transpositions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i + 1 < word.length; i++)
    out.add(word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2));
  out.delete(word);
  return [...out];
}

/**
 * One sub-query per word: the word itself, fuzzily from five letters (about one edit per five letters;
 * shorter words have too many neighbours) and by prefix if it is the last word (it may be unfinished),
 * or the word with two neighbouring letters swapped, exactly and weighted down like a fuzzy match.
 */
function queryFor(words: readonly string[]): Query {
  return {
    combineWith: 'OR',
    queries: words.map((word, i) => {
      const swapped = transpositions(word);
      const asTyped: Query = {
        queries: [word],
        fuzzy: word.length >= 5 ? 0.2 : false,
        prefix: i === words.length - 1 && word.length >= 3,
      };
      if (!swapped.length) return asTyped;
      const reordered: Query = {
        queries: [swapped.join(' ')],
        fuzzy: false,
        prefix: false,
        boostTerm: () => TRANSPOSITION_WEIGHT,
      };
      return { combineWith: 'OR', queries: [asTyped, reordered] };
    }),
  };
}

function indexTerms(text: string): Set<string> {
  return new Set(words(text).flatMap(termVariants));
}

/**
 * A BM25 index (MiniSearch) over search units. Misspellings are found by fuzzy matching (about one
 * edit per five letters, at most two) and by swapped letters, a half-typed last word by prefix; word
 * order does not matter.
 */
export class UnitIndex {
  private readonly mini = new MiniSearch<Doc>({
    fields: ['text'],
    tokenize: (text) => words(text),
    processTerm: (term) => termVariants(term),
    searchOptions: { combineWith: 'OR', maxFuzzy: 2 },
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
    const frequency = (w: string) =>
      Math.max(...termVariants(w).map((t) => this.documentFrequency.get(t) ?? 0));
    const limit = this.docs.size * COMMON_SHARE;
    const rare = all.filter((w) => frequency(w) <= limit);
    if (rare.length) return rare;
    // Every word is common: the two least common still say the most.
    return [...all].sort((a, b) => frequency(a) - frequency(b)).slice(0, 2);
  }

  /** Units that share words with the phrase, best first. */
  search(phrase: string, limit = 10): SearchHit[] {
    const wanted = this.distinctiveWords(phrase);
    if (!wanted.length) return [];
    // Which query word each index term stands for, to count the words a result matched.
    const wordOf = new Map<string, number>();
    wanted.forEach((w, i) => {
      for (const form of [w, ...transpositions(w)])
        for (const v of termVariants(form)) if (!wordOf.has(v)) wordOf.set(v, i);
    });
    const hits: SearchHit[] = [];
    const seen = new Uint8Array(wanted.length);
    for (const result of this.mini.search(queryFor(wanted))) {
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
