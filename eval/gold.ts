import { readFile } from 'node:fs/promises';
import { z } from 'zod';

/** Gold data shared by the quote and people evaluations (news dev, fiction dev, seed-gold.json). */
const GoldQuote = z.object({
  text: z.string(),
  start: z.number(),
  end: z.number(),
  speaker: z.string().nullable(),
  kind: z.enum(['direct', 'partial', 'scare', 'title']),
});
const GoldPerson = z.object({
  name: z.string(),
  aliases: z.array(z.string()).default([]),
  role: z.string().optional(),
});
const Character = z.object({ name: z.string(), aliases: z.array(z.string()) });
export const GoldDoc = z.object({
  id: z.string(),
  text: z.string(),
  quotes: z.array(GoldQuote),
  people: z.array(GoldPerson).optional(),
  characters: z.array(Character).optional(),
});
export type GoldDoc = z.infer<typeof GoldDoc>;
export type GoldQuote = z.infer<typeof GoldQuote>;

/** Reads a JSON Lines file, or a single JSON document (seed-gold.json) when the path ends in .json. */
export async function readGold(path: string): Promise<GoldDoc[]> {
  const raw = await readFile(path, 'utf8');
  if (path.endsWith('.json')) return [GoldDoc.parse(JSON.parse(raw))];
  return raw
    .split('\n')
    .filter((line) => line.trim())
    .map((line, k) => {
      const parsed = GoldDoc.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${path}:${k + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}
