import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis, Quote, QuoteKind } from '../../src/analysis/types.js';
import { quotesReply } from '../../src/command/quotes-reply.js';
import type { QuoteBlock, Reply } from '../../src/reply/model.js';
import { entryFor, goldAnalysis } from '../helpers/seed.js';

const seed = entryFor(goldAnalysis());
const quoteBlocks = (reply: Reply) => reply.blocks.filter((b): b is QuoteBlock => b.type === 'quote');

/** An article of `count` one-line quotes by rotating speakers, with its quotes marked by hand. */
function manyQuotes(count: number, speakers: string[]) {
  const parts: Array<{ text: string; speaker: string | null; kind: QuoteKind }> = [];
  for (let i = 0; i < count; i++)
    parts.push({
      text: `Point number ${i + 1} matters a great deal to us`,
      speaker: speakers[i % speakers.length] ?? null,
      kind: 'direct',
    });
  const paragraphs = parts.map((p) => `"${p.text}," said ${p.speaker}.`);
  paragraphs.push('Critics called the plan a "fig leaf" for cuts.');
  const text = paragraphs.join('\n\n');
  const base = analyze(text);
  const quotes: Quote[] = [];
  let from = 0;
  for (const [i, p] of [...parts, { text: 'fig leaf', speaker: null, kind: 'scare' as const }].entries()) {
    const start = text.indexOf(p.text, from);
    from = start + p.text.length;
    quotes.push({ ...p, start, end: from, paragraph: i, speakerMention: null, confidence: 1 });
  }
  const analysis: Analysis = {
    ...base,
    quotes,
    people: speakers.map((name) => ({
      name,
      aliases: [name.split(' ').pop() ?? name],
      gender: 'unknown',
      mentions: [],
    })),
  };
  return entryFor(analysis, text, 'many-quotes');
}

describe('/quotes reply', () => {
  it('lists speech quotes in article order with speaker and role, leaving the scare quote out', () => {
    const reply = quotesReply(seed, {});
    const quotes = quoteBlocks(reply);
    expect(quotes).toHaveLength(6);
    expect(quotes[0]?.attribution).toBe('John Kerry, US Secretary of State');
    expect(quotes[0]?.context).toBe('paragraph 3');
    expect(quotes.some((q) => q.text === 'back-door')).toBe(false);
    expect(reply.footer).toContain('7 quotes');
    expect(reply.actions?.[0]).toEqual({
      label: 'More quotes',
      command: 'quotes',
      options: { article: 'us-weighs-taking-refugees', page: 2 },
    });
  });

  it('shows a partial quote in the context of its sentence', () => {
    const partial = quoteBlocks(quotesReply(seed, {})).find((q) => q.text.startsWith('very engaged'));
    expect(partial?.context).toMatch(/^Kerry said that he knew these refugees .* \(paragraph 4\)$/);
  });

  it('shows scare quotes and titles apart when asked', () => {
    const last = quotesReply(seed, { include: 'all', page: 2 });
    const headings = last.blocks.filter((b) => b.type === 'heading').map((b) => (b as { text: string }).text);
    expect(headings).toEqual(['Not speech: scare quotes and titles']);
    const scare = quoteBlocks(last).find((q) => q.text === 'back-door');
    expect(scare?.attribution).toBe('scare quote (not speech)');
    expect(scare?.context).toMatch(/could create a "back-door" to resettlement/);
    expect(last.footer).toBe('7 quotes, 1 not speech · page 2 of 2');
  });

  it('filters by a leniently typed speaker', () => {
    const entry = manyQuotes(9, ['Alice Moreno', 'Bashir Okafor', 'Chen Wei']);
    for (const typed of ['okafor', 'Bashir', 'Okafr', 'bashir okafor']) {
      const reply = quotesReply(entry, { speaker: typed });
      expect(reply.blocks[0]).toEqual({ type: 'context', text: 'Quotes by Bashir Okafor' });
      const quotes = quoteBlocks(reply);
      expect(
        quotes.map((q) => q.attribution),
        typed,
      ).toEqual(['Bashir Okafor', 'Bashir Okafor', 'Bashir Okafor']);
    }
  });

  it('finds a speaker the article describes but does not name', () => {
    const analysis = goldAnalysis();
    const [first, ...rest] = analysis.quotes;
    const mention = { text: 'a State Department official', start: 0, end: 0 };
    const entry = entryFor({
      ...analysis,
      quotes: [{ ...first!, speaker: null, speakerMention: mention }, ...rest],
    });
    const reply = quotesReply(entry, { speaker: 'official' });
    expect(reply.blocks[0]).toEqual({
      type: 'context',
      text: 'Quotes by a State Department official (not named in the article)',
    });
    expect(quoteBlocks(reply).map((q) => q.attribution)).toEqual([
      'a State Department official (not named in the article)',
    ]);
    expect(quotesReply(entry, {}).blocks[0]).toEqual({
      type: 'context',
      text: 'Speakers: John Kerry (6), not identified (1)',
    });
  });

  it('says who is quoted when the speaker is not', () => {
    const reply = quotesReply(seed, { speaker: 'Trump' });
    expect(reply.tone).toBe('warning');
    expect(reply.blocks[0]).toEqual({
      type: 'text',
      text: 'Donald Trump is named in the article but not quoted.',
    });
    expect(quotesReply(seed, { speaker: 'Obama' }).blocks[1]).toEqual({
      type: 'context',
      text: 'Quoted: John Kerry.',
    });
  });

  it('groups by speaker, most quoted first', () => {
    const entry = manyQuotes(5, ['Alice Moreno', 'Bashir Okafor']);
    const reply = quotesReply(entry, { group: true });
    const order = reply.blocks
      .filter((b) => b.type === 'heading' || b.type === 'quote')
      .map((b) => (b.type === 'heading' ? `# ${b.text}` : (b as QuoteBlock).text.replace(/\D+/g, '')));
    expect(order).toEqual(['# Alice Moreno', '1', '3', '5', '# Bashir Okafor', '2', '4']);
  });

  it('pages long lists with a More button that carries the options', () => {
    const entry = manyQuotes(20, ['Alice Moreno', 'Bashir Okafor']);
    const seen: string[] = [];
    let page = 1;
    for (;;) {
      const reply = quotesReply(entry, { speaker: 'Moreno', page });
      seen.push(...quoteBlocks(reply).map((q) => q.text));
      expect(JSON.stringify(reply).length).toBeLessThan(4000);
      const more = reply.actions?.[0];
      if (!more) break;
      expect(more.options).toMatchObject({ article: 'many-quotes', speaker: 'Moreno', page: page + 1 });
      page = Number(more.options.page);
    }
    expect(page).toBe(2);
    expect(seen).toHaveLength(10);
    expect(new Set(seen).size).toBe(10);
    expect(quotesReply(entry, { page: 9 }).blocks[0]).toEqual({
      type: 'text',
      text: 'There are only 4 page(s).',
    });
  });

  it('says when an article quotes nobody', () => {
    const entry = entryFor({ ...goldAnalysis(), quotes: [] });
    expect(quotesReply(entry, {}).blocks[0]).toEqual({ type: 'text', text: 'This article quotes nobody.' });
  });
});
