import { describe, expect, it } from 'vitest';
import { splitParagraphs, splitSentences } from '../../../src/analysis/sentences.js';

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe('sentences', () => {
  it('keeps titles, initials and numbers inside a sentence', () => {
    expect(texts('Det. Sgt. Ann Lee said it. Rev. Jones agreed.')).toEqual([
      'Det. Sgt. Ann Lee said it.',
      'Rev. Jones agreed.',
    ]);
    expect(texts('She is world No. 2 in the rankings. Fine.')).toEqual([
      'She is world No. 2 in the rankings.',
      'Fine.',
    ]);
    expect(texts('The U.S. economy grew 2.5 percent. Officials said so.')).toHaveLength(2);
  });

  it('splits after a quote that closes after its full stop, and joins a lower-case tag', () => {
    expect(texts('He said "no." She said "yes."')).toEqual(['He said "no."', 'She said "yes."']);
    expect(texts('"Really?" he asked. "Yes!" she said.')).toEqual([
      '"Really?" he asked.',
      '"Yes!" she said.',
    ]);
  });

  it('accepts \\r\\n, several blank lines and stray whitespace without changing offsets', () => {
    const text = '  First one.\r\n\r\n\r\nSecond.  \n \n\nThird.\r';
    const paragraphs = splitParagraphs(text);
    expect(paragraphs.map((p) => text.slice(p.start, p.end))).toEqual(['First one.', 'Second.', 'Third.']);
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});
