import { mkdirSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrations.js';
import type { Destination, LedgerEntry, LedgerStatus, Platform, Subscription } from './types.js';

interface SubscriptionRow {
  id: number;
  platform: Platform;
  channel_id: string;
  schedule: string;
  timezone: string;
  silent_when_empty: number;
  origin: 'chat' | 'config';
  created_at: number;
  last_digest_at: number | null;
}

interface LedgerRow {
  subscription_id: number;
  slot: number;
  status: LedgerStatus;
  attempts: number;
  reason: string | null;
  claimed_at: number;
  updated_at: number;
  articles: number | null;
}

export interface NewSubscription extends Destination {
  schedule: string;
  timezone: string;
  silentWhenEmpty: boolean;
  origin: 'chat' | 'config';
}

const toSubscription = (r: SubscriptionRow): Subscription => ({
  id: r.id,
  platform: r.platform,
  channelId: r.channel_id,
  schedule: r.schedule,
  timezone: r.timezone,
  silentWhenEmpty: r.silent_when_empty === 1,
  origin: r.origin,
  createdAt: new Date(r.created_at),
  lastDigestAt: r.last_digest_at === null ? null : new Date(r.last_digest_at),
});

const toLedgerEntry = (r: LedgerRow): LedgerEntry => ({
  subscriptionId: r.subscription_id,
  slot: new Date(r.slot),
  status: r.status,
  attempts: r.attempts,
  reason: r.reason,
  claimedAt: new Date(r.claimed_at),
  updatedAt: new Date(r.updated_at),
  articles: r.articles,
});

/**
 * Subscriptions and the ledger of digest posts, in SQLite (WAL, so several processes can share the file).
 * The ledger's primary key (subscription, slot) is what makes a post happen at most once.
 */
export class DigestStore {
  readonly db: Database.Database;

  constructor(file: string) {
    if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
    this.db = new Database(file);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('foreign_keys = ON');
    migrate(this.db);
  }

  private readonly statements = new Map<string, Database.Statement>();

  /** Prepared once per SQL text: preparing is a large share of a small query's cost. */
  private sql(text: string): Database.Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      statement = this.db.prepare(text);
      this.statements.set(text, statement);
    }
    return statement;
  }

  static inDataDir(dataDir: string): DigestStore {
    return new DigestStore(path.join(dataDir, 'digests.sqlite'));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }

  /** Create the channel's subscription, or replace its schedule (keeping what it has already seen). */
  upsertSubscription(s: NewSubscription, now: Date): Subscription {
    const row = this.sql(
      `INSERT INTO subscriptions (platform, channel_id, schedule, timezone, silent_when_empty, origin, created_at)
         VALUES (@platform, @channelId, @schedule, @timezone, @silent, @origin, @now)
         ON CONFLICT (platform, channel_id) DO UPDATE SET
           schedule = excluded.schedule, timezone = excluded.timezone,
           silent_when_empty = excluded.silent_when_empty, origin = excluded.origin,
           created_at = CASE WHEN schedule = excluded.schedule AND timezone = excluded.timezone
                             THEN created_at ELSE excluded.created_at END
         RETURNING *`,
    ).get({ ...s, silent: s.silentWhenEmpty ? 1 : 0, now: now.getTime() }) as SubscriptionRow;
    return toSubscription(row);
  }

  removeSubscription(d: Destination): boolean {
    return (
      this.sql('DELETE FROM subscriptions WHERE platform = ? AND channel_id = ?').run(d.platform, d.channelId)
        .changes > 0
    );
  }

  /** Drop subscriptions that came from configuration, except the one it names now. */
  removeConfigSubscriptionsExcept(keep: Destination | undefined): number {
    return this.sql(
      `DELETE FROM subscriptions WHERE origin = 'config' AND NOT (platform IS ? AND channel_id IS ?)`,
    ).run(keep?.platform ?? null, keep?.channelId ?? null).changes;
  }

  subscription(d: Destination): Subscription | undefined {
    const row = this.sql('SELECT * FROM subscriptions WHERE platform = ? AND channel_id = ?').get(
      d.platform,
      d.channelId,
    ) as SubscriptionRow | undefined;
    return row && toSubscription(row);
  }

  subscriptionById(id: number): Subscription | undefined {
    const row = this.sql('SELECT * FROM subscriptions WHERE id = ?').get(id) as SubscriptionRow | undefined;
    return row && toSubscription(row);
  }

  subscriptions(): Subscription[] {
    return (this.sql('SELECT * FROM subscriptions ORDER BY id').all() as SubscriptionRow[]).map(
      toSubscription,
    );
  }

  /**
   * Claim a slot before posting it. False when the slot (or a later one) is already in the ledger, or the
   * subscription is gone. IMMEDIATE takes the write lock first, so two processes cannot both pass the check.
   */
  claim(subscriptionId: number, slot: Date, now: Date): boolean {
    const run = this.db.transaction(() => {
      const latest = this.sql('SELECT max(slot) AS slot FROM ledger WHERE subscription_id = ?').get(
        subscriptionId,
      ) as { slot: number | null };
      if (latest.slot !== null && latest.slot >= slot.getTime()) return false;
      const inserted = this.sql(
        `INSERT INTO ledger (subscription_id, slot, status, attempts, claimed_at, updated_at)
           SELECT id, ?, 'claimed', 0, ?, ? FROM subscriptions WHERE id = ?
           ON CONFLICT DO NOTHING`,
      ).run(slot.getTime(), now.getTime(), now.getTime(), subscriptionId);
      return inserted.changes === 1;
    });
    return run.immediate();
  }

  /** Count an attempt to post a claimed slot (also refreshes its lease). */
  recordAttempt(subscriptionId: number, slot: Date, now: Date, reason: string | null = null): void {
    this.sql(
      `UPDATE ledger SET attempts = attempts + 1, updated_at = ?, reason = coalesce(?, reason)
         WHERE subscription_id = ? AND slot = ? AND status = 'claimed'`,
    ).run(now.getTime(), reason, subscriptionId, slot.getTime());
  }

  /** The post went out (or there was nothing to post): close the slot and move the watermark. */
  markDone(
    subscriptionId: number,
    slot: Date,
    now: Date,
    result: { articles: number; coveredUntil: Date; reason?: string },
  ): void {
    this.db.transaction(() => {
      this.sql(
        `UPDATE ledger SET status = 'done', updated_at = ?, articles = ?, reason = ?
           WHERE subscription_id = ? AND slot = ?`,
      ).run(now.getTime(), result.articles, result.reason ?? null, subscriptionId, slot.getTime());
      this.advanceWatermark(subscriptionId, result.coveredUntil);
    })();
  }

  markFailed(subscriptionId: number, slot: Date, now: Date, reason: string): void {
    this.sql(
      `UPDATE ledger SET status = 'failed', updated_at = ?, reason = ? WHERE subscription_id = ? AND slot = ?`,
    ).run(now.getTime(), reason, subscriptionId, slot.getTime());
  }

  /** Articles up to this instant have been briefed to the subscription. Never moves backwards. */
  advanceWatermark(subscriptionId: number, coveredUntil: Date): void {
    this.sql(
      `UPDATE subscriptions SET last_digest_at = max(coalesce(last_digest_at, 0), ?) WHERE id = ?`,
    ).run(coveredUntil.getTime(), subscriptionId);
  }

  /**
   * Claims whose owner stopped confirming (crashed or killed between claim and post): we cannot know
   * whether the post went out, so they become failed with an "uncertain" reason and are never re-posted.
   */
  expireStaleClaims(updatedBefore: Date, now: Date, reason: string): LedgerEntry[] {
    const rows = this.sql(
      `UPDATE ledger SET status = 'failed', reason = ?, updated_at = ?
         WHERE status = 'claimed' AND updated_at < ? RETURNING *`,
    ).all(reason, now.getTime(), updatedBefore.getTime()) as LedgerRow[];
    return rows.map(toLedgerEntry);
  }

  ledgerEntry(subscriptionId: number, slot: Date): LedgerEntry | undefined {
    const row = this.sql('SELECT * FROM ledger WHERE subscription_id = ? AND slot = ?').get(
      subscriptionId,
      slot.getTime(),
    ) as LedgerRow | undefined;
    return row && toLedgerEntry(row);
  }

  /** The subscription's ledger, newest slot first. */
  ledger(subscriptionId: number, limit = 20): LedgerEntry[] {
    return (
      this.sql('SELECT * FROM ledger WHERE subscription_id = ? ORDER BY slot DESC LIMIT ?').all(
        subscriptionId,
        limit,
      ) as LedgerRow[]
    ).map(toLedgerEntry);
  }

  latestSlot(subscriptionId: number): Date | undefined {
    const row = this.sql('SELECT max(slot) AS slot FROM ledger WHERE subscription_id = ?').get(
      subscriptionId,
    ) as { slot: number | null };
    return row.slot === null ? undefined : new Date(row.slot);
  }

  /**
   * When each article version was first seen (recording `now` for versions never seen before). This
   * survives restarts, so a library reloaded at start-up does not make every article look "changed".
   */
  firstSeen(versions: ReadonlyArray<{ id: string; hash: string }>, now: Date): Map<string, number> {
    const insert = this.sql(
      'INSERT INTO article_versions (article_id, hash, first_seen) VALUES (?, ?, ?) ON CONFLICT DO NOTHING',
    );
    const select = this.sql('SELECT first_seen FROM article_versions WHERE article_id = ? AND hash = ?');
    const result = new Map<string, number>();
    this.db.transaction(() => {
      for (const v of versions) {
        insert.run(v.id, v.hash, now.getTime());
        const row = select.get(v.id, v.hash) as { first_seen: number };
        result.set(`${v.id}\u0000${v.hash}`, row.first_seen);
      }
    })();
    return result;
  }
}

export const versionKey = (id: string, hash: string) => `${id}\u0000${hash}`;
