import { readFileSync } from 'node:fs';
import { Library } from '../../src/articles/library.js';
import { articleFromBytes } from '../../src/articles/loader.js';
import type { Article } from '../../src/articles/types.js';
import { systemClock } from '../../src/clock.js';
import { loadCommands } from '../../src/command/registry.js';
import { type BaseContext, runInvocation } from '../../src/command/run.js';
import type { OptionValue } from '../../src/command/types.js';
import { silentLogger } from '../../src/logger.js';
import { replyToPlainText } from '../../src/reply/model.js';
/** An article as the loader makes it from a .json file. */
export function article(id: string, title: string, paragraphs: string[], published?: Date): Article {
  const json = JSON.stringify({ title, text: paragraphs.join('\n\n'), published: published?.toISOString() });
  return articleFromBytes(Buffer.from(json), `${id}.json`, { maxBytes: 1_000_000 });
}

/** A real library (real analysis) holding the articles, and a way to run commands against it. */
export async function libraryWith(articles: Article[]) {
  const library = new Library(() => new Date('2026-06-01T00:00:00Z'));
  for (const a of articles) library.upsert(a);
  const base: BaseContext = {
    library,
    catalog: await loadCommands(),
    services: {},
    clock: systemClock,
    logger: silentLogger,
    requester: { platform: 'cli' },
  };
  const run = async (command: string, options: Record<string, OptionValue | undefined> = {}) => {
    const reply = await runInvocation({ command, options }, base);
    // Plain text leaves out quote contexts ("where"); `all` has every string of the reply.
    return { reply, text: replyToPlainText(reply), all: JSON.stringify(reply) };
  };
  return { library, base, run };
}

const LOAD = { maxBytes: 2 * 1024 * 1024 };

export const SEED_FILE = new URL(
  '../fixtures/us-weighs-taking-refugees-from-australian-detention.txt',
  import.meta.url,
);

/** The seed article, loaded by the real loader from the test fixture. */
export function seedArticle(): Article {
  return articleFromBytes(readFileSync(SEED_FILE), SEED_FILE.pathname, LOAD);
}

/** A library holding the seed article, plus any extra articles. */
export function seedLibrary(...extra: Article[]): Library {
  const library = new Library();
  library.upsert(seedArticle());
  for (const article of extra) library.upsert(article);
  return library;
}
