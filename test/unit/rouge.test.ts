import { describe, expect, it } from 'vitest';
import { rouge, rougeLsum, rougeN } from '../../eval/rouge/score.js';
import { porterStem, rougeTokens } from '../../eval/rouge/tokenize.js';

describe('ROUGE tokenisation (as rouge-score)', () => {
  it('lower-cases, splits on non-alphanumerics and stems words longer than three letters', () => {
    expect(rougeTokens("The U.S. jets' 2,630,000 dollars were flying!")).toEqual([
      'the',
      'u',
      's',
      'jet',
      '2',
      '630',
      '000',
      'dollar',
      'were',
      'fly',
    ]);
    expect(rougeTokens('Flying jets', false)).toEqual(['flying', 'jets']);
  });

  it("follows NLTK's Porter extensions where they differ from the original algorithm", () => {
    expect(porterStem('news')).toBe('news');
    expect(porterStem('dying')).toBe('die');
    expect(porterStem('dies')).toBe('die');
    expect(porterStem('generalization')).toBe('gener');
  });
});

describe('ROUGE scores', () => {
  // The example from rouge-score's README: rouge1 P 0.75 R 0.667 F 0.706, rougeL P 0.625 R 0.556 F 0.588.
  const reference = 'The quick brown fox jumps over the lazy dog';
  const candidate = 'The quick brown dog jumps on the log.';

  it('matches the published rouge-score example for ROUGE-1 and ROUGE-L', () => {
    const s = rouge(candidate, reference);
    expect(s.rouge1.precision).toBeCloseTo(0.75, 6);
    expect(s.rouge1.recall).toBeCloseTo(6 / 9, 6);
    expect(s.rouge1.f).toBeCloseTo(0.7058823529, 6);
    // One line each: summary-level LCS equals sentence-level LCS ("the quick brown jumps the").
    expect(s.rougeLsum.precision).toBeCloseTo(0.625, 6);
    expect(s.rougeLsum.recall).toBeCloseTo(5 / 9, 6);
    expect(s.rougeLsum.f).toBeCloseTo(0.5882352941, 6);
  });

  it('counts clipped bigram overlap for ROUGE-2 (hand-checked: 2 of 7 and 2 of 8)', () => {
    const s = rouge(candidate, reference);
    expect(s.rouge2.precision).toBeCloseTo(2 / 7, 6);
    expect(s.rouge2.recall).toBeCloseTo(2 / 8, 6);
    expect(s.rouge2.f).toBeCloseTo(28 / 105, 6);
  });

  it('clips repeated n-grams to their count in the reference', () => {
    const s = rougeN(['the', 'the', 'the'], ['the', 'cat'], 1);
    expect(s.precision).toBeCloseTo(1 / 3, 6);
    expect(s.recall).toBeCloseTo(1 / 2, 6);
  });

  it('computes summary-level LCS as the union over candidate sentences (Lin 2004 example)', () => {
    // r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5: union LCS = w1 w2 w3 w5.
    const r = [['w1', 'w2', 'w3', 'w4', 'w5']];
    const c = [
      ['w1', 'w2', 'w6', 'w7', 'w8'],
      ['w1', 'w3', 'w8', 'w9', 'w5'],
    ];
    const s = rougeLsum(c, r);
    expect(s.recall).toBeCloseTo(0.8, 6);
    expect(s.precision).toBeCloseTo(0.4, 6);
    expect(s.f).toBeCloseTo(0.5333333333, 6);
    expect(rouge('w1 w2 w6 w7 w8\nw1 w3 w8 w9 w5', 'w1 w2 w3 w4 w5').rougeLsum.recall).toBeCloseTo(0.8, 6);
  });

  it('credits a token in the LCS union no more often than it occurs in the candidate', () => {
    // Both reference lines share "a b" with the one candidate line, which holds them only once.
    const s = rougeLsum(
      [['a', 'b']],
      [
        ['a', 'b'],
        ['a', 'b'],
      ],
    );
    expect(s.precision).toBeCloseTo(1, 6);
    expect(s.recall).toBeCloseTo(0.5, 6);
  });

  it('scores empty text as zero without dividing by zero', () => {
    const s = rouge('', 'something');
    expect(s.rouge1.f).toBe(0);
    expect(s.rougeLsum.f).toBe(0);
  });
});
