import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A chat completion request as the fake received it. */
export interface RecordedRequest {
  path: string;
  authorization: string | undefined;
  body: {
    model: string;
    stream?: boolean;
    messages: Array<{ role: string; content: string }>;
    [key: string]: unknown;
  };
}

/** What the fake does with one request. */
export type FakeAnswer =
  | { kind: 'content'; content: string; usage?: { prompt: number; completion: number }; delayMs?: number }
  | { kind: 'status'; status: number; message?: string }
  | { kind: 'raw'; status: number; body: string }
  | { kind: 'hang' };

export type Script = (request: RecordedRequest, index: number) => FakeAnswer;

export interface FakeOpenAI {
  /** Base URL for the SDK, e.g. http://127.0.0.1:PORT/v1 */
  baseURL: string;
  requests: RecordedRequest[];
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

/** Answer as the OpenAI API does: one JSON completion, or server-sent event chunks ending in [DONE]. */
function sendCompletion(
  res: ServerResponse,
  request: RecordedRequest,
  answer: Extract<FakeAnswer, { kind: 'content' }>,
) {
  const usage = {
    prompt_tokens: answer.usage?.prompt ?? 100,
    completion_tokens: answer.usage?.completion ?? 20,
    total_tokens: (answer.usage?.prompt ?? 100) + (answer.usage?.completion ?? 20),
  };
  const base = { id: 'chatcmpl-fake', created: 1_700_000_000, model: request.body.model };
  if (!request.body.stream) {
    sendJson(res, 200, {
      ...base,
      object: 'chat.completion',
      choices: [{ index: 0, message: { role: 'assistant', content: answer.content }, finish_reason: 'stop' }],
      usage,
    });
    return;
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
  const chunk = (delta: object, finish: string | null, extra: object = {}) =>
    `data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason: finish }], ...extra })}\n\n`;
  res.write(chunk({ role: 'assistant', content: '' }, null));
  // Several small pieces, as a model writes them.
  for (let i = 0; i < answer.content.length; i += 7)
    res.write(chunk({ content: answer.content.slice(i, i + 7) }, null));
  res.write(chunk({}, 'stop'));
  res.write(`data: ${JSON.stringify({ ...base, object: 'chat.completion.chunk', choices: [], usage })}\n\n`);
  res.end('data: [DONE]\n\n');
}

/** A local OpenAI-compatible server on 127.0.0.1 (port 0) whose answers a test scripts. */
export async function startFakeOpenAI(script: Script): Promise<FakeOpenAI> {
  const requests: RecordedRequest[] = [];
  const server = createServer(async (req, res) => {
    if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
      sendJson(res, 404, {
        error: { message: `no route ${req.method} ${req.url}`, type: 'invalid_request_error' },
      });
      return;
    }
    let body: RecordedRequest['body'];
    try {
      body = JSON.parse(await readBody(req)) as RecordedRequest['body'];
    } catch {
      sendJson(res, 400, { error: { message: 'bad JSON', type: 'invalid_request_error' } });
      return;
    }
    const request: RecordedRequest = { path: req.url, authorization: req.headers.authorization, body };
    requests.push(request);
    const answer = script(request, requests.length - 1);
    switch (answer.kind) {
      case 'content':
        if (answer.delayMs) {
          const timer = setTimeout(() => sendCompletion(res, request, answer), answer.delayMs);
          res.on('close', () => clearTimeout(timer));
        } else sendCompletion(res, request, answer);
        break;
      case 'status':
        sendJson(res, answer.status, {
          error: { message: answer.message ?? `status ${answer.status}`, type: 'fake_error', code: null },
        });
        break;
      case 'raw':
        res.writeHead(answer.status, { 'content-type': 'application/json' });
        res.end(answer.body);
        break;
      case 'hang':
        // Never answer: the client's timeout must end the call (the socket is destroyed on close).
        break;
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
