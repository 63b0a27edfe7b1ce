import type OpenAI from 'openai';
import type { Logger } from '../logger.js';
import type { SummaryStyle } from '../services.js';
import { callModel, type Usage } from './call.js';
import { classifyModelError, ModelSummaryError } from './errors.js';
import { groundingProblems } from './grounding.js';
import { parseModelOutput } from './output.js';
import { splitIntoParts } from './parts.js';
import { buildMessages, type ChatMessage, type NumberedSentence } from './prompt.js';

/** Parts of a long article summarised before combining; the rest of a longer text is not read. */
export const MAX_PARTS = 6;

export interface ModelSummaryInput {
  /** The article's plain text (quotations and names are checked against it). */
  text: string;
  /** The article's sentences in order. */
  sentences: readonly string[];
  title?: string;
  count: number;
  style: SummaryStyle;
}

export interface ModelSummaryOptions {
  model: string;
  timeoutMs: number;
  stream: boolean;
  /** Characters of article per call; longer articles are summarised in parts, then combined. */
  contextChars: number;
}

export interface ModelSummary {
  sentences: string[];
  /** For each summary sentence, the 0-based article sentences it cites. */
  citations: number[][];
  calls: number;
  usage: Usage;
}

/**
 * A summary from the model that has passed the grounding check. Output that is malformed or not grounded
 * is asked for once more (with the reasons), then given up on; transport errors give up at once. Each call
 * is bounded by the timeout, and the whole summary by twice the timeout.
 * Throws ModelSummaryError.
 */
export async function modelSummary(
  client: OpenAI,
  input: ModelSummaryInput,
  options: ModelSummaryOptions,
  logger: Logger,
): Promise<ModelSummary> {
  const usage: Usage = { promptTokens: 0, completionTokens: 0, totalTokens: 0 };
  let calls = 0;
  // Each call may take the timeout, but a whole summary (retry and parts included) at most twice that.
  const deadline = Date.now() + options.timeoutMs * 2;

  const grounded = async (sentences: readonly NumberedSentence[], count: number) => {
    const citable = new Map(sentences.map((s) => [s.number, s.text]));
    const messages: ChatMessage[] = buildMessages({
      sentences,
      count,
      style: input.style,
      title: input.title,
    });
    let last: ModelSummaryError | undefined;
    for (let attempt = 0; attempt < 2; attempt++) {
      let content: string;
      const left = deadline - Date.now();
      if (left <= 0) throw new ModelSummaryError('timeout', 'the summary took longer than its time budget');
      try {
        calls++;
        const result = await callModel(
          client,
          messages,
          { ...options, timeoutMs: Math.min(options.timeoutMs, left) },
          logger,
        );
        content = result.content;
        if (result.usage) {
          usage.promptTokens += result.usage.promptTokens;
          usage.completionTokens += result.usage.completionTokens;
          usage.totalTokens += result.usage.totalTokens;
        }
      } catch (error) {
        throw classifyModelError(error);
      }
      const parsed = parseModelOutput(content);
      const problems = parsed.ok ? groundingProblems(parsed.output, input.text, citable) : [parsed.problem];
      if (parsed.ok && !problems.length) return parsed.output.summary.slice(0, count);
      last = new ModelSummaryError(parsed.ok ? 'ungrounded' : 'malformed', problems.join('; '));
      logger.warn({ attempt: attempt + 1, problems }, 'model summary rejected');
      if (attempt === 0)
        messages.push(
          { role: 'assistant', content: content.slice(0, 4000) },
          {
            role: 'user',
            content: `Your answer was rejected: ${problems.join('; ')}. Answer again, following every rule.`,
          },
        );
    }
    throw last!;
  };

  const numbered = input.sentences.map((text, i) => ({ number: i + 1, text }));
  // A book-length text would cost dozens of calls: like the offline summary, it is read from its opening.
  const parts = splitIntoParts(numbered, options.contextChars).slice(0, MAX_PARTS);
  let sentences = parts.flat();
  if (parts.length > 1) {
    // Summarise each part, then summarise the sentences those summaries cite (keeping their numbers).
    const cited = new Set<number>();
    for (const part of parts)
      for (const s of await grounded(part, Math.min(input.count, part.length)))
        for (const n of s.sources) cited.add(n);
    sentences = numbered.filter((s) => cited.has(s.number));
  }
  const summary = await grounded(sentences, input.count);
  return {
    sentences: summary.map((s) => s.text.replace(/\s+/g, ' ')),
    citations: summary.map((s) => [...new Set(s.sources)].sort((a, b) => a - b).map((n) => n - 1)),
    calls,
    usage,
  };
}
