import type { Person, Quote } from '../analysis/types.js';
import type { LibraryEntry } from '../articles/library.js';
import type { Logger } from '../logger.js';
import { clipText } from '../reply/clip.js';
import type { Services } from '../services.js';

/** Cut to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  return clipText(text.replace(/\s+/g, ' ').trim(), max, { atWord: true });
}

const SUMMARY_CHARS = 320;

/** The article's opening sentences, up to a short paragraph: the fallback when no summariser is there. */
export function leadSummary(entry: LibraryEntry, maxChars = SUMMARY_CHARS): string {
  const out: string[] = [];
  let length = 0;
  for (const s of entry.analysis.sentences) {
    if (out.length && length + s.text.length > maxChars) break;
    out.push(s.text.trim());
    length += s.text.length + 1;
    if (out.length >= 2) break;
  }
  return clip(out.join(' ') || entry.article.paragraphs[0] || '', maxChars);
}

export type SummaryWriter = (entry: LibraryEntry) => Promise<string>;

/**
 * A short summary per article version: the Summarizer service when there is one (cached by content hash,
 * since the same article appears in many subscriptions' digests), else the lead sentences.
 */
export function createSummaryWriter(services: Services, logger: Logger): SummaryWriter {
  const cache = new Map<string, string>();
  return async (entry) => {
    const key = entry.article.hash;
    const cached = cache.get(key);
    if (cached !== undefined) return cached;
    let summary = '';
    if (services.summarizer) {
      try {
        const result = await services.summarizer.summarize(entry, {
          length: 'short',
          style: 'paragraph',
          engine: 'auto',
        });
        summary = clip(result.sentences.join(' '), SUMMARY_CHARS);
      } catch (error) {
        logger.warn({ err: error, article: entry.article.id }, 'digest summary failed; using lead sentences');
      }
    }
    if (!summary) summary = leadSummary(entry);
    if (cache.size > 5_000) cache.clear();
    cache.set(key, summary);
    return summary;
  };
}

/** The quote a reader would want: spoken, attributed, most confident, earliest on ties. */
export function topQuote(quotes: readonly Quote[]): Quote | undefined {
  let best: Quote | undefined;
  for (const q of quotes) {
    if (!q.speaker || (q.kind !== 'direct' && q.kind !== 'partial')) continue;
    const better =
      !best ||
      (q.kind === 'direct' && best.kind !== 'direct') ||
      (q.kind === best.kind && q.confidence > best.confidence);
    if (better) best = q;
  }
  return best;
}

/** The people named, most mentioned first, with their role when the article gives one. */
export function namedPeople(people: readonly Person[], max: number): string[] {
  return [...people]
    .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((p) => (p.role ? `${p.name} (${p.role})` : p.name));
}
