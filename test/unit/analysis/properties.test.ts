import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';

const pieces = [
  '"',
  '“',
  '”',
  '‘',
  '’',
  "'",
  ' ',
  '\n\n',
  '\r\n',
  '.',
  ',',
  ' said ',
  'Mr. ',
  'John Smith',
  ' he ',
  '[',
  ']',
  'We',
  ':',
];

describe('analysis on arbitrary input', () => {
  it('never throws and keeps every span inside the text', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(fc.constantFrom(...pieces)).map((a) => a.join('')),
        ),
        (text) => {
          const a = analyze(text);
          for (const s of [...a.sentences, ...a.paragraphs, ...a.quotes]) {
            expect(s.start).toBeGreaterThanOrEqual(0);
            expect(s.end).toBeLessThanOrEqual(text.length);
            expect(s.start).toBeLessThanOrEqual(s.end);
          }
          for (const q of a.quotes) expect(text.slice(q.start, q.end)).toBe(q.text);
          for (const p of a.people)
            for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
        },
      ),
      { numRuns: 150 },
    );
  });
});
