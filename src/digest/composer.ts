import type { Library, LibraryEntry } from '../articles/library.js';
import type { Reply } from '../reply/model.js';
import type { SummaryWriter } from './brief.js';
import { composeDigest } from './compose.js';
import { selectNew } from './select.js';
import type { DigestStore } from './store.js';
import { versionKey } from './store.js';

export interface ComposedDigest {
  reply: Reply;
  articles: number;
  /** Articles touched up to here are covered: the next digest starts after it. */
  coveredUntil: Date;
}

export interface DigestTarget {
  lastDigestAt: Date | null;
  timezone: string;
  scheduleDescription?: string;
}

/**
 * Composes the digest for one subscription from the live library. Shared by the scheduler and the
 * /digest command; keeps the library's newest-first list and the first-seen times between calls.
 */
export class DigestComposer {
  private entries: LibraryEntry[] | undefined;
  private readonly seen = new Map<string, number>();
  private readonly unsubscribe: () => void;

  constructor(
    private readonly library: Library,
    private readonly store: DigestStore,
    private readonly summarize: SummaryWriter,
    private readonly lookbackMs: number,
  ) {
    this.unsubscribe = library.onChange(() => {
      this.entries = undefined;
    });
  }

  close(): void {
    this.unsubscribe();
  }

  private current(now: Date): LibraryEntry[] {
    if (!this.entries) {
      this.entries = this.library.list();
      const unseen = this.entries
        .map((e) => ({ id: e.article.id, hash: e.article.hash }))
        .filter((v) => !this.seen.has(versionKey(v.id, v.hash)));
      if (unseen.length) for (const [k, t] of this.store.firstSeen(unseen, now)) this.seen.set(k, t);
    }
    return this.entries;
  }

  async compose(target: DigestTarget, now: Date): Promise<ComposedDigest> {
    const lookbackStart = new Date(now.getTime() - this.lookbackMs);
    const fresh = selectNew(this.current(now), {
      since: target.lastDigestAt,
      lookbackStart,
      firstSeen: (e) => this.seen.get(versionKey(e.article.id, e.article.hash)) ?? now.getTime(),
    });
    const reply = await composeDigest(fresh, this.summarize, {
      since: target.lastDigestAt,
      lookbackStart,
      timeZone: target.timezone,
      scheduleDescription: target.scheduleDescription,
    });
    return { reply, articles: fresh.length, coveredUntil: now };
  }
}
