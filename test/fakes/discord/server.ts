import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { FakeGateway } from './gateway.js';
import {
  buttonInteraction,
  CHANNEL_ID,
  commandInteraction,
  GUILD_ID,
  messagePayload,
  type OptionPayload,
  snowflake,
} from './payloads.js';

/** One request the fake REST API received. */
export interface RecordedRequest {
  method: string;
  /** Path below /api/v10, percent-decoded (so `messages/@original`). */
  path: string;
  rawPath: string;
  query: URLSearchParams;
  body: unknown;
  authorization: string | undefined;
  /** performance.now() when the request arrived. */
  at: number;
}

interface Failure {
  method: string;
  path: RegExp;
  status: number;
  retryAfterSeconds?: number;
}

export interface FakeDiscordOptions {
  token?: string;
  applicationId?: string;
  guildIds?: string[];
  heartbeatIntervalMs?: number;
}

/**
 * A small fake of Discord on 127.0.0.1 that speaks the wire protocol discord.js uses: REST under
 * /api/v10 (gateway discovery, interaction callbacks, webhooks, channel messages, command registration)
 * and the gateway WebSocket on the same port. Every REST request is recorded for assertions.
 */
export class FakeDiscord {
  readonly token: string;
  readonly applicationId: string;
  readonly requests: RecordedRequest[] = [];
  /** Registered commands by scope ("global" or a guild id). */
  readonly commands = new Map<string, Array<Record<string, unknown>>>();
  private readonly failures: Failure[] = [];
  private readonly waiters = new Set<{
    test: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }>();
  private readonly server = createServer((req, res) => void this.handle(req, res));
  readonly gateway: FakeGateway;
  private port = 0;

  constructor(options: FakeDiscordOptions = {}) {
    this.token = options.token ?? 'fake-bot-token';
    this.applicationId = options.applicationId ?? '900000000000000100';
    this.gateway = new FakeGateway(this.server, {
      token: this.token,
      applicationId: this.applicationId,
      guildIds: options.guildIds ?? [GUILD_ID],
      heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
      url: () => this.wsUrl,
    });
  }

