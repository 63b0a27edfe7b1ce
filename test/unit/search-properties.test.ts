import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleIndex } from '../../src/analysis/search/article-search.js';
import { matchSpeakers, speakersOf } from '../../src/analysis/search/speakers.js';
import { whoSaid } from '../../src/analysis/search/who-said.js';
import { goldAnalysis } from '../helpers/seed.js';

const analysis = goldAnalysis();
const index = articleIndex(analysis);
const speakers = speakersOf(analysis);
const anyText = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', ' ', '"', '-', '***'),
);

describe('search on arbitrary input', () => {
  it('who-said always answers, and every answer points inside the article', () => {
    fc.assert(
      fc.property(anyText, (phrase) => {
        const answer = whoSaid(index, phrase);
        expect(['speech', 'not-speech', 'narration', 'none']).toContain(answer.type);
        if (answer.type === 'speech' || answer.type === 'not-speech')
          expect(analysis.quotes).toContain(answer.quote);
        if (answer.type === 'narration') expect(analysis.sentences).toContain(answer.sentence);
      }),
      { numRuns: 300 },
    );
  });

  it('speaker matching never throws and only returns known speakers', () => {
    fc.assert(
      fc.property(anyText, (typed) => {
        for (const s of matchSpeakers(typed, speakers)) expect(speakers).toContain(s);
      }),
      { numRuns: 300 },
    );
  });
});
