import { z } from 'zod';

/** What the model must answer: summary sentences, each citing article sentence numbers. */
export const modelOutputSchema = z.object({
  summary: z
    .array(
      z.object({
        text: z.string().trim().min(1).max(1000),
        // Small local models sometimes write the numbers as strings ("3").
        sources: z
          .array(z.union([z.number().int(), z.string().regex(/^\d+$/).transform(Number)]))
          .min(1)
          .max(50),
      }),
    )
    .min(1)
    .max(30),
});
export type ModelOutput = z.infer<typeof modelOutputSchema>;

export type ParseResult = { ok: true; output: ModelOutput } | { ok: false; problem: string };

/**
 * Parse the model's reply. Models sometimes wrap JSON in a code fence or add a sentence around it, so the
 * outermost {...} is taken; everything is then validated.
 */
export function parseModelOutput(content: string): ParseResult {
  const start = content.indexOf('{');
  const end = content.lastIndexOf('}');
  if (start < 0 || end <= start)
    return { ok: false, problem: content.trim() ? 'no JSON object' : 'empty answer' };
  let json: unknown;
  try {
    json = JSON.parse(content.slice(start, end + 1));
  } catch {
    return { ok: false, problem: 'malformed JSON' };
  }
  const parsed = modelOutputSchema.safeParse(json);
  if (!parsed.success)
    return {
      ok: false,
      problem: `unexpected shape (${parsed.error.issues.map((i) => i.path.join('.') || i.message).join(', ')})`,
    };
  return { ok: true, output: parsed.data };
}
