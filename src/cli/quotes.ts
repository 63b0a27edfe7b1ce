import { parseArgs } from 'node:util';
import { z } from 'zod';
import { analyze } from '../analysis/analyze.js';
import type { Analysis, Person, Quote } from '../analysis/types.js';
import { readArticle } from './article-input.js';
import type { CliIO } from './io.js';
import { forEachJsonLine, readInput } from './jsonl.js';

const USAGE = 'Usage: quotes FILE [--json] | quotes --jsonl IN.jsonl (- for stdin)';

const inputLine = z.object({ id: z.union([z.string(), z.number()]), text: z.string() });

/** A quote as JSON: offsets index into the text that was analysed. */
export function quoteJson(quote: Quote) {
  return {
    text: quote.text,
    start: quote.start,
    end: quote.end,
    speaker: quote.speaker,
    kind: quote.kind,
    paragraph: quote.paragraph,
    speakerMention: quote.speakerMention,
    confidence: quote.confidence,
  };
}

function personJson(person: Person) {
  return {
    name: person.name,
    aliases: person.aliases,
    role: person.role ?? null,
    gender: person.gender,
    mentions: person.mentions,
  };
}

function humanReadable(file: string, analysis: Analysis): string {
  const lines = [
    `${file}: ${analysis.quotes.length} quotation(s), ${analysis.people.length} person(s) named`,
  ];
  analysis.quotes.forEach((q, i) => {
    const who = q.speaker ?? (q.speakerMention ? `${q.speakerMention.text} (unnamed)` : '-');
    lines.push(`${String(i + 1).padStart(3)}. [${q.kind}] ${who}, paragraph ${q.paragraph + 1}: "${q.text}"`);
  });
  for (const p of analysis.people) lines.push(`  person: ${p.name}${p.role ? `, ${p.role}` : ''}`);
  return lines.join('\n');
}

/** `quotes FILE [--json]` and `quotes --jsonl IN.jsonl`. */
export async function run(args: string[], io: CliIO): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(args);
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.jsonl !== undefined) {
    const text = await readInput(values.jsonl, io);
    if (text === undefined) return 2;
    // The text is analysed exactly as given, so offsets index into the caller's own string.
    const errors = forEachJsonLine(text, inputLine, io, (line) => ({
      quotes: analyze(line.text).quotes.map(quoteJson),
    }));
    return errors ? 1 : 0;
  }
  const [file] = positionals;
  if (!file || positionals.length > 1) {
    io.err(USAGE);
    return 2;
  }
  const article = await readArticle(file, io);
  if (typeof article === 'number') return article;
  const analysis = analyze(article.text);
  if (values.json)
    io.out(
      JSON.stringify({ quotes: analysis.quotes.map(quoteJson), people: analysis.people.map(personJson) }),
    );
  else io.out(humanReadable(file, analysis));
  return 0;
}

function parse(args: string[]) {
  return parseArgs({
    args,
    options: { json: { type: 'boolean' }, jsonl: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
}
