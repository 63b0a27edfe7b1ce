import {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
  InternalServerError,
  RateLimitError,
} from 'openai';

export type ModelFailure =
  | 'timeout'
  | 'rate-limit'
  | 'server'
  | 'connection'
  | 'refused'
  | 'malformed'
  | 'ungrounded';

/** Why the model path gave up; the summariser turns it into a short note and the offline summary. */
export class ModelSummaryError extends Error {
  constructor(
    readonly failure: ModelFailure,
    message: string,
  ) {
    super(message);
    this.name = 'ModelSummaryError';
  }
}

const NOTES: Record<ModelFailure, string> = {
  timeout: 'The model did not answer in time',
  'rate-limit': 'The model is rate-limited right now',
  server: 'The model server had an error',
  connection: 'The model server could not be reached',
  refused: 'The model server refused the request',
  malformed: "The model's answer was not usable",
  ungrounded: "The model's summary said things the article does not",
};

export function fallbackNote(failure: ModelFailure): string {
  return `${NOTES[failure]}, so this is the offline summary.`;
}

/** Classify an error thrown by the openai SDK (or by us) as one failure kind. */
export function classifyModelError(error: unknown): ModelSummaryError {
  if (error instanceof ModelSummaryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof APIConnectionTimeoutError) return new ModelSummaryError('timeout', message);
  // A streamed call is cut by an abort signal when it outlives the timeout.
  if (error instanceof APIUserAbortError || (error instanceof Error && error.name === 'TimeoutError'))
    return new ModelSummaryError('timeout', message);
  if (error instanceof RateLimitError) return new ModelSummaryError('rate-limit', message);
  if (error instanceof InternalServerError) return new ModelSummaryError('server', message);
  if (error instanceof APIConnectionError) return new ModelSummaryError('connection', message);
  if (error instanceof APIError) return new ModelSummaryError('refused', `HTTP ${error.status}: ${message}`);
  return new ModelSummaryError('malformed', message);
}
