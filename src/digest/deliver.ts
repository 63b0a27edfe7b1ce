/** Retrying a post with exponential backoff; the wait is injected so tests do not sleep. */
export interface RetryPolicy {
  attempts: number;
  /** Delay before the second attempt; each later one waits `factor` times longer. */
  baseDelayMs: number;
  factor: number;
}

export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 2_000, factor: 4 };

export type Wait = (ms: number) => Promise<void>;

export type DeliveryResult = { ok: true; attempts: number } | { ok: false; attempts: number; reason: string };

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function postWithRetry(
  post: () => Promise<void>,
  policy: RetryPolicy,
  wait: Wait,
  beforeAttempt: (attempt: number) => void,
  shouldStop: () => boolean = () => false,
): Promise<DeliveryResult> {
  let reason = 'not attempted';
  for (let attempt = 1; attempt <= policy.attempts; attempt++) {
    if (attempt > 1) {
      await wait(policy.baseDelayMs * policy.factor ** (attempt - 2));
      if (shouldStop())
        return { ok: false, attempts: attempt - 1, reason: `${reason} (stopped before retrying)` };
    }
    beforeAttempt(attempt);
    try {
      await post();
      return { ok: true, attempts: attempt };
    } catch (error) {
      reason = errorText(error);
    }
  }
  return { ok: false, attempts: policy.attempts, reason };
}
