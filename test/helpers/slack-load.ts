import autocannon from 'autocannon';
import type { FakeSlack } from '../fakes/slack/index.js';
import { signRequest, slashPayload } from './slack.js';

export interface SlashLoadOptions {
  /** The HTTP receiver's events URL, e.g. http://127.0.0.1:PORT/slack/events */
  url: string;
  secret: string;
  slack: FakeSlack;
  /** /briefing texts, used in turn. */
  texts: readonly string[];
  amount: number;
  connections: number;
  /** Upper bound on the whole run, in seconds (autocannon stops early when `amount` is done). */
  maxSeconds?: number;
}

export interface SlashLoadResult {
  result: autocannon.Result;
  /** Request ids that got an HTTP response. */
  responded: number;
  /** Answered neither in the acknowledgement nor through response_url. */
  lost: string[];
  /** Answered more than once. */
  doubled: string[];
}

/** True when an acknowledgement body carries an answer (an empty ack means "answer follows"). */
function ackHasAnswer(body: string): boolean {
  if (!body.trim()) return false;
  try {
    const json = JSON.parse(body) as { blocks?: unknown; text?: unknown };
    return Boolean(json.blocks || json.text);
  } catch {
    return false;
  }
}

/**
 * Fire signed /briefing requests at a running HTTP receiver (loopback only, bounded by count and time) and
 * check that each was answered exactly once: in its acknowledgement or through its own response_url.
 */
export async function slashLoad(options: SlashLoadOptions): Promise<SlashLoadResult> {
  const answers = new Map<string, number>();
  let next = 0;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    connections: options.connections,
    amount: options.amount,
    duration: options.maxSeconds ?? 60,
    timeout: 10,
    requests: [
      {
        setupRequest: (request, context: { id?: string }) => {
          const n = next++;
          const id = `load-${n}`;
          context.id = id;
          const text = options.texts[n % options.texts.length] ?? 'help';
          const body = new URLSearchParams(slashPayload(text, options.slack.responseUrl(id))).toString();
          return {
            ...request,
            body,
            headers: signRequest(options.secret, Math.floor(Date.now() / 1000), body),
          };
        },
        onResponse: (status, body, context: { id?: string }) => {
          if (!context.id) return;
          answers.set(
            context.id,
            (answers.get(context.id) ?? 0) + (status === 200 && ackHasAnswer(body) ? 1 : 0),
          );
        },
      },
    ],
  });
  const ids = [...answers.keys()];
  const urlAnswers = () => options.slack.responses.filter((r) => answers.has(r.id));
  const done = () => {
    const byUrl = new Set(urlAnswers().map((r) => r.id));
    return ids.every((id) => (answers.get(id) ?? 0) > 0 || byUrl.has(id));
  };
  // Answers through response_url may still be on their way when the last acknowledgement returns.
  await options.slack.waitFor(done, 5000).catch(() => undefined);
  const byUrl = new Map<string, number>();
  for (const r of urlAnswers()) byUrl.set(r.id, (byUrl.get(r.id) ?? 0) + 1);
  const total = (id: string) => (answers.get(id) ?? 0) + (byUrl.get(id) ?? 0);
  return {
    result,
    responded: answers.size,
    lost: ids.filter((id) => total(id) === 0),
    doubled: ids.filter((id) => total(id) > 1),
  };
}
