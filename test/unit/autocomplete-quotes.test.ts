import { describe, expect, it } from 'vitest';
import { Library } from '../../src/articles/library.js';
import { phraseChoices, speakerChoices } from '../../src/command/autocomplete-quotes.js';
import { entryFor, goldAnalysis } from '../helpers/seed.js';

const seed = entryFor(goldAnalysis());
// Only library-wide phrase search reads the library; scoped suggestions use the entry given.
const emptyLibrary = new Library();

describe('autocomplete for quotes', () => {
  it('suggests speakers with their role, matching surnames, prefixes and typos', () => {
    for (const typed of ['', 'ker', 'Kery', 'secretary'])
      expect(speakerChoices([seed], typed, 25, 100), typed).toEqual([
        { name: 'John Kerry (US Secretary of State)', value: 'John Kerry' },
      ]);
    expect(speakerChoices([seed], 'Trump', 25, 100)).toEqual([]);
  });

  it('suggests speech quotes ranked by the phrase search, never scare quotes', () => {
    const choices = phraseChoices(emptyLibrary, seed, 'durabel soluton', 25, 100);
    expect(choices[0]?.value).toMatch(/^Now, we are encouraging/);
    expect(choices[0]?.name.endsWith(' (John Kerry)')).toBe(true);
    for (const c of [...choices, ...phraseChoices(emptyLibrary, seed, '', 25, 100)]) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
      expect(c.value).not.toBe('back-door');
    }
    expect(phraseChoices(emptyLibrary, seed, '', 3, 100)).toHaveLength(3);
  });
});
