import type { Server } from 'node:http';
import { performance } from 'node:perf_hooks';
import { type WebSocket, WebSocketServer } from 'ws';
import { guildCreate, ready } from './payloads.js';

interface Session {
  socket: WebSocket;
  identified: boolean;
}

export interface GatewayOptions {
  token: string;
  applicationId: string;
  guildIds: readonly string[];
  heartbeatIntervalMs: number;
  url: () => string;
}

/**
 * The gateway half of the fake: HELLO, IDENTIFY -> READY (+ GUILD_CREATE per guild), heartbeat ACKs,
 * RESUME -> RESUMED, and DISPATCH events sent on demand. JSON encoding, no compression.
 */
export class FakeGateway {
  private readonly wss: WebSocketServer;
  private readonly sessions = new Set<Session>();
  private seq = 0;
  /** Every dispatch sent, so a RESUME can replay what the client missed (as Discord does). */
  private readonly history: Array<{ s: number; t: string; d: unknown }> = [];
  heartbeats = 0;
  resumes = 0;
  identifies: unknown[] = [];

  constructor(
    server: Server,
    private readonly options: GatewayOptions,
  ) {
    this.wss = new WebSocketServer({ server });
    this.wss.on('connection', (socket) => this.accept(socket));
  }

  private send(socket: WebSocket, payload: { op: number; d: unknown; t?: string | null; s?: number | null }) {
    socket.send(JSON.stringify({ t: null, s: null, ...payload }));
  }

  private accept(socket: WebSocket) {
    const session: Session = { socket, identified: false };
    this.sessions.add(session);
    socket.on('close', () => this.sessions.delete(session));
    socket.on('message', (raw) => this.receive(session, raw.toString()));
    this.send(socket, { op: 10, d: { heartbeat_interval: this.options.heartbeatIntervalMs } });
  }

  private receive(session: Session, raw: string) {
    const packet = JSON.parse(raw) as { op: number; d: Record<string, unknown> | null };
    switch (packet.op) {
      case 1:
        this.heartbeats++;
        this.send(session.socket, { op: 11, d: null });
        break;
      case 2: {
        this.identifies.push(packet.d);
        if (packet.d?.token !== this.options.token) {
          session.socket.close(4004, 'Authentication failed.');
          return;
        }
        session.identified = true;
        const { applicationId, guildIds } = this.options;
        this.dispatchTo(session, 'READY', ready(applicationId, guildIds, this.options.url()));
        for (const id of guildIds) this.dispatchTo(session, 'GUILD_CREATE', guildCreate(id));
        break;
      }
      case 6: {
        this.resumes++;
        session.identified = true;
        const since = Number(packet.d?.seq ?? 0);
        for (const event of this.history.filter((e) => e.s > since))
          this.send(session.socket, { op: 0, t: event.t, s: event.s, d: event.d });
        this.dispatchTo(session, 'RESUMED', {});
        break;
      }
    }
  }

  /** A DISPATCH packet with the next sequence number, kept for replay. */
  private record(t: string, d: unknown) {
    const event = { s: ++this.seq, t, d };
    this.history.push(event);
    return { op: 0, ...event };
  }

  private dispatchTo(session: Session, t: string, d: unknown) {
    this.send(session.socket, this.record(t, d));
  }

  /** Send a DISPATCH event to every identified session; returns when it was sent (performance.now()). */
  dispatch(t: string, d: unknown): number {
    const sessions = [...this.sessions].filter((s) => s.identified);
    if (!sessions.length) throw new Error('fake gateway: no identified session to dispatch to');
    const sentAt = performance.now();
    const packet = this.record(t, d);
    for (const session of sessions) this.send(session.socket, packet);
    return sentAt;
  }

  /** Close every connection as Discord does on a server-side hiccup (4000: unknown error, resumable). */
  drop(code = 4000): void {
    for (const session of this.sessions) session.socket.close(code, 'Unknown error');
  }

  get connections(): number {
    return this.sessions.size;
  }

  async close(): Promise<void> {
    for (const session of this.sessions) session.socket.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
  }
}
