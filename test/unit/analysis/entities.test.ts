import { describe, expect, it } from 'vitest';
import { findEntities, firstMentionFrom } from '../../../src/analysis/entities.js';
import { tokenize } from '../../../src/analysis/nlp.js';

describe('firstMentionFrom', () => {
  const text = 'Jane Doe met Tom Roe. Later Doe left, and Roe stayed.';
  const { timeline } = findEntities(text, tokenize(text).tokens, () => false);
  const starts = timeline.map((t) => t.mention.start);

  it('finds the first mention starting at or after an offset', () => {
    expect(starts.length).toBeGreaterThanOrEqual(4);
    expect(firstMentionFrom(timeline, 0)).toBe(0);
    // Exactly at a mention's start: that mention; one past it: the next one.
    expect(firstMentionFrom(timeline, starts[1] as number)).toBe(1);
    expect(firstMentionFrom(timeline, (starts[1] as number) + 1)).toBe(2);
    expect(firstMentionFrom(timeline, text.indexOf('Later'))).toBe(
      starts.findIndex((s) => s > text.indexOf('Later')),
    );
  });

  it('returns the timeline length past the last mention, and 0 for an empty timeline', () => {
    expect(firstMentionFrom(timeline, text.length)).toBe(timeline.length);
    expect(firstMentionFrom([], 5)).toBe(0);
  });
});
