import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { extractSummary } from '../../src/analysis/summary/summarize.js';

const word = fc.constantFrom(
  'the',
  'council',
  'Kerry',
  'said',
  '"We',
  'will',
  "'go'",
  'he',
  'But',
  '(CNN)',
  '2.6',
  'U.S.',
  'By',
);
const sentence = fc
  .array(word, { minLength: 1, maxLength: 30 })
  .map((w) => `${w.join(' ')}${'.?!'[w.length % 3]}`);
const article = fc
  .array(fc.array(sentence, { minLength: 1, maxLength: 4 }), { minLength: 0, maxLength: 12 })
  .map((paragraphs) => paragraphs.map((p) => p.join(' ')).join('\n\n'));

describe('offline summary on any text', () => {
  it('never throws and returns at most N distinct sentences of the article, in order', () => {
    fc.assert(
      fc.property(article, fc.integer({ min: 1, max: 8 }), (text, n) => {
        const analysis = analyze(text);
        const picked = extractSummary(analysis, { sentences: n });
        expect(picked.length).toBeLessThanOrEqual(n);
        const indices = picked.map((p) => p.index);
        expect(indices).toEqual([...new Set(indices)].sort((a, b) => a - b));
        for (const p of picked) expect(analysis.sentences[p.index]).toBeDefined();
      }),
      { numRuns: 60 },
    );
  });
});
