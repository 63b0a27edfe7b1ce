import type { LibraryEntry } from '../src/articles/library.js';
import { articleOption } from '../src/command/article-option.js';
import { defineCommand } from '../src/command/types.js';
import { type Block, errorReply, type Reply } from '../src/reply/model.js';
import type { SummaryEngine, SummaryLength, SummaryResult, SummaryStyle } from '../src/services.js';
import { createSummarizer } from '../src/summarizer.js';

const MAX_PEOPLE = 5;

const choices = (...values: string[]) => values.map((value) => ({ name: value, value }));

/** The people an article is most about: most mentioned first; a passing mention counts only when nobody is named twice. */
function keyPeople(entry: LibraryEntry): string[] {
  const ranked = [...entry.analysis.people].sort((a, b) => b.mentions.length - a.mentions.length);
  const recurring = ranked.filter((p) => p.mentions.length >= 2);
  return (recurring.length ? recurring : ranked)
    .slice(0, MAX_PEOPLE)
    .map((p) => (p.role ? `${p.name} (${p.role})` : p.name));
}

function footer(entry: LibraryEntry, result: SummaryResult): string {
  const engine =
    result.engine === 'model'
      ? `Written by the model ${result.model ?? ''}`.trim()
      : 'Extractive summary: sentences taken from the article';
  const { article } = entry;
  const source =
    article.url ?? (article.publisher ? `${article.publisher}, ${article.source}` : article.source);
  return `${engine} · Source: ${source}`;
}

export default defineCommand({
  name: 'summary',
  description: "An article's summary: a few sentences, offline or from a model when one is configured",
  options: [
    { ...articleOption, description: 'Article id or title (default: the newest)' },
    {
      name: 'length',
      description: 'short (2 sentences), medium (4) or long (7)',
      type: 'string',
      choices: choices('short', 'medium', 'long'),
    },
    {
      name: 'style',
      description: 'A paragraph or bullet points',
      type: 'string',
      choices: choices('paragraph', 'bullets'),
    },
    {
      name: 'engine',
      description: 'auto (the model when configured), offline, or model',
      type: 'string',
      choices: choices('auto', 'offline', 'model'),
    },
  ],
  examples: ['/summary', '/summary article:us-weighs length:long style:bullets', '/summary engine:offline'],
  // The model can take seconds: adapters acknowledge first (Discord's 3-second window) and answer later.
  mayBeSlow: ({ options, services }) =>
    services.summarizer?.modelAvailable === true && options.engine !== 'offline',
  async run({ options, library, services, logger }): Promise<Reply> {
    const found = library.resolve(typeof options.article === 'string' ? options.article : undefined);
    if (!found.ok) {
      const hint = found.suggestions.length
        ? `Did you mean: ${found.suggestions.map((e) => e.article.id).join(', ')}?`
        : 'Try /articles for the list.';
      return errorReply(found.message, hint);
    }
    const entry = found.entry;
    const length = (options.length ?? 'short') as Exclude<SummaryLength, number>;
    const style = (options.style ?? 'paragraph') as SummaryStyle;
    const engine = (options.engine ?? 'auto') as SummaryEngine;
    const summarizer = services.summarizer ?? createSummarizer(undefined, logger);
    const result = await summarizer.summarize(entry, { length, style, engine });

    const blocks: Block[] = [];
    if (!result.sentences.length)
      blocks.push({
        type: 'text',
        text: !entry.analysis.sentences.length
          ? 'This article has no sentences to summarise.'
          : entry.analysis.quotes.length
            ? 'No sentence of this article can stand alone as a summary (it is mostly quotation). Try /quotes.'
            : 'This article is too short to summarise.',
      });
    else if (style === 'bullets') blocks.push({ type: 'list', items: result.sentences });
    else blocks.push({ type: 'text', text: result.sentences.join(' ') });
    const people = keyPeople(entry);
    if (people.length)
      blocks.push({ type: 'fields', fields: [{ name: 'Key people', value: people.join(', ') }] });
    if (result.note) blocks.push({ type: 'context', text: result.note });

    return {
      title: entry.article.title,
      ...(entry.article.url ? { url: entry.article.url } : {}),
      blocks,
      footer: footer(entry, result),
      ...(length === 'short' && result.sentences.length
        ? {
            actions: [
              {
                label: 'Full summary',
                command: 'summary',
                options: { article: entry.article.id, length: 'long' },
              },
            ],
          }
        : {}),
    };
  },
});
