import { type Token, tokenize } from './nlp.js';
import { repairSentenceBreaks } from './sentence-repair.js';
import type { Paragraph, Sentence } from './types.js';

/**
 * Paragraph spans of a text whose paragraphs are separated by one or more blank lines (lines holding only
 * whitespace count as blank; \r\n and \r line ends are accepted). The text itself is never changed.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const separator = /(?:\r\n|\r|\n)[ \t\f\v]*(?:\r\n|\r|\n)\s*/g;
  let start = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) paragraphs.push({ index: paragraphs.length, start: a, end: b });
  };
  for (const m of text.matchAll(separator)) {
    push(start, m.index);
    start = m.index + m[0].length;
  }
  push(start, text.length);
  return paragraphs;
}

/** Tokens of the whole text (paragraph by paragraph) and the sentences they form. */
export interface SentenceAnalysis {
  tokens: Token[];
  sentences: Sentence[];
  /** For each sentence, its [firstToken, lastToken] inclusive in `tokens`. */
  sentenceTokens: Array<[number, number]>;
}

/** Sentences with offsets, never crossing a paragraph boundary; tokens carry global sentence indices. */
export function analyseSentences(
  text: string,
  paragraphs: Paragraph[] = splitParagraphs(text),
): SentenceAnalysis {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const sentenceTokens: Array<[number, number]> = [];
  for (const paragraph of paragraphs) {
    const tokenized = tokenize(text, paragraph.start, paragraph.end);
    const ranges = repairSentenceBreaks(text, tokenized.tokens, tokenized.sentenceTokenRanges);
    const base = tokens.length;
    for (const [first, last] of ranges) {
      const a = tokenized.tokens[first];
      const b = tokenized.tokens[last];
      if (!a || !b) continue;
      const index = sentences.length;
      for (let t = first; t <= last; t++) {
        const token = tokenized.tokens[t];
        if (token) token.sentence = index;
      }
      sentences.push({
        index,
        paragraph: paragraph.index,
        start: a.start,
        end: b.end,
        text: text.slice(a.start, b.end),
      });
      sentenceTokens.push([base + first, base + last]);
    }
    for (const token of tokenized.tokens) tokens.push(token);
  }
  return { tokens, sentences, sentenceTokens };
}

/** Sentences with offsets, never crossing a paragraph boundary. */
export function splitSentences(text: string, paragraphs: Paragraph[] = splitParagraphs(text)): Sentence[] {
  return analyseSentences(text, paragraphs).sentences;
}
