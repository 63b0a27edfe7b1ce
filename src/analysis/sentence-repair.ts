import { NON_FINAL_ABBREVIATIONS } from './lexicon/abbreviations.js';
import type { Token } from './nlp.js';

type Range = [number, number];

const QUOTE_CHARS = /^["“”‘’'«»]$/;
const FINAL_PUNCT = /[.?!…]$/;

function startsLower(token: Token | undefined): boolean {
  return !!token && /^[a-z]/.test(token.text);
}

/**
 * Does the sentence end (at token `end`) with an abbreviation that does not close a sentence when a name or
 * number follows? wink gives "Det." either as one token or as "Det" + ".".
 */
function isNonFinalAbbreviation(tokens: Token[], end: number, next: Token | undefined): boolean {
  let token = tokens[end];
  const before = tokens[end - 1];
  if (!token || !next || !token.text.endsWith('.')) return false;
  if (token.text === '.' && before && before.end === token.start)
    token = { ...before, text: `${before.text}.` };
  const key = token.text.toLowerCase().replace(/\.$/, '');
  if (NON_FINAL_ABBREVIATIONS.has(key)) return /^[A-Z0-9(]/.test(next.text) || startsLower(next);
  // A single initial ("W.") followed by a capitalised word.
  return /^[A-Z]\.$/.test(token.text) && /^[A-Z]/.test(next.text);
}

/** Does a quote-mark token close a quotation (no space before it)? */
function isClosingMark(text: string, token: Token): boolean {
  return QUOTE_CHARS.test(token.text) && token.start > 0 && !/\s/.test(text[token.start - 1] ?? ' ');
}

/**
 * Fixes wink's sentence boundaries: joins splits after titles and initials ("Det. | Sgt. Flores") and
 * before a lower-case continuation ('"Really?" | he asked.'), and splits after a quotation that closes
 * after its full stop when a new sentence follows ('He said "no." She left.').
 */
export function repairSentenceBreaks(text: string, tokens: Token[], ranges: Range[]): Range[] {
  const merged: Range[] = [];
  for (const range of ranges) {
    const previous = merged[merged.length - 1];
    if (previous) {
      const first = tokens[range[0]];
      // "9.10am", "example.com": a stop with no space after it ends no sentence.
      const glued =
        !!first && tokens[previous[1]]?.end === first.start && /\.$/.test(tokens[previous[1]]?.text ?? '');
      if (glued || isNonFinalAbbreviation(tokens, previous[1], first) || startsLower(first)) {
        previous[1] = range[1];
        continue;
      }
    }
    merged.push([range[0], range[1]]);
  }
  const result: Range[] = [];
  for (const [first, last] of merged) {
    let start = first;
    for (let i = first + 1; i < last; i++) {
      const punct = tokens[i - 1];
      const mark = tokens[i];
      const next = tokens[i + 1];
      if (!punct || !mark || !next) continue;
      if (FINAL_PUNCT.test(punct.text) && isClosingMark(text, mark) && /^[A-Z“"‘]/.test(next.text)) {
        result.push([start, i]);
        start = i + 1;
      }
    }
    result.push([start, last]);
  }
  return result;
}
