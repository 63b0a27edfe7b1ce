import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { FakeSocketMode } from './socket-mode.js';
import {
  type ApiCall,
  answerMethod,
  type FakeMember,
  parseArgs,
  type ResponseUrlCall,
  readBody,
} from './web-api.js';

export type { Ack } from './socket-mode.js';
export type { ApiCall, FakeMember, ResponseUrlCall } from './web-api.js';
export { BOT_ID, BOT_USER_ID, TEAM_ID } from './web-api.js';

/**
 * A small Slack on 127.0.0.1: the Web API under /api/<method>, response_urls under /respond/<id>, and
 * the Socket Mode WebSocket at /link. Every call is recorded for assertions.
 */
export class FakeSlack {
  readonly calls: ApiCall[] = [];
  readonly responses: ResponseUrlCall[] = [];
  /** Workspace members users.info knows, with their admin/owner flags (others are user_not_found). */
  readonly members = new Map<string, FakeMember>();
  /** Web API methods that fail with this Slack error code, e.g. `failures.set('users.info', 'missing_scope')`. */
  readonly failures = new Map<string, string>();
  private readonly events = new EventEmitter();
  readonly socket = new FakeSocketMode(() => this.events.emit('change'));
  private readonly http: Server;
  private ts = 1_700_000_000;

  constructor() {
    this.http = createServer(async (req, res) => {
      const body = await readBody(req);
      const url = new URL(req.url ?? '/', 'http://fake');
      const respond = /^\/respond\/([\w-]+)$/.exec(url.pathname);
      if (respond?.[1]) {
        this.responses.push({ id: respond[1], body: JSON.parse(body) as Record<string, unknown> });
        this.events.emit('change');
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
        return;
      }
      const method = /^\/api\/([\w.]+)$/.exec(url.pathname)?.[1];
      if (!method) {
        res.writeHead(404).end();
        return;
      }
      const args = parseArgs(req.headers['content-type'], body);
      const token = req.headers.authorization?.replace(/^Bearer /, '') ?? (args.token as string | undefined);
      this.calls.push({ method, token, args });
      this.events.emit('change');
      const answer = answerMethod(method, args, {
        socketUrl: `ws://127.0.0.1:${this.port}/link`,
        nextTs: () => `${this.ts++}.000100`,
        members: this.members,
        failures: this.failures,
      });
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(answer));
    });
    this.http.on('upgrade', (req, socket, head) => {
      this.socket.server.handleUpgrade(req, socket, head, (ws) =>
        this.socket.server.emit('connection', ws, req),
      );
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.http.listen(0, '127.0.0.1', resolve));
    return this;
  }

  get port(): number {
    return (this.http.address() as AddressInfo).port;
  }

  /** The Web API base URL to give the bot as SLACK_API_URL. */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api/`;
  }

  responseUrl(id: string): string {
    return `http://127.0.0.1:${this.port}/respond/${id}`;
  }

  callsTo(method: string): ApiCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Resolves once `check` holds over the recorded calls (re-checked on each new call), or rejects. */
  waitFor<T>(check: () => T | undefined | false, timeoutMs = 5000): Promise<T> {
    return new Promise((resolve, reject) => {
      const test = () => {
        const value = check();
        if (value) {
          done();
          resolve(value);
        }
      };
      const timer = setTimeout(() => {
        done();
        reject(new Error('FakeSlack.waitFor: timed out'));
      }, timeoutMs);
      const done = () => {
        clearTimeout(timer);
        this.events.off('change', test);
      };
      this.events.on('change', test);
      test();
    });
  }

  async stop(): Promise<void> {
    await this.socket.close();
    this.http.closeAllConnections();
    await new Promise<void>((resolve) => this.http.close(() => resolve()));
  }
}
