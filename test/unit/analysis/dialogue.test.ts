import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker);

describe('turn-taking', () => {
  it('alternates untagged lines between the two people of a dialogue', () => {
    const text = [
      '"Where were you?" said Mr. Hale.',
      '"At the market," replied Mrs. Grant.',
      '"All day?"',
      '"Most of it."',
      '"And the letter?"',
      '"Posted, as you asked."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'Mr. Hale',
      'Mrs. Grant',
      'Mr. Hale',
      'Mrs. Grant',
      'Mr. Hale',
      'Mrs. Grant',
    ]);
  });

  it('does not give a quote to the person it addresses', () => {
    const text = ['"You are late, Tom," said Anna Price.', 'Tom Reed sat down.', '"I know, Anna."'].join(
      '\n\n',
    );
    expect(speakers(text)).toEqual(['Anna Price', 'Tom Reed']);
  });

  it('gives a he/she reply to the person the previous quote addressed', () => {
    const text = ['"What do you think, Mr. Cole?" asked Ruth Lane.', '"Very little," he replied.'].join(
      '\n\n',
    );
    expect(speakers(text)).toEqual(['Ruth Lane', 'Mr. Cole']);
  });

  it('continues the speaker of a multi-paragraph quote and of a news turn', () => {
    const text = [
      '"We will appeal," said Mayor Dina Ferro.',
      '"The ruling ignores the facts.',
      '"And it ignores the people of this city."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Dina Ferro', 'Dina Ferro', 'Dina Ferro']);
  });
});
