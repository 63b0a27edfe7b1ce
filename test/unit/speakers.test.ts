import { describe, expect, it } from 'vitest';
import { matchSpeakers, mergeSpeakers, type Speaker } from '../../src/analysis/search/speakers.js';

const speakers: Speaker[] = [
  {
    name: 'John Kerry',
    aliases: ['Kerry', 'US Secretary of State John Kerry', 'the Secretary of State'],
    role: 'US Secretary of State',
    quotes: 7,
  },
  { name: 'John Key', aliases: ['Key'], role: 'New Zealand Prime Minister', quotes: 2 },
  { name: 'Zoë Ångström', aliases: ['Ångström'], quotes: 1 },
  { name: 'Ministry of Health', aliases: [], quotes: 1 },
];
const names = (query: string) => matchSpeakers(query, speakers).map((s) => s.name);

describe('matching a typed speaker', () => {
  it('matches full names, surnames and aliases regardless of case', () => {
    expect(names('John Kerry')).toEqual(['John Kerry']);
    expect(names('kerry')).toEqual(['John Kerry']);
    expect(names('KEY')).toEqual(['John Key']);
    expect(names('the secretary of state')).toEqual(['John Kerry']);
  });

  it('matches roles, prefixes, accents and typos', () => {
    expect(names('prime minister')).toEqual(['John Key']);
    expect(names('Ker')).toEqual(['John Kerry']);
    expect(names('angstrom')).toEqual(['Zoë Ångström']);
    expect(names('Kerri')).toEqual(['John Kerry']);
    expect(names('ministry')).toEqual(['Ministry of Health']);
  });

  it('returns every speaker an ambiguous name fits, and nobody for a stranger', () => {
    expect(names('John').sort()).toEqual(['John Kerry', 'John Key']);
    expect(names('Donald Trump')).toEqual([]);
    expect(names('   ')).toEqual([]);
  });

  it('merges speakers of several articles by name', () => {
    const merged = mergeSpeakers([
      speakers.slice(0, 1),
      [{ name: 'John Kerry', aliases: ['Mr Kerry'], quotes: 2 }],
    ]);
    expect(merged).toHaveLength(1);
    expect(merged[0]?.quotes).toBe(9);
    expect(merged[0]?.aliases).toContain('Mr Kerry');
  });
});

describe('absurd speaker queries', () => {
  it('refuses a query far longer than any name instead of fuzzy-matching it', () => {
    expect(names('a'.repeat(100_000))).toEqual([]);
    expect(names(`Kerry ${'x'.repeat(5_000)}`)).toEqual([]);
  });
});
