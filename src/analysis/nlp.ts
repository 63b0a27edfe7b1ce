import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';
import { isGivenNameHalves } from './lexicon/hyphenated-names.js';
import { HYPHENED_PARTICLE } from './lexicon/name-particles.js';

/** One token with its character offsets into the analysed text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, ...). */
  pos: string;
  /** Index of the wink sentence the token belongs to (within the analysed text). */
  sentence: number;
}

export interface TokenizedText {
  tokens: Token[];
  /** Sentence spans as wink split them: [firstToken, lastToken] inclusive. */
  sentenceTokenRanges: Array<[number, number]>;
}

// Loading the model costs ~100 ms, so it is created once on first use.
let nlpInstance: ReturnType<typeof winkNLP> | undefined;
function nlp() {
  // Only sentence boundaries and parts of speech: wink's entity, negation and sentiment passes cost time and
  // find nothing we use.
  nlpInstance ??= winkNLP(model, ['sbd', 'pos']);
  return nlpInstance;
}

/**
 * Tokens, POS tags and sentence boundaries for `text.slice(from, to)`, with offsets into the whole `text`
 * (so callers never re-base offsets by hand).
 */
export function tokenize(text: string, from = 0, to = text.length): TokenizedText {
  const engine = nlp();
  const its = engine.its;
  const body = text.slice(from, to);
  const doc = engine.readDoc(body);
  const tokens: Token[] = [];
  const sentenceTokenRanges: Array<[number, number]> = [];
  let cursor = 0;
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    // wink keeps the original characters of each token; find them in order to recover offsets.
    let start = body.indexOf(word, cursor);
    if (start < 0) start = cursor;
    const end = Math.min(body.length, start + word.length);
    tokens.push({ text: word, start: from + start, end: from + end, pos: tags[i] ?? 'X', sentence: 0 });
    cursor = end;
  }
  doc.sentences().each((s, index) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    sentenceTokenRanges.push([first, last]);
    for (let t = first; t <= last; t++) {
      const token = tokens[t];
      if (token) token.sentence = index;
    }
  });
  return joinHyphenatedNames(tokens, sentenceTokenRanges);
}

const UPPER = /^\p{Lu}/u;
const LETTERS = /^[\p{L}\p{M}]+$/u;

/**
 * Repairs two ways wink splits a name. "Osei-Bonsu" became three tokens, which made "Daniel Osei" and
 * "Bonsu" two people: a capitalised word, a hyphen and a capitalised word with no space between them are
 * one name. And letters outside wink's alphabet split a word.
 */
function joinHyphenatedNames(tokens: Token[], ranges: Array<[number, number]>): TokenizedText {
  const joined: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // wink splits words at letters outside its alphabet ("Jarosław" -> "Jaros", "ł", "aw"): letters that
    // touch are one word.
    if (LETTERS.test(token.text)) {
      let merged: Token | null = null;
      while (
        tokens[i + 1] &&
        tokens[i + 1]?.start === (merged ?? token).end &&
        LETTERS.test(tokens[i + 1]?.text ?? '') &&
        tokens[i + 1]?.sentence === token.sentence
      ) {
        merged ??= { ...token };
        merged.text += (tokens[i + 1] as Token).text;
        merged.end = (tokens[i + 1] as Token).end;
        i++;
      }
      if (merged) {
        if (UPPER.test(merged.text) && merged.pos !== 'PROPN') merged.pos = 'PROPN';
        joined.push(merged);
        continue;
      }
    }
    const hyphen = tokens[i + 1];
    const next = tokens[i + 2];
    if (
      hyphen &&
      next &&
      (hyphen.text === '-' || hyphen.text === '‐') &&
      hyphen.start === token.end &&
      next.start === hyphen.end &&
      token.sentence === next.sentence &&
      // "al-Assad", "el-Sisi": a lower-case Arabic particle joins the name too.
      (((UPPER.test(token.text) || HYPHENED_PARTICLE.test(`${token.text}-${next.text}`)) &&
        UPPER.test(next.text)) ||
        hyphenedGivenName(joined[joined.length - 1], token, next, tokens[i + 3]))
    ) {
      const merged = {
        ...token,
        text: `${token.text}${hyphen.text}${next.text}`,
        end: next.end,
        pos: 'PROPN',
      };
      joined.push(merged);
      i += 2;
      // "Vasquez-Lund-Moore": keep joining while the pattern repeats.
      while (
        tokens[i + 1]?.text === '-' &&
        tokens[i + 1]?.start === merged.end &&
        tokens[i + 2] &&
        tokens[i + 2]?.start === tokens[i + 1]?.end &&
        UPPER.test(tokens[i + 2]?.text ?? '')
      ) {
        merged.text += `-${tokens[i + 2]?.text}`;
        merged.end = (tokens[i + 2] as Token).end;
        i += 2;
      }
      continue;
    }
    joined.push(token);
  }
  if (joined.length === tokens.length) return { tokens, sentenceTokenRanges: ranges };
  const rebuilt: Array<[number, number]> = ranges.map(() => [Number.MAX_SAFE_INTEGER, -1]);
  joined.forEach((t, k) => {
    const range = rebuilt[t.sentence];
    if (!range) return;
    range[0] = Math.min(range[0], k);
    range[1] = Math.max(range[1], k);
  });
  // Every sentence keeps at least one token, so indices stay aligned with the tokens' sentence numbers.
  return { tokens: joined, sentenceTokenRanges: rebuilt };
}

/**
 * "Park Seo-yeon", "Min-jun Kim said": a capitalised word and a lower-case syllable joined by a hyphen
 * make a given name. At a sentence start, where any compound is capitalised ("Self-made"), only when a
 * capitalised name word follows.
 */
function hyphenedGivenName(
  previous: Token | undefined,
  head: Token,
  tail: Token,
  after: Token | undefined,
): boolean {
  if (!isGivenNameHalves(head.text, tail.text)) return false;
  const atStart = !previous || previous.sentence !== head.sentence || /^["“‘(]$/.test(previous.text);
  return !atStart || (!!after && after.sentence === head.sentence && UPPER.test(after.text));
}

/** First token index whose start is at or after `offset`. */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
