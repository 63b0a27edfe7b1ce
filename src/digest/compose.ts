import type { LibraryEntry } from '../articles/library.js';
import type { Block, Reply } from '../reply/model.js';
import { clip, namedPeople, type SummaryWriter, topQuote } from './brief.js';
import { formatInZone } from './timezone.js';

/** Limits that keep a digest readable; adapters split what remains to their platform's sizes. */
export const DIGEST_LIMITS = {
  /** Articles briefed in full (title, summary, quote, people). */
  detailed: 5,
  /** Further new articles listed by title only. */
  listed: 15,
  quoteChars: 280,
  titleChars: 200,
  people: 5,
} as const;

export interface DigestInfo {
  /** The watermark the articles are new since; null for a first digest. */
  since: Date | null;
  lookbackStart: Date;
  timeZone: string;
  /** "every day at 08:00", shown in the footer. */
  scheduleDescription?: string;
}

function sinceText(info: DigestInfo): string {
  return info.since
    ? `since ${formatInZone(info.since, info.timeZone)}`
    : `since ${formatInZone(info.lookbackStart, info.timeZone)} (first digest)`;
}

async function briefArticle(entry: LibraryEntry, summarize: SummaryWriter): Promise<Block[]> {
  const { article, analysis } = entry;
  const blocks: Block[] = [{ type: 'heading', text: clip(article.title, DIGEST_LIMITS.titleChars) }];
  const summary = await summarize(entry);
  if (summary) blocks.push({ type: 'text', text: summary });
  const quote = topQuote(analysis.quotes);
  if (quote?.speaker)
    blocks.push({
      type: 'quote',
      // A quote that runs into its tag ("...Guinea," he said) keeps the comma; the digest drops it.
      text: clip(quote.text, DIGEST_LIMITS.quoteChars).replace(/[,;:]$/, ''),
      attribution: quote.speaker,
    });
  const people = namedPeople(analysis.people, DIGEST_LIMITS.people);
  const small = [
    people.length ? `People: ${people.join(', ')}` : '',
    article.publisher ?? '',
    article.url ?? '',
  ].filter(Boolean);
  if (small.length) blocks.push({ type: 'context', text: small.join(' · ') });
  return blocks;
}

/**
 * A digest Reply over the new articles (already newest first): the first few in full, the next ones by
 * title, and a count of the rest. With no articles, a short "nothing new" note.
 */
export async function composeDigest(
  articles: readonly LibraryEntry[],
  summarize: SummaryWriter,
  info: DigestInfo,
): Promise<Reply> {
  const footer = info.scheduleDescription
    ? `Scheduled ${info.scheduleDescription} (${info.timeZone})`
    : undefined;
  if (!articles.length)
    return {
      title: 'News digest',
      blocks: [{ type: 'text', text: `Nothing new ${sinceText(info)}.` }],
      footer,
      tone: 'info',
    };

  const count = articles.length;
  const blocks: Block[] = [
    { type: 'context', text: `${count} new article${count === 1 ? '' : 's'} ${sinceText(info)}` },
  ];
  const detailed = articles.slice(0, DIGEST_LIMITS.detailed);
  for (const [i, entry] of detailed.entries()) {
    if (i > 0) blocks.push({ type: 'divider' });
    blocks.push(...(await briefArticle(entry, summarize)));
  }
  const listed = articles.slice(DIGEST_LIMITS.detailed, DIGEST_LIMITS.detailed + DIGEST_LIMITS.listed);
  if (listed.length) {
    blocks.push(
      { type: 'divider' },
      { type: 'heading', text: 'Also new' },
      { type: 'list', items: listed.map((e) => clip(e.article.title, DIGEST_LIMITS.titleChars)) },
    );
  }
  const rest = count - detailed.length - listed.length;
  if (rest > 0) blocks.push({ type: 'context', text: `…and ${rest} more. Use /articles to see them all.` });
  return { title: 'News digest', blocks, footer, tone: 'info' };
}
