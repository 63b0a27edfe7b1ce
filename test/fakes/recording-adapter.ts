import type { Adapter } from '../../src/adapters/types.js';
import type { Reply } from '../../src/reply/model.js';

export interface RecordedPost {
  adapter: string;
  channelId: string;
  reply: Reply;
}

/**
 * An Adapter that records what it is asked to post (a stand-in platform for scheduler tests). It can be
 * told to fail its next posts, as a platform that is down would.
 */
export class RecordingAdapter implements Adapter {
  failuresLeft = 0;
  failure = 'platform unavailable (503)';
  /** When set, post() never settles: a process killed in the middle of a post. */
  hang = false;

  constructor(
    readonly name: Adapter['name'],
    readonly posts: RecordedPost[] = [],
  ) {}

  async start(): Promise<void> {}
  async stop(): Promise<void> {}

  async post(channelId: string, reply: Reply): Promise<void> {
    if (this.hang) return new Promise(() => {});
    if (this.failuresLeft > 0) {
      this.failuresLeft--;
      throw new Error(this.failure);
    }
    this.posts.push({ adapter: this.name, channelId, reply });
  }
}
