import { parseArgs } from 'node:util';
import { silentLogger } from '../logger.js';
import { readArticle } from './article-input.js';
import { newLibrary, runAsText } from './context.js';
import type { CliSubcommand } from './io.js';

const USAGE = 'Usage: npm run --silent cli -- people FILE [--json]   (FILE: .txt, .md or .json; - for stdin)';

/** `people FILE [--json]`: who the article names, with aliases, roles and mention counts. */
export const run: CliSubcommand = async (args, io) => {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { json: { type: 'boolean' } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length) {
    io.err(USAGE);
    return 2;
  }
  const article = await readArticle(file, io);
  if (typeof article === 'number') return article;
  const library = newLibrary();
  const entry = library.upsert(article);
  if (!parsed.values.json) {
    io.out(await runAsText({ command: 'people', options: {} }, library, silentLogger));
    return 0;
  }
  const { people, sentences } = entry.analysis;
  const result = {
    people: people.map((p) => ({
      name: p.name,
      aliases: p.aliases,
      role: p.role ?? null,
      mentions: p.mentions.length,
    })),
    sentences: sentences.length,
  };
  io.out(JSON.stringify(result));
  return 0;
};
