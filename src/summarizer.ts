import OpenAI from 'openai';
import { sentenceCount } from './analysis/summary/length.js';
import { extractSummary } from './analysis/summary/summarize.js';
import type { LibraryEntry } from './articles/library.js';
import type { OpenAIConfig } from './config.js';
import { LruCache } from './llm/cache.js';
import { classifyModelError, fallbackNote } from './llm/errors.js';
import { modelSummary } from './llm/model-summary.js';
import type { Logger } from './logger.js';
import type { Summarizer, SummaryRequest, SummaryResult } from './services.js';

export interface SummarizerOptions {
  /** Stream model answers (default true: tokens flow while the adapter shows that the bot is working). */
  stream?: boolean;
  /** Characters of article per model call before it is summarised in parts (default 24,000, ~6k tokens). */
  contextChars?: number;
  /** Model summaries kept (default 200). */
  cacheSize?: number;
}

const MODEL_OFF_NOTE =
  'The model path is off (set OPENAI_API_KEY to turn it on), so this is the offline summary.';

/**
 * Summaries for commands: the offline extractive summariser, or the model when it is configured and the
 * request allows it. The model path never fails the request: on any problem the offline summary is
 * returned with a short note saying why.
 */
export function createSummarizer(
  openai: OpenAIConfig | undefined,
  logger: Logger,
  options: SummarizerOptions = {},
): Summarizer {
  const client = openai
    ? new OpenAI({
        apiKey: openai.apiKey,
        baseURL: openai.baseUrl,
        timeout: openai.timeoutMs,
        // The bot falls back to the offline summary at once rather than retrying and keeping users waiting.
        maxRetries: 0,
      })
    : undefined;
  const cache = new LruCache<Promise<SummaryResult>>(options.cacheSize ?? 200);

  const offline = (entry: LibraryEntry, count: number, note?: string): SummaryResult => {
    const picked = extractSummary(entry.analysis, { sentences: count });
    return {
      sentences: picked.map((p) => p.text),
      citations: picked.map((p) => [p.index]),
      engine: 'offline',
      ...(note ? { note } : {}),
    };
  };

  const viaModel = async (
    entry: LibraryEntry,
    request: SummaryRequest,
    count: number,
  ): Promise<SummaryResult> => {
    if (!client || !openai) return offline(entry, count, MODEL_OFF_NOTE);
    if (!entry.analysis.sentences.length) return offline(entry, count);
    const key = [entry.analysis.hash, openai.model, count, request.style].join('|');
    const cached = cache.get(key);
    if (cached) return cached;
    const pending = modelSummary(
      client,
      {
        text: entry.article.text,
        sentences: entry.analysis.sentences.map((s) => s.text),
        title: entry.article.titleDerived ? undefined : entry.article.title,
        count,
        style: request.style,
      },
      {
        model: openai.model,
        timeoutMs: openai.timeoutMs,
        stream: options.stream ?? true,
        contextChars: options.contextChars ?? 24_000,
      },
      logger,
    ).then((summary): SummaryResult => {
      logger.info(
        { article: entry.article.id, model: openai.model, calls: summary.calls, tokens: summary.usage },
        'model summary',
      );
      return {
        sentences: summary.sentences,
        citations: summary.citations,
        engine: 'model',
        model: openai.model,
      };
    });
    cache.set(key, pending);
    try {
      return await pending;
    } catch (error) {
      // Failures are not cached: the next request tries the model again.
      cache.delete(key);
      const failure = classifyModelError(error);
      logger.warn(
        { article: entry.article.id, failure: failure.failure, reason: failure.message },
        'model summary fell back',
      );
      return offline(entry, count, fallbackNote(failure.failure));
    }
  };

  return {
    modelAvailable: client !== undefined,
    async summarize(entry, request) {
      const count = sentenceCount(request.length);
      if (request.engine === 'offline') return offline(entry, count);
      if (request.engine === 'auto' && !client) return offline(entry, count);
      return viaModel(entry, request, count);
    },
  };
}
