/** Longest derived title; longer first sentences are cut at a clause or word boundary. */
export const MAX_TITLE_LENGTH = 100;
const MIN_CLAUSE_LENGTH = 40;

// A full stop that ends a sentence: not after an initial ("J."), a dotted abbreviation ("U.S.") or a
// common title, and followed by a space and a capital, digit or opening quote.
const ABBREVIATION =
  /(?:\b[A-Z]|\b(?:[A-Za-z]\.){1,}[A-Za-z]|\b(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Capt|Jr|Sr|Inc|Ltd|Co|No|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec))$/;

function firstSentence(paragraph: string): string {
  const re = /([.!?])["'\u201d\u2019)]*\s+(?=["'\u201c\u2018(]?[A-Z0-9])/g;
  for (const m of paragraph.matchAll(re)) {
    if (m[1] === '.' && ABBREVIATION.test(paragraph.slice(0, m.index))) continue;
    return paragraph.slice(0, m.index + m[0].trimEnd().length);
  }
  return paragraph;
}

/**
 * A readable title for an article that has no headline: its first sentence, without the final full
 * stop, shortened to the last clause boundary (comma, semicolon, colon, dash) that keeps enough of it,
 * else to a word boundary with an ellipsis.
 */
export function deriveTitle(paragraphs: readonly string[]): string {
  const first = paragraphs.find((p) => p.trim());
  if (!first) return 'Untitled';
  const sentence = firstSentence(first.trim()).replace(/\.$/, '');
  if (sentence.length <= MAX_TITLE_LENGTH) return sentence;
  const head = sentence.slice(0, MAX_TITLE_LENGTH + 1);
  const clauses = [...head.matchAll(/[,;:]\s|\s[\u2013\u2014-]\s/g)]
    .map((m) => m.index)
    .filter((i) => i >= MIN_CLAUSE_LENGTH && i <= MAX_TITLE_LENGTH);
  const clauseEnd = clauses.at(-1);
  if (clauseEnd !== undefined) return sentence.slice(0, clauseEnd).trimEnd();
  const wordEnd = head.lastIndexOf(' ');
  const cut = wordEnd > MIN_CLAUSE_LENGTH ? wordEnd : MAX_TITLE_LENGTH - 1;
  return `${sentence.slice(0, cut).replace(/[\s,;:\u2013\u2014-]+$/, '')}\u2026`;
}
