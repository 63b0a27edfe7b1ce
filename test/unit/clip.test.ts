import { describe, expect, it } from 'vitest';
import { clipText, safeSlice } from '../../src/reply/clip.js';

/** True when the string has a lone half of a surrogate pair. */
const broken = (s: string) =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('safeSlice', () => {
  it('never keeps half of an emoji', () => {
    expect(safeSlice('ab😀c', 3)).toBe('ab');
    expect(safeSlice('ab😀c', 4)).toBe('ab😀');
    expect(safeSlice('ab', 5)).toBe('ab');
  });
});

describe('clipText', () => {
  it('leaves text that fits alone', () => {
    expect(clipText('short', 5)).toBe('short');
  });
  it('cuts to max with an ellipsis', () => {
    expect(clipText('abcdefgh', 5)).toBe('abcd…');
    expect(clipText('abcdefgh', 5)).toHaveLength(5);
  });
  it('does not split an emoji that straddles the cut', () => {
    // "abc" + 😀 (two UTF-16 units at 3 and 4): a naive slice(0, 4) keeps only its first half.
    const clipped = clipText('abc😀defgh', 5);
    expect(clipped).toBe('abc…');
    expect(broken(clipped)).toBe(false);
    for (let max = 1; max < 12; max++) {
      const c = clipText('a😀b😀😀c😀d', max);
      expect(broken(c)).toBe(false);
      expect(c.length).toBeLessThanOrEqual(max);
    }
  });
  it('cuts back to a word boundary when asked', () => {
    expect(clipText('The council closed the bridge, then', 32, { atWord: true })).toBe(
      'The council closed the bridge…',
    );
    expect(clipText('Supercalifragilistic', 10, { atWord: true })).toBe('Supercali…');
  });
});
