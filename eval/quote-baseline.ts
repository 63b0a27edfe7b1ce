import nlp from 'compromise';
import type { Predicted } from './quote-score.js';

interface Offset {
  start: number;
  length: number;
}
interface Found {
  text: string;
  offset: Offset;
}

/** The baseline: compromise's quotations(), each given the nearest preceding name from its people(). */
export function baselineQuotes(text: string): Predicted[] {
  const doc = nlp(text);
  const quotes = doc.quotations().json({ offset: true }) as Found[];
  const people = (doc.people().json({ offset: true }) as Found[]).sort(
    (a, b) => a.offset.start - b.offset.start,
  );
  return quotes.map((q) => {
    // compromise includes the marks; score the text inside them like ours.
    const start = q.offset.start + 1;
    const end = Math.max(start, q.offset.start + q.offset.length - 1);
    const before = people.filter((p) => p.offset.start < q.offset.start).pop();
    return {
      start,
      end,
      text: text.slice(start, end),
      speaker: before ? before.text.replace(/[.,;:'’]+$/, '').replace(/['’]s$/, '') : null,
      kind: 'direct',
    };
  });
}
