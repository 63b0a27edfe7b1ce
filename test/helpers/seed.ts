import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { analyze } from '../../src/analysis/analyze.js';
import type { Analysis, Quote } from '../../src/analysis/types.js';
import type { LibraryEntry } from '../../src/articles/library.js';
import type { Article } from '../../src/articles/types.js';

const goldSchema = z.object({
  text: z.string(),
  quotes: z.array(
    z.object({
      start: z.number(),
      end: z.number(),
      text: z.string(),
      speaker: z.string().nullable(),
      kind: z.enum(['direct', 'partial', 'scare', 'title']),
    }),
  ),
  people: z.array(z.object({ name: z.string(), aliases: z.array(z.string()), role: z.string().optional() })),
  whoSaid: z.array(z.object({ phrase: z.string(), speaker: z.string().nullable() })),
});

export type SeedGold = z.infer<typeof goldSchema>;

export const seedGold: SeedGold = goldSchema.parse(
  JSON.parse(readFileSync(new URL('../fixtures/seed-gold.json', import.meta.url), 'utf8')),
);

/**
 * The seed article's analysis with the gold quotes and people put in by hand: an input for testing the
 * search and formatting code on its own, independent of the attribution engine.
 */
export function goldAnalysis(
  text = seedGold.text,
  gold: Pick<SeedGold, 'quotes' | 'people'> = seedGold,
): Analysis {
  const base = analyze(text);
  const quotes: Quote[] = gold.quotes.map((q) => ({
    ...q,
    paragraph: base.paragraphs.findIndex((p) => p.start <= q.start && q.start < p.end),
    speakerMention: null,
    confidence: 1,
  }));
  const people = gold.people.map((p) => ({
    name: p.name,
    aliases: p.aliases,
    ...(p.role ? { role: p.role } : {}),
    gender: 'unknown' as const,
    mentions: [],
  }));
  return { ...base, quotes, people };
}

/** A library entry around a hand-built analysis (for testing reply builders on their own). */
export function entryFor(
  analysis: Analysis,
  text = seedGold.text,
  id = 'us-weighs-taking-refugees',
): LibraryEntry {
  const article: Article = {
    id,
    title: 'US weighs taking refugees from Australian detention',
    titleDerived: true,
    text,
    paragraphs: analysis.paragraphs.map((p) => text.slice(p.start, p.end)),
    source: `${id}.txt`,
    hash: analysis.hash,
  };
  const at = new Date('2026-01-01T00:00:00Z');
  return { article, analysis, addedAt: at, changedAt: at };
}
