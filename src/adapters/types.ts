import type { Reply } from '../reply/model.js';

/**
 * What every platform adapter offers the core (after Hubot's Adapter): a small class with a few async
 * methods. Input handling (parsing, running commands, rendering) lives inside each adapter.
 */
export interface Adapter {
  readonly name: 'terminal' | 'discord' | 'slack';
  /** Connect and start taking commands; resolves when ready. */
  start(): Promise<void>;
  /** Stop taking new input, finish what is in flight, disconnect. */
  stop(): Promise<void>;
  /** Post a reply to a channel unprompted (scheduled digests). */
  post(channelId: string, reply: Reply): Promise<void>;
}
