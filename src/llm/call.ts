import type OpenAI from 'openai';
import type { Logger } from '../logger.js';
import type { ChatMessage } from './prompt.js';

export interface CallOptions {
  model: string;
  timeoutMs: number;
  /** Stream the answer (tokens arrive as they are written; the timeout then bounds the whole call). */
  stream: boolean;
}

export interface Usage {
  promptTokens: number;
  completionTokens: number;
  totalTokens: number;
}

export interface CallResult {
  content: string;
  usage?: Usage;
}

function usageOf(
  usage: { prompt_tokens: number; completion_tokens: number; total_tokens: number } | null | undefined,
): Usage | undefined {
  return usage
    ? {
        promptTokens: usage.prompt_tokens,
        completionTokens: usage.completion_tokens,
        totalTokens: usage.total_tokens,
      }
    : undefined;
}

/**
 * One chat completion, streamed or not. Errors from the SDK (timeouts, 429, 5xx, connection) propagate
 * to the caller, which decides what the user sees. Token use is logged per call; the key never is.
 */
export async function callModel(
  client: OpenAI,
  messages: ChatMessage[],
  options: CallOptions,
  logger: Logger,
): Promise<CallResult> {
  const started = Date.now();
  const base = {
    model: options.model,
    messages,
    temperature: 0,
    response_format: { type: 'json_object' as const },
  };
  const requestOptions = { timeout: options.timeoutMs, maxRetries: 0 };
  let result: CallResult;
  if (options.stream) {
    // The SDK's timeout covers the time to the response headers; a stalled stream is cut by the signal.
    const abort = AbortSignal.timeout(options.timeoutMs);
    const stream = await client.chat.completions.create(
      { ...base, stream: true, stream_options: { include_usage: true } },
      { ...requestOptions, signal: abort },
    );
    let content = '';
    let usage: Usage | undefined;
    for await (const chunk of stream) {
      content += chunk.choices[0]?.delta?.content ?? '';
      usage = usageOf(chunk.usage) ?? usage;
    }
    result = { content, usage };
  } else {
    const completion = await client.chat.completions.create(base, requestOptions);
    result = { content: completion.choices[0]?.message?.content ?? '', usage: usageOf(completion.usage) };
  }
  logger.info(
    {
      model: options.model,
      stream: options.stream,
      ms: Date.now() - started,
      tokens: result.usage ?? 'unreported',
    },
    'model call',
  );
  return result;
}
