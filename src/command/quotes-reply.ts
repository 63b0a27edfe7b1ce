import { isSpeech } from '../analysis/quote-context.js';
import { matchSpeakers, type Speaker, speakersOf } from '../analysis/search/speakers.js';
import type { Quote } from '../analysis/types.js';
import type { LibraryEntry } from '../articles/library.js';
import type { Action, Block, QuoteBlock, Reply } from '../reply/model.js';
import { paginate } from '../reply/paging.js';
import { quoteBlock } from './quote-blocks.js';
import type { OptionValue } from './types.js';

/** A page holds a handful of quotes and stays well inside Discord's 4,096-character embed text. */
const PAGE_LIMITS = { maxItems: 6, maxChars: 2400 } as const;

/** The validated options of /quotes (speaker, include, group, page). */
export type QuotesOptions = Readonly<Record<string, OptionValue | undefined>>;

/** The /quotes reply for one article: filtering, grouping and paging. */
export function quotesReply(entry: LibraryEntry, options: QuotesOptions): Reply {
  const { article, analysis } = entry;
  const title = `Quotes: ${article.title}`;
  const base: Partial<Reply> = { title, ...(article.url ? { url: article.url } : {}) };

  const speakers = speakersOf(analysis);
  let speech = analysis.quotes.filter(isSpeech);
  const apart = options.include === 'all' ? analysis.quotes.filter((q) => !isSpeech(q)) : [];
  const notes: string[] = [];

  const wanted = typeof options.speaker === 'string' ? options.speaker : undefined;
  if (wanted) {
    const chosen = matchSpeakers(wanted, speakers);
    if (!chosen.length) {
      // Perhaps someone the article quotes without naming ("a police spokesperson").
      const unnamed = matchSpeakers(wanted, unnamedSpeakers(speech)).map((s) => s.name);
      if (!unnamed.length) return noSuchSpeaker(wanted, speakers, analysis.people, base);
      speech = speech.filter(
        (q) => !q.speaker && q.speakerMention && unnamed.includes(q.speakerMention.text),
      );
      notes.push(`Quotes by ${unnamed.join(' and ')} (not named in the article)`);
    } else {
      const names = new Set(chosen.map((s) => s.name));
      speech = speech.filter((q) => q.speaker !== null && names.has(q.speaker));
      notes.push(
        chosen.length > 1
          ? `"${wanted}" matches ${chosen.map((s) => s.name).join(' and ')}.`
          : `Quotes by ${chosen.map((s) => (s.role ? `${s.name}, ${s.role}` : s.name)).join('')}`,
      );
    }
  } else if (speech.length) {
    notes.push(speakerSummary(speech, speakers));
  }
  if (options.group === true) speech = groupBySpeaker(speech);

  if (!speech.length && !apart.length) {
    const hidden = analysis.quotes.length - speech.length;
    return {
      ...base,
      tone: 'info',
      blocks: [
        { type: 'text', text: 'This article quotes nobody.' },
        ...(hidden > 0 && options.include !== 'all'
          ? [
              {
                type: 'context' as const,
                text: `${hidden} scare quote(s) or title(s): /quotes include:all`,
              },
            ]
          : []),
      ],
    };
  }

  const items = [...speech, ...apart].map((quote) => ({ quote, block: quoteBlock(quote, analysis) }));
  const pages = paginate(items, ({ block }) => blockSize(block), PAGE_LIMITS);
  const pageNumber = typeof options.page === 'number' ? options.page : 1;
  const page = pages[pageNumber - 1];
  if (!page)
    return {
      ...base,
      tone: 'warning',
      blocks: [{ type: 'text', text: `There are only ${pages.length} page(s).` }],
    };

  const blocks: Block[] = notes.map((text) => ({ type: 'context', text }));
  let lastHeading: string | undefined;
  for (const { quote, block } of page) {
    const heading = !isSpeech(quote)
      ? 'Not speech: scare quotes and titles'
      : options.group === true
        ? (quote.speaker ?? 'Speaker not identified')
        : undefined;
    if (heading && heading !== lastHeading) blocks.push({ type: 'heading', text: heading });
    lastHeading = heading;
    blocks.push(block);
  }

  const reply: Reply = {
    ...base,
    blocks,
    footer: `${countLabel(speech.length, apart.length)}${pages.length > 1 ? ` · page ${pageNumber} of ${pages.length}` : ''}`,
  };
  if (pageNumber < pages.length) reply.actions = [moreAction(article.id, options, pageNumber + 1)];
  return reply;
}

function blockSize(block: QuoteBlock): number {
  return block.text.length + (block.attribution?.length ?? 0) + (block.context?.length ?? 0);
}

/** Unnamed speakers as the article describes them, one per description. */
function unnamedSpeakers(speech: readonly Quote[]): Speaker[] {
  const byText = new Map<string, Speaker>();
  for (const q of speech) {
    if (q.speaker || !q.speakerMention) continue;
    const text = q.speakerMention.text;
    const known = byText.get(text) ?? { name: text, aliases: [], quotes: 0 };
    known.quotes++;
    byText.set(text, known);
  }
  return [...byText.values()];
}

function countLabel(speech: number, apart: number): string {
  const s = `${speech} quote${speech === 1 ? '' : 's'}`;
  return apart ? `${s}, ${apart} not speech` : s;
}

/** "John Kerry (7), Ministry of Health (2), unnamed (1)" */
function speakerSummary(speech: readonly Quote[], speakers: readonly Speaker[]): string {
  const parts = speakers.map((s) => `${s.name} (${s.quotes})`);
  const unnamed = speech.filter((q) => !q.speaker).length;
  if (unnamed) parts.push(`not identified (${unnamed})`);
  return `Speakers: ${parts.join(', ')}`;
}

/** Most-quoted speaker first, each one's quotes in article order; unidentified speakers last. */
function groupBySpeaker(quotes: readonly Quote[]): Quote[] {
  const count = new Map<string | null, number>();
  for (const q of quotes) count.set(q.speaker, (count.get(q.speaker) ?? 0) + 1);
  const rank = (s: string | null) => (s === null ? -1 : (count.get(s) ?? 0));
  return [...quotes].sort(
    (a, b) =>
      rank(b.speaker) - rank(a.speaker) ||
      (a.speaker ?? '').localeCompare(b.speaker ?? '') ||
      a.start - b.start,
  );
}

function moreAction(
  articleId: string,
  options: Readonly<Record<string, string | number | boolean | undefined>>,
  page: number,
): Action {
  const carried: Record<string, string | number | boolean> = { article: articleId, page };
  for (const name of ['speaker', 'include', 'group'])
    if (options[name] !== undefined) carried[name] = options[name] as string | number | boolean;
  return { label: 'More quotes', command: 'quotes', options: carried };
}

function noSuchSpeaker(
  wanted: string,
  speakers: readonly Speaker[],
  people: ReadonlyArray<{ name: string; aliases: string[]; role?: string }>,
  base: Partial<Reply>,
): Reply {
  const named = matchSpeakers(
    wanted,
    people.map((p) => ({ ...p, quotes: 0 })),
  );
  const text = named.length
    ? `${named.map((p) => p.name).join(' and ')} ${named.length > 1 ? 'are' : 'is'} named in the article but not quoted.`
    : `Nobody matching "${wanted}" is quoted in this article.`;
  const quoted = speakers.map((s) => s.name);
  return {
    ...base,
    tone: 'warning',
    blocks: [
      { type: 'text', text },
      {
        type: 'context',
        text: quoted.length ? `Quoted: ${quoted.join(', ')}.` : 'Nobody is quoted by name.',
      },
    ],
  };
}
