import { createHash } from 'node:crypto';
import type { Article } from '../src/articles/types.js';

/**
 * Synthetic news articles for benchmarks: common English function words mixed with a seeded,
 * Zipf-distributed vocabulary of made-up content words, named
 * people, and paragraphs of narration, tagged direct quotes, partial quotes and scare quotes, so that a
 * library of 1,000 articles has realistic sizes and term statistics without shipping anyone's text.
 */

/** mulberry32: a small seeded generator, so every run measures the same library. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES =
  'ba be bi bo da de di do ka ke ki ko la le li lo ma me mi mo na ne ni no ra re ri ro sa se si so ta te ti to va ve vi vo ar er in on us an en'.split(
    ' ',
  );
/** Function words make up about 40% of English running text; content words follow Zipf's law. */
const FUNCTION_WORDS =
  'the of and to a in that is for it was on with as he be at by this had not are but from or have an they which one you were her all she there would their we him been has when who will more no if out so said what up its about into than them can only other new some could time these two may then do first any my now such like our over man me even most made after also did many before must through back years where much your way well down should because each just those people how too little state good very make world still own see men work long get here between both life being under never day same another know while last might us great old year off come since against go came right used take three'.split(
    ' ',
  );
const FUNCTION_SHARE = 0.4;

const ROLES = [
  'the finance minister',
  'the city budget director',
  'a union leader',
  'the coach',
  'the mayor',
];
const VERBS = ['said', 'told reporters', 'added', 'warned', 'insisted'];

export interface SyntheticArticle {
  article: Article;
  /** Speech quotes as written, for building queries. */
  quotes: string[];
}

export function syntheticLibrary(count: number, seed = 42): SyntheticArticle[] {
  const random = rng(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const word = () => {
    let w = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) w += pick(SYLLABLES);
    return w;
  };
  const vocabulary = Array.from({ length: 6000 }, word);
  // Zipf-like: a few words are very common, most are rare, as in real text.
  const zipf = () => vocabulary[Math.floor(vocabulary.length * random() ** 3)] as string;
  const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  const sentence = (min: number, max: number) => {
    const n = min + Math.floor(random() * (max - min));
    const token = () => (random() < FUNCTION_SHARE ? pick(FUNCTION_WORDS) : zipf());
    return capital(Array.from({ length: n }, token).join(' '));
  };
  const articles: SyntheticArticle[] = [];
  for (let a = 0; a < count; a++) {
    const people = Array.from({ length: 3 }, () => ({ first: capital(word()), last: capital(word()) }));
    const paragraphs: string[] = [];
    const quotes: string[] = [];
    for (let p = 0; p < 14; p++) {
      const person = pick(people);
      const kind = random();
      if (kind < 0.35) paragraphs.push(`${sentence(14, 28)}, ${person.first} ${person.last} ${pick(VERBS)}.`);
      else if (kind < 0.7) {
        const q = `${sentence(10, 30)}.`;
        quotes.push(q);
        paragraphs.push(
          p % 2
            ? `"${q.slice(0, -1)}," ${person.last} ${pick(VERBS)}.`
            : `"${q.slice(0, -1)}," said ${person.first} ${person.last}, ${pick(ROLES)}.`,
        );
      } else if (kind < 0.85) {
        const q = sentence(5, 10).toLowerCase();
        quotes.push(q);
        paragraphs.push(`${person.last} said the plan was "${q}".`);
      } else paragraphs.push(`${sentence(8, 16)} a "${zipf()}" ${sentence(6, 12).toLowerCase()}.`);
    }
    const text = paragraphs.join('\n\n');
    const id = `synthetic-${a}`;
    articles.push({
      article: {
        id,
        title: sentence(5, 9),
        titleDerived: false,
        text,
        paragraphs,
        source: `${id}.txt`,
        published: new Date(Date.UTC(2026, 0, 1) + a * 3_600_000),
        hash: createHash('sha256').update(text).digest('hex'),
      },
      quotes,
    });
  }
  return articles;
}

/** A half-remembered version of a quote: a few of its words, maybe misspelled, maybe reordered. */
export function halfRemembered(quote: string, random: () => number): string {
  const words = quote
    .replace(/[^\p{L}\s]/gu, '')
    .split(/\s+/)
    .filter(Boolean);
  const start = Math.floor(random() * Math.max(1, words.length - 4));
  const picked = words.slice(start, start + 2 + Math.floor(random() * 3));
  if (random() < 0.4 && picked.length > 1) picked.reverse();
  if (random() < 0.4) {
    const i = Math.floor(random() * picked.length);
    const w = picked[i] ?? '';
    // A typo: swap two letters.
    if (w.length > 4) picked[i] = w.slice(0, 1) + w.charAt(2) + w.charAt(1) + w.slice(3);
  }
  return picked.join(' ');
}
