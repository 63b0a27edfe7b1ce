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
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 150) },
    );
  });

  // Dialogue-shaped input reaches the scene decoder: lines, tags, names, relatives, questions, broken marks.
  const line = fc.record({
    open: fc.constantFrom('"', '"', '“', '‘', ''),
    words: fc.constantFrom(
      'Come, Anna',
      'Why not',
      'Yes',
      'my dear, patient Lucy',
      'I never said so',
      'Well',
    ),
    end: fc.constantFrom('?', '.', ',', '!', ''),
    close: fc.constantFrom('"', '”', '’', ''),
    // Mostly untagged, as in dialogue.
    tag: fc.constantFrom(
      '',
      '',
      '',
      '',
      '',
      '',
      ' said she.',
      ' he replied.',
      ' said Anna Price.',
      ' said her father.',
      ' said the latter.',
      ' Tom Reed assured her that it was so.',
      ' said Miss Lucy to Anna.',
    ),
  });
  const narration = fc.constantFrom(
    'Anna Price looked up.',
    'She was met by her father.',
    'Mr. Reed had never once told it.',
    'Miss Harlow arrived.',
  );

  it('never throws on dialogue and keeps every quote inside the text', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            line.map((l) => `${l.open}${l.words}${l.end}${l.close}${l.tag}`),
            narration,
          ),
          {
            maxLength: 60,
          },
        ),
        (paragraphs) => {
          const text = paragraphs.join('\n\n');
          const a = analyze(text);
          for (const q of a.quotes) {
            expect(text.slice(q.start, q.end)).toBe(q.text);
            expect(q.confidence).toBeGreaterThanOrEqual(0);
            expect(q.confidence).toBeLessThanOrEqual(1);
          }
        },
      ),
      { numRuns: Number(process.env.PROPERTY_RUNS ?? 200) },
    );
  });
});
