import { describe, expect, it } from 'vitest';
import { article, libraryWith } from '../helpers/library.js';

const harbour = article(
  'harbour-dredging',
  'Council votes to dredge the harbour',
  [
    'The council voted on Tuesday to dredge the old harbour before the winter storms arrive.',
    'Fishing crews have complained for years that silt makes the channel unsafe at low tide.',
  ],
  new Date('2026-05-01T00:00:00Z'),
);
const orchard = article(
  'orchard-frost',
  'Late frost damages orchards',
  [
    'A late spring frost damaged apple blossom across the valley, growers reported on Monday.',
    'Insurers expect claims to rise sharply because the frost came after the trees had flowered.',
  ],
  new Date('2026-05-02T00:00:00Z'),
);

const budget = article(
  'city-budget',
  'City budget passes after long debate',
  [
    'The city council approved the budget on Thursday after a six-hour session.',
    '"We cut what we could without closing a single branch library," said Marta Ilves, the city budget director.',
    'Opponents said the plan relied on optimistic tax forecasts.',
  ],
  new Date('2026-05-03T00:00:00Z'),
);

describe('/who-said through the command runner', () => {
  it('finds who said it anywhere in the library, with the article and paragraph', async () => {
    const { run } = await libraryWith([harbour, orchard, budget]);
    const { text, all } = await run('who-said', { phrase: 'closing branch librray' });
    expect(text).toContain('Marta Ilves');
    expect(text).toContain('said it.');
    expect(all).toContain('City budget passes after long debate, paragraph 2');
  });

  it('searches the whole library without an article, and says when the words are narration', async () => {
    const { run } = await libraryWith([harbour, orchard]);
    const { reply, text, all } = await run('who-said', { phrase: 'silt channel unsafe' });
    expect(text).toMatch(/own narration/);
    expect(text).toContain('Fishing crews have complained for years');
    expect(all).toContain('Council votes to dredge the harbour, paragraph 2');
    expect(reply.tone).not.toBe('error');
  });

  it('finds narration with misspelled words in the wrong order', async () => {
    const { run } = await libraryWith([harbour, orchard]);
    const { all } = await run('who-said', { phrase: 'blosom apple frots' });
    expect(all).toContain('Late frost damages orchards, paragraph 1');
  });

  it('keeps to one article when asked', async () => {
    const { run } = await libraryWith([harbour, orchard]);
    const { text } = await run('who-said', { phrase: 'silt channel unsafe', article: 'orchard' });
    expect(text).toMatch(/No quote in "Late frost damages orchards" matches "silt channel unsafe"/);
  });

  it('answers plainly when nothing matches anywhere', async () => {
    const { run } = await libraryWith([harbour, orchard]);
    const { reply, text } = await run('who-said', { phrase: 'quantum cryptography' });
    expect(reply.tone).toBe('warning');
    expect(text).toMatch(/No quote in the library matches "quantum cryptography"/);
  });

  it('explains an unknown article and a missing phrase', async () => {
    const { run } = await libraryWith([harbour, orchard]);
    const unknown = await run('who-said', { phrase: 'frost', article: 'volcano eruption' });
    expect(unknown.reply.tone).toBe('error');
    expect(unknown.text).toMatch(/No article matches "volcano eruption"/);
    const missing = await run('who-said', {});
    expect(missing.text).toMatch(/needs the option "phrase"/);
  });

  it('says when the library is empty', async () => {
    const { run } = await libraryWith([]);
    expect((await run('who-said', { phrase: 'anything' })).text).toMatch(/library is empty/);
  });
});