  async listen(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  /** What DISCORD_API_URL is set to. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get wsUrl(): string {
    return `ws://127.0.0.1:${this.port}`;
  }

  /** Answer the next matching request with this status (429 comes with Retry-After and retry_after). */
  failNext(method: string, path: RegExp, status: number, retryAfterSeconds?: number): void {
    this.failures.push({ method, path, status, retryAfterSeconds });
  }

  /** The first recorded request (past or future) that matches. */
  waitFor(test: (r: RecordedRequest) => boolean, timeoutMs = 10_000): Promise<RecordedRequest> {
    const seen = this.requests.find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const waiter = {
        test,
        resolve: (r: RecordedRequest) => {
          clearTimeout(timer);
          resolve(r);
        },
      };
      const timer = setTimeout(() => {
        this.waiters.delete(waiter);
        reject(new Error(`fake discord: no matching request within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Dispatch a slash command; resolves with the interaction payload and when it was sent. */
  command(name: string, options: OptionPayload[] = []) {
    const interaction = commandInteraction(this.applicationId, name, options);
    return { interaction, sentAt: this.gateway.dispatch('INTERACTION_CREATE', interaction) };
  }

  autocomplete(name: string, options: OptionPayload[]) {
    const interaction = commandInteraction(this.applicationId, name, options, true);
    return { interaction, sentAt: this.gateway.dispatch('INTERACTION_CREATE', interaction) };
  }

  /** Click a button on a message the bot sent (the message as the REST API received it). */
  click(customId: string, messageBody: Record<string, unknown>) {
    const interaction = buttonInteraction(this.applicationId, customId, messagePayload(messageBody));
    return { interaction, sentAt: this.gateway.dispatch('INTERACTION_CREATE', interaction) };
  }

  /** Requests to one interaction's callback and webhook routes, in order. */
  answersTo(interaction: { id: string; token: string }): RecordedRequest[] {
    return this.requests.filter(
      (r) =>
        r.path.startsWith(`/interactions/${interaction.id}/`) || r.path.includes(`/${interaction.token}`),
    );
  }

  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const at = performance.now();
    const url = new URL(req.url ?? '/', 'http://fake');
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const rawPath = url.pathname.replace(/^\/api\/v10/, '');
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path: decodeURIComponent(rawPath),
      rawPath,
      query: url.searchParams,
      body: text ? JSON.parse(text) : undefined,
      authorization: req.headers.authorization,
      at,
    };
    this.requests.push(request);
    for (const waiter of this.waiters)
      if (waiter.test(request)) {
        this.waiters.delete(waiter);
        waiter.resolve(request);
      }
    const reply = (status: number, body?: unknown, headers: Record<string, string> = {}) => {
      // Like Discord, a 204 has no body and so no content type (clients would try to parse it).
      res.writeHead(
        status,
        body === undefined ? headers : { 'content-type': 'application/json', ...headers },
      );
      res.end(body === undefined ? undefined : JSON.stringify(body));
    };

    const failure = this.failures.findIndex((f) => f.method === request.method && f.path.test(request.path));
    if (failure >= 0) {
      const [f] = this.failures.splice(failure, 1);
      if (f?.status === 429)
        return reply(
          429,
          { message: 'You are being rate limited.', retry_after: f.retryAfterSeconds ?? 0.05, global: false },
          { 'retry-after': String(f.retryAfterSeconds ?? 0.05), 'x-ratelimit-scope': 'user' },
        );
      return reply(f?.status ?? 500, { message: 'Injected failure', code: 0 });
    }
    const isWebhook = request.path.startsWith('/webhooks/');
    if (
      !isWebhook &&
      !request.path.startsWith('/interactions/') &&
      request.authorization !== `Bot ${this.token}`
    )
      return reply(401, { message: '401: Unauthorized', code: 0 });
    const { status, body } = this.route(request);
    reply(status, body);
  }

  private route(r: RecordedRequest): { status: number; body?: unknown } {
    const body = (r.body ?? {}) as Record<string, unknown>;
    const p = r.path;
    if (r.method === 'GET' && p === '/gateway/bot')
      return {
        status: 200,
        body: {
          url: this.wsUrl,
          shards: 1,
          session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 },
        },
      };
    if (r.method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(p))
      return r.query.get('with_response') === 'true'
        ? { status: 200, body: { interaction: { id: p.split('/')[2], type: 2 } } }
        : { status: 204 };
    if (/^\/webhooks\/\d+\/[^/]+\/messages\/(@original|\d+)$/.test(p))
      return r.method === 'DELETE' ? { status: 204 } : { status: 200, body: messagePayload(body) };
    if (r.method === 'POST' && /^\/webhooks\/\d+\/[^/]+$/.test(p))
      return { status: 200, body: messagePayload(body) };
    const channel = p.match(/^\/channels\/(\d+)\/messages$/);
    if (r.method === 'POST' && channel)
      return { status: 200, body: messagePayload(body, channel[1] ?? CHANNEL_ID) };
    const commands = p.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/);
    if (commands) {
      if (commands[1] !== this.applicationId)
        return { status: 404, body: { message: 'Unknown Application', code: 10002 } };
      const scope = commands[2] ?? 'global';
      if (r.method === 'GET') return { status: 200, body: this.commands.get(scope) ?? [] };
      if (r.method === 'PUT') {
        const stored = (r.body as Array<Record<string, unknown>>).map((c) => ({
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
          default_member_permissions: null,
          nsfw: false,
          ...(commands[2] ? { guild_id: commands[2] } : {}),
          ...c,
        }));
        this.commands.set(scope, stored);
        return { status: 200, body: stored };
      }
    }
    return { status: 404, body: { message: '404: Not Found', code: 0 } };
  }
}

export async function startFakeDiscord(options: FakeDiscordOptions = {}): Promise<FakeDiscord> {
  return new FakeDiscord(options).listen();
}
