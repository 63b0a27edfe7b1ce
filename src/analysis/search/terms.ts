import model from 'wink-eng-lite-web-model';

/**
 * How text becomes search terms, shared by the index and the queries so that both sides agree.
 * Each word yields its Porter stem (so "encouraging" finds "encourage") and, when different, the word
 * itself (so a misspelling inside a suffix, "solutoin", is still within fuzzy reach of "solution").
 */

// The English model already ships a Porter2 stemmer as an add-on; use it rather than a second package.
const stemAddon: unknown = model.addons.stem;
const stem: (word: string) => string =
  typeof stemAddon === 'function' ? (word) => String(stemAddon(word)) : (word) => word;

/** Words too common to say anything about which quote was meant. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by do does did for from had has have he her hers him his i if in into is it ' +
    'its me my no not of on or our ours she so t s re ll ve d m than that the their theirs them then there these ' +
    'they this those to too us was we were what when where which who whom why will with would you your yours'
  ).split(' '),
);

/** Lower-case words without accents, split on anything that is not a letter or digit. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

// Stemming is regex work and a library repeats the same words endlessly: remember recent results.
const MAX_REMEMBERED = 100_000;
const variantsByWord = new Map<string, string[]>();

/** The index terms of one word: its stem, and the word itself when the stem differs. */
export function termVariants(word: string): string[] {
  let variants = variantsByWord.get(word);
  if (!variants) {
    const stemmed = stem(word);
    variants = stemmed === word ? [word] : [stemmed, word];
    if (variantsByWord.size >= MAX_REMEMBERED) variantsByWord.clear();
    variantsByWord.set(word, variants);
  }
  return variants;
}

/**
 * The words of a query that carry meaning: stop words are dropped unless the query has nothing else
 * ("it's for the" still searches).
 */
export function queryWords(phrase: string): string[] {
  const all = [...new Set(words(phrase))];
  const meaningful = all.filter((w) => !STOP_WORDS.has(w));
  return meaningful.length ? meaningful : all;
}
