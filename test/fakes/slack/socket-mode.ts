import { randomUUID } from 'node:crypto';
import { type WebSocket, WebSocketServer } from 'ws';

/** What the bot sent back for an envelope. */
export interface Ack {
  envelope_id: string;
  payload?: Record<string, unknown>;
}

/**
 * Slack's Socket Mode side: says hello to each connection, delivers envelopes and collects the acks
 * ({envelope_id, payload}) the bot must send for each.
 */
export class FakeSocketMode {
  readonly server = new WebSocketServer({ noServer: true });
  private readonly sockets = new Set<WebSocket>();
  private readonly waiting = new Map<string, (ack: Ack) => void>();
  readonly acks: Ack[] = [];

  /** `onChange` is called when a bot connects or acks, so waiters can re-check. */
  constructor(private readonly onChange: () => void = () => {}) {
    this.server.on('connection', (socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('message', (data) => {
        const ack = JSON.parse(String(data)) as Ack;
        this.acks.push(ack);
        this.waiting.get(ack.envelope_id)?.(ack);
        this.waiting.delete(ack.envelope_id);
        this.onChange();
      });
      setImmediate(() => this.onChange());
      socket.send(
        JSON.stringify({
          type: 'hello',
          num_connections: 1,
          debug_info: { host: 'fake', approximate_connection_time: 3600 },
          connection_info: { app_id: 'AFAKE' },
        }),
      );
    });
  }

  get connected(): number {
    return this.sockets.size;
  }

  /** Deliver an envelope to every connected bot; resolves with the bot's ack. */
  deliver(
    type: 'events_api' | 'slash_commands' | 'interactive',
    payload: Record<string, unknown>,
  ): Promise<Ack> {
    const envelope_id = randomUUID();
    const acked = new Promise<Ack>((resolve) => this.waiting.set(envelope_id, resolve));
    const envelope = {
      envelope_id,
      type,
      payload,
      accepts_response_payload: type !== 'events_api',
      retry_attempt: 0,
      retry_reason: '',
    };
    for (const socket of this.sockets) socket.send(JSON.stringify(envelope));
    return acked;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.terminate();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
