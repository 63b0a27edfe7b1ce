import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleFromBytes } from '../../src/articles/loader.js';
import { cli } from '../helpers/cli.js';
import { libraryWith } from '../helpers/library.js';
import { seedGold } from '../helpers/seed.js';

/** The seed article and its gold, run through the real analysis engine end to end. */
const seedFile = fileURLToPath(
  new URL('../fixtures/us-weighs-taking-refugees-from-australian-detention.txt', import.meta.url),
);
const seedArticle = articleFromBytes(readFileSync(seedFile), seedFile, { maxBytes: 1_000_000 });

describe('the seed article end to end (real analyze())', () => {
  it('who-said --jsonl gives every gold who-said answer', async () => {
    const input = seedGold.whoSaid
      .map(({ phrase }, i) => JSON.stringify({ id: i, text: seedGold.text, phrase }))
      .join('\n');
    const { code, json } = await cli(['who-said', '--jsonl', '-'], input);
    expect(code).toBe(0);
    const answers = json();
    seedGold.whoSaid.forEach(({ phrase, speaker }, i) => {
      expect(answers[i]?.id).toBe(i);
      expect(answers[i]?.speaker, phrase).toBe(speaker);
      if (speaker) expect(String(answers[i]?.quote), phrase).toContain(phrase);
    });
    expect(answers.find((a) => a.quote === 'back-door')?.match).toBe('scare');
  });

  it('quotes --jsonl offsets index into the text as given', async () => {
    const { json } = await cli(
      ['quotes', '--jsonl', '-'],
      JSON.stringify({ id: 'seed', text: seedGold.text }),
    );
    const [line] = json();
    const quotes = line?.quotes as Array<{
      text: string;
      start: number;
      end: number;
      speaker: string | null;
    }>;
    expect(quotes.length).toBeGreaterThanOrEqual(seedGold.quotes.length);
    for (const q of quotes) expect(seedGold.text.slice(q.start, q.end)).toBe(q.text);
    for (const gold of seedGold.quotes)
      expect(quotes.find((q) => q.start === gold.start && q.end === gold.end)?.speaker, gold.text).toBe(
        gold.speaker,
      );
  });

  it('quotes FILE --json names the speakers and people', async () => {
    const { code, json } = await cli(['quotes', seedFile, '--json']);
    expect(code).toBe(0);
    const [result] = json() as Array<{
      quotes: Array<{ speaker: string | null; kind: string }>;
      people: Array<{ name: string }>;
    }>;
    expect(
      result?.quotes
        .filter((q) => q.kind === 'direct' || q.kind === 'partial')
        .every((q) => q.speaker === 'John Kerry'),
    ).toBe(true);
    expect(result?.people.map((p) => p.name)).toEqual(expect.arrayContaining(['John Kerry', 'John Key']));
  });

  it('/who-said and /quotes through the command runner', async () => {
    const { run } = await libraryWith([seedArticle]);
    const durable = await run('who-said', { phrase: 'durabel soluton' });
    expect(durable.text).toContain('John Kerry, US Secretary of State, said it.');
    expect(durable.all).toContain('paragraph 5');
    expect((await run('who-said', { phrase: 'lives save' })).text).toContain('John Kerry');
    expect((await run('who-said', { phrase: 'back-door' })).text).toContain('is a scare quote');
    expect((await run('who-said', { phrase: '150 refugees a year' })).text).toContain(
      "article's own narration",
    );

    const first = await run('quotes', { speaker: 'kery' });
    expect(first.reply.actions?.[0]?.options).toMatchObject({ speaker: 'kery', page: 2 });
    const second = await run('quotes', { ...first.reply.actions?.[0]?.options });
    const texts = [...first.reply.blocks, ...second.reply.blocks].flatMap((b) =>
      b.type === 'quote' ? [b.text] : [],
    );
    expect(texts).toEqual(seedGold.quotes.filter((q) => q.kind !== 'scare').map((q) => q.text));
  });
});
