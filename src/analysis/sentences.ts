import { tokenize } from './nlp.js';
import type { Paragraph, Sentence } from './types.js';

/** Paragraph spans of a text whose paragraphs are separated by blank lines. */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (const m of text.matchAll(re)) {
    if (!m[0].trim()) continue;
    paragraphs.push({ index: paragraphs.length, start: m.index, end: m.index + m[0].length });
  }
  return paragraphs;
}

/** Sentences with offsets, never crossing a paragraph boundary. */
export function splitSentences(text: string, paragraphs: Paragraph[] = splitParagraphs(text)): Sentence[] {
  const sentences: Sentence[] = [];
  for (const paragraph of paragraphs) {
    const body = text.slice(paragraph.start, paragraph.end);
    const { tokens, sentenceTokenRanges } = tokenize(body);
    for (const [first, last] of sentenceTokenRanges) {
      const a = tokens[first];
      const b = tokens[last];
      if (!a || !b) continue;
      const start = paragraph.start + a.start;
      const end = paragraph.start + b.end;
      sentences.push({
        index: sentences.length,
        paragraph: paragraph.index,
        start,
        end,
        text: text.slice(start, end),
      });
    }
  }
  return sentences;
}
