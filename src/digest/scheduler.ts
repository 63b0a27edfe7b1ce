import type { Clock } from '../clock.js';
import type { Logger } from '../logger.js';
import type { Reply } from '../reply/model.js';
import type { DigestComposer } from './composer.js';
import { DEFAULT_RETRY, errorText, postWithRetry, type RetryPolicy, type Wait } from './deliver.js';
import { parseSchedule } from './schedule.js';
import { ScheduleSlots } from './slots.js';
import type { DigestStore } from './store.js';
import type { Platform, Subscription } from './types.js';

/** What the scheduler needs from an adapter: Adapter.post. */
export interface Poster {
  post(channelId: string, reply: Reply): Promise<void>;
}

export interface SchedulerOptions {
  store: DigestStore;
  composer: DigestComposer;
  clock: Clock;
  logger: Logger;
  adapters: ReadonlyMap<Platform, Poster>;
  /** After downtime, the latest missed slot is posted (once) if it is at most this late. */
  catchupWindowMs: number;
  retry?: RetryPolicy;
  /** Sleeps between retries; tests inject one that returns at once. */
  wait?: Wait;
  /** A claim not confirmed for this long belongs to a run that died (longer than all retries take). */
  claimLeaseMs?: number;
  /** Digests posted at the same time, at most. */
  concurrency?: number;
}

export type SlotOutcome = 'posted' | 'silent' | 'failed' | 'taken' | 'missed';
export type TickReport = Record<SlotOutcome, number>;

interface Plan {
  sub: Subscription;
  slots: ScheduleSlots;
  description: string;
  /** The slot instant at which this subscription next needs attention. */
  dueAt: number;
}

/** Even a window of 0 must let the once-a-second tick post a slot a moment after it. */
const MIN_LATENESS_MS = 60_000;
export const UNCERTAIN_REASON =
  'uncertain: the bot stopped between claiming this digest and confirming its post; not re-posted, to avoid posting it twice';

/**
 * Decides which subscription is due and posts its digest exactly once. Each slot is claimed in the
 * ledger (a unique row, in an IMMEDIATE transaction) before anything is posted, so a second tick, a
 * second process or a restart cannot post it again. Only the latest slot is ever posted: missed runs
 * never come as a burst.
 */
export class DigestScheduler {
  private readonly plans = new Map<number, Plan>();
  private readonly abort = new AbortController();
  private readonly inFlight = new Set<Promise<unknown>>();
  private readonly retry: RetryPolicy;
  private readonly wait: Wait;
  private readonly leaseMs: number;

  constructor(private readonly o: SchedulerOptions) {
    this.retry = o.retry ?? DEFAULT_RETRY;
    this.wait = o.wait ?? ((ms) => abortableSleep(ms, this.abort.signal));
    const retryTime = this.retry.baseDelayMs * (this.retry.factor ** this.retry.attempts - 1);
    this.leaseMs = o.claimLeaseMs ?? Math.max(10 * 60_000, 2 * retryTime);
  }

  get size(): number {
    return this.plans.size;
  }

  /** (Re)load every subscription from the store and plan its next slot. */
  load(): void {
    const now = this.o.clock.now();
    this.expireStaleClaims(now);
    this.plans.clear();
    for (const sub of this.o.store.subscriptions()) this.planFor(sub, now);
  }

  /** Re-plan one subscription after it was created, changed or removed. */
  refresh(subscriptionId: number): void {
    const sub = this.o.store.subscriptionById(subscriptionId);
    this.plans.delete(subscriptionId);
    if (sub) this.planFor(sub, this.o.clock.now());
  }

  /** When the subscription's next digest is due (a past instant means a catch-up is pending). */
  dueAt(subscriptionId: number): Date | undefined {
    const plan = this.plans.get(subscriptionId);
    return plan && new Date(plan.dueAt);
  }

  private planFor(sub: Subscription, now: Date): void {
    let slots: ScheduleSlots;
    try {
      slots = ScheduleSlots.of(parseSchedule(sub.schedule), sub.timezone);
    } catch (error) {
      this.o.logger.error({ err: error, subscription: sub.id }, 'stored digest schedule no longer parses');
      return;
    }
    const latest = slots.latestAtOrBefore(now).getTime();
    const handled = this.o.store.latestSlot(sub.id)?.getTime() ?? Number.NEGATIVE_INFINITY;
    const catchUp = this.eligible(sub, latest, now) && latest > handled;
    this.plans.set(sub.id, {
      sub,
      slots,
      description: slots.schedule.description,
      dueAt: catchUp ? latest : slots.next(now).getTime(),
    });
  }

