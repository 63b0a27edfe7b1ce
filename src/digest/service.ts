import type { Clock } from '../clock.js';
import type { ComposedDigest, DigestComposer } from './composer.js';
import { parseSubscriptionText } from './request.js';
import { parseSchedule, type Schedule } from './schedule.js';
import type { DigestScheduler } from './scheduler.js';
import { ScheduleSlots } from './slots.js';
import type { DigestStore } from './store.js';
import { canonicalTimezone } from './timezone.js';
import type { Destination, LedgerEntry, Subscription } from './types.js';

export interface SubscriptionView {
  subscription: Subscription;
  schedule: Schedule;
  next: Date[];
  recent: LedgerEntry[];
}

export interface DigestServiceOptions {
  store: DigestStore;
  composer: DigestComposer;
  clock: Clock;
  defaultTimezone: string;
}

/**
 * What /digest asks of the digest system: manage a channel's subscription, preview its next digest or
 * post one now. Input errors (ScheduleError, TimezoneError) are thrown with messages meant for users.
 */
export class DigestService {
  private scheduler: DigestScheduler | undefined;

  constructor(private readonly o: DigestServiceOptions) {}

  /** Once the scheduler runs, subscription changes re-plan it. */
  attach(scheduler: DigestScheduler | undefined): void {
    this.scheduler = scheduler;
  }

  /** True when some digest is scheduled, so the bot should keep running when its terminal input ends. */
  keepsRunning(): boolean {
    return this.scheduler !== undefined && this.scheduler.size > 0;
  }

  private view(subscription: Subscription, recent = 3): SubscriptionView {
    const schedule = parseSchedule(subscription.schedule);
    const next = ScheduleSlots.of(schedule, subscription.timezone).upcoming(this.o.clock.now(), 3);
    return { subscription, schedule, next, recent: this.o.store.ledger(subscription.id, recent) };
  }

  subscribe(
    destination: Destination,
    scheduleText: string,
    timezone?: string,
  ): SubscriptionView & { replaced: boolean } {
    const request = parseSubscriptionText(scheduleText);
    const schedule = parseSchedule(request.schedule);
    const silent = request.silent;
    const zone = canonicalTimezone(timezone?.trim() || request.timezone || this.o.defaultTimezone);
    const replaced = this.o.store.subscription(destination) !== undefined;
    const subscription = this.o.store.upsertSubscription(
      { ...destination, schedule: schedule.text, timezone: zone, silentWhenEmpty: silent, origin: 'chat' },
      this.o.clock.now(),
    );
    this.scheduler?.refresh(subscription.id);
    return { ...this.view(subscription), replaced };
  }

  unsubscribe(destination: Destination): boolean {
    const existing = this.o.store.subscription(destination);
    if (!existing) return false;
    this.o.store.removeSubscription(destination);
    this.scheduler?.refresh(existing.id);
    return true;
  }

  /** The channel's subscription, or every subscription when no destination is given (the operator). */
  list(destination?: Destination): SubscriptionView[] {
    const subs = destination
      ? [this.o.store.subscription(destination)].filter((s) => s !== undefined)
      : this.o.store.subscriptions();
    return subs.map((s) => this.view(s));
  }

  /** The digest the channel would get now, without recording anything. */
  async preview(destination: Destination): Promise<ComposedDigest & { subscription?: Subscription }> {
    const subscription = this.o.store.subscription(destination);
    const digest = await this.compose(subscription);
    return { ...digest, subscription };
  }

  /** A digest now, outside the schedule: recorded as seen so the next scheduled one does not repeat it. */
  async now(destination: Destination): Promise<ComposedDigest & { subscription?: Subscription }> {
    const subscription = this.o.store.subscription(destination);
    const digest = await this.compose(subscription);
    if (subscription) this.o.store.advanceWatermark(subscription.id, digest.coveredUntil);
    return { ...digest, subscription };
  }

  private compose(subscription: Subscription | undefined): Promise<ComposedDigest> {
    return this.o.composer.compose(
      {
        lastDigestAt: subscription?.lastDigestAt ?? null,
        timezone: subscription?.timezone ?? this.o.defaultTimezone,
        scheduleDescription: subscription && parseSchedule(subscription.schedule).description,
      },
      this.o.clock.now(),
    );
  }
}
