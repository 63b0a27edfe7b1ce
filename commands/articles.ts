import path from 'node:path';
import { isSpeech } from '../src/analysis/quote-context.js';
import type { Quote } from '../src/analysis/types.js';
import type { LibraryEntry } from '../src/articles/library.js';
import { defineCommand } from '../src/command/types.js';
import type { Action, Block } from '../src/reply/model.js';

const PAGE_SIZE = 10;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function day(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function describe(entry: LibraryEntry): Block[] {
  const { article, analysis } = entry;
  const where = article.publisher ?? article.url ?? path.basename(article.source);
  return [
    { type: 'heading', text: article.title },
    {
      type: 'fields',
      fields: [
        { name: 'id', value: article.id, inline: true },
        article.published
          ? { name: 'published', value: day(article.published), inline: true }
          : { name: 'added', value: day(entry.addedAt), inline: true },
        { name: 'source', value: where, inline: true },
        {
          name: 'contents',
          value: [
            plural(analysis.paragraphs.length, 'paragraph'),
            quoteCount(analysis.quotes),
            plural(analysis.people.length, 'person').replace(/persons$/, 'people'),
          ].join(', '),
        },
      ],
    },
  ];
}

/** Speech quotes, as /quotes counts them; scare quotes and titles (shown by include:all) are noted apart. */
function quoteCount(quotes: readonly Quote[]): string {
  const speech = quotes.filter(isSpeech).length;
  const apart = quotes.length - speech;
  const others = apart === 1 ? '1 scare quote or title' : `${apart} scare quotes or titles`;
  return `${plural(speech, 'quote')}${apart ? ` (and ${others})` : ''}`;
}

export default defineCommand({
  name: 'articles',
  description: 'The articles in the library, newest first, and any files that could not be loaded',
  options: [{ name: 'page', description: 'Page of the list', type: 'integer', minValue: 1, hidden: true }],
  examples: ['/articles'],
  run({ library, options }) {
    const entries = library.list();
    const problems = library.problems();
    const pages = Math.max(1, Math.ceil(entries.length / PAGE_SIZE));
    const page = Math.min(typeof options.page === 'number' ? options.page : 1, pages);
    const blocks: Block[] = [];
    if (!entries.length)
      blocks.push({
        type: 'text',
        text: 'The library is empty. Add .txt, .md or .json files to the articles folder; they are picked up while the bot runs.',
      });
    for (const entry of entries.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE))
      blocks.push(...describe(entry));
    if (problems.length) {
      blocks.push(
        { type: 'divider' },
        { type: 'heading', text: `Not loaded (${problems.length})` },
        {
          type: 'list',
          items: problems.map((p) => `${path.basename(p.source)}: ${p.message}`),
        },
      );
    }
    const actions: Action[] = [];
    if (page > 1) actions.push({ label: 'Newer', command: 'articles', options: { page: page - 1 } });
    if (page < pages) actions.push({ label: 'Older', command: 'articles', options: { page: page + 1 } });
    return {
      title: `Library: ${plural(entries.length, 'article')}`,
      blocks,
      footer: [
        pages > 1 ? `Page ${page} of ${pages}` : '',
        entries.length ? 'Use an id with /people, /quotes or /summary (article:ID).' : '',
      ]
        .filter(Boolean)
        .join(' · '),
      actions: actions.length ? actions : undefined,
    };
  },
});