  private eligible(sub: Subscription, slot: number, now: Date): boolean {
    const lateness = now.getTime() - slot;
    return slot > sub.createdAt.getTime() && lateness <= Math.max(this.o.catchupWindowMs, MIN_LATENESS_MS);
  }

  private expireStaleClaims(now: Date): void {
    const expired = this.o.store.expireStaleClaims(
      new Date(now.getTime() - this.leaseMs),
      now,
      UNCERTAIN_REASON,
    );
    for (const e of expired)
      this.o.logger.warn(
        { subscription: e.subscriptionId, slot: e.slot.toISOString(), attempts: e.attempts },
        'digest claim left unconfirmed by a stopped run; marked failed (not re-posted)',
      );
  }

  /** One pass: post every subscription whose slot has come. Safe to call concurrently. */
  async tick(): Promise<TickReport> {
    const report: TickReport = { posted: 0, silent: 0, failed: 0, taken: 0, missed: 0 };
    if (this.abort.signal.aborted) return report;
    const now = this.o.clock.now();
    this.expireStaleClaims(now);
    const due: Array<{ plan: Plan; slot: Date }> = [];
    for (const plan of this.plans.values()) {
      if (plan.dueAt > now.getTime()) continue;
      // Take the latest slot only, and move on before any await so an overlapping tick skips it.
      const slot = plan.slots.latestAtOrBefore(now);
      plan.dueAt = plan.slots.next(now).getTime();
      if (!this.eligible(plan.sub, slot.getTime(), now)) {
        report.missed++;
        this.o.logger.info({ subscription: plan.sub.id, slot: slot.toISOString() }, 'digest slot missed');
        continue;
      }
      due.push({ plan, slot });
    }
    const run = forEachLimit(due, this.o.concurrency ?? 8, async ({ plan, slot }) => {
      report[await this.deliver(plan, slot)]++;
    });
    this.inFlight.add(run);
    try {
      await run;
    } finally {
      this.inFlight.delete(run);
    }
    return report;
  }

  /** Claim, compose, post (with retries), and record the outcome for one slot. */
  async deliver(plan: Plan, slot: Date): Promise<SlotOutcome> {
    const { store, clock, logger } = this.o;
    const id = plan.sub.id;
    if (!store.claim(id, slot, clock.now())) return 'taken';
    const log = logger.child({ subscription: id, platform: plan.sub.platform, slot: slot.toISOString() });
    const sub = store.subscriptionById(id);
    if (!sub) return 'missed'; // unsubscribed just now; its ledger rows went with it
    try {
      const digest = await this.o.composer.compose(
        { lastDigestAt: sub.lastDigestAt, timezone: sub.timezone, scheduleDescription: plan.description },
        clock.now(),
      );
      if (digest.articles === 0 && sub.silentWhenEmpty) {
        store.markDone(id, slot, clock.now(), { ...digest, reason: 'nothing new (silent)' });
        return 'silent';
      }
      const adapter = this.o.adapters.get(sub.platform);
      if (!adapter) {
        store.markFailed(id, slot, clock.now(), `no ${sub.platform} adapter is running`);
        log.error('digest not posted: its platform is not running');
        return 'failed';
      }
      const result = await postWithRetry(
        () => adapter.post(sub.channelId, digest.reply),
        this.retry,
        this.wait,
        (attempt) => {
          if (attempt > 1) log.warn({ attempt }, 'retrying digest post');
          store.recordAttempt(id, slot, clock.now());
        },
        () => this.abort.signal.aborted,
      );
      if (result.ok) {
        store.markDone(id, slot, clock.now(), digest);
        log.info({ articles: digest.articles, attempts: result.attempts }, 'digest posted');
        return 'posted';
      }
      store.markFailed(id, slot, clock.now(), result.reason);
      log.error({ reason: result.reason, attempts: result.attempts }, 'digest post failed');
      return 'failed';
    } catch (error) {
      store.markFailed(id, slot, clock.now(), errorText(error));
      log.error({ err: error }, 'digest failed');
      return 'failed';
    }
  }

  /** Stop ticking; cut retry waits short and give posts in flight a moment to finish. */
  async stop(graceMs = 10_000): Promise<void> {
    this.abort.abort();
    let timer: NodeJS.Timeout | undefined;
    const grace = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, graceMs);
      timer.unref();
    });
    await Promise.race([Promise.allSettled([...this.inFlight]), grace]);
    clearTimeout(timer);
  }
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

async function forEachLimit<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}
