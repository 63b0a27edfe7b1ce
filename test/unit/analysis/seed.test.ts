import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';

const gold = JSON.parse(readFileSync(new URL('../../fixtures/seed-gold.json', import.meta.url), 'utf8')) as {
  text: string;
  quotes: Array<{ start: number; end: number; text: string; speaker: string | null; kind: string }>;
  people: Array<{ name: string; aliases: string[]; role: string }>;
};

describe('seed article against its gold', () => {
  const analysis = analyze(gold.text);

  it('finds every quote with the exact offsets, kind and speaker', () => {
    expect(
      analysis.quotes.map(({ start, end, text, speaker, kind }) => ({ start, end, text, speaker, kind })),
    ).toEqual(gold.quotes);
  });

  it('finds the people with roles and aliases', () => {
    for (const person of gold.people) {
      const found = analysis.people.find((p) => p.name === person.name);
      expect(found, person.name).toBeDefined();
      expect(found?.role).toBe(person.role);
    }
    const kerry = analysis.people.find((p) => p.name === 'John Kerry');
    expect(kerry?.aliases).toEqual(expect.arrayContaining(['Kerry', 'US Secretary of State John Kerry']));
    expect(analysis.people.map((p) => p.name)).not.toContain('Wellington');
  });
});
