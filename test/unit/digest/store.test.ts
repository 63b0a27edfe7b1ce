import { afterEach, describe, expect, it } from 'vitest';
import { DigestStore } from '../../../src/digest/store.js';
import { tempDir } from '../../support/digests.js';

const t0 = new Date('2026-05-01T08:00:00Z');
const dest = { platform: 'discord' as const, channelId: '123' };
const sub = {
  ...dest,
  schedule: 'daily 08:00',
  timezone: 'UTC',
  silentWhenEmpty: false,
  origin: 'chat' as const,
};

describe('the digest store', () => {
  const tmp = tempDir();
  const open: DigestStore[] = [];
  const store = () => {
    const s = new DigestStore(tmp.file);
    open.push(s);
    return s;
  };
  afterEach(() => {
    for (const s of open.splice(0)) s.close();
    tmp.remove();
  });

  it('creates its schema once and records the version', () => {
    const a = store();
    const b = store();
    const versions = b.db.prepare('SELECT version FROM schema_version').all();
    expect(versions).toEqual([{ version: 1 }]);
    expect(a.subscriptions()).toEqual([]);
  });

  it('keeps one subscription per channel; subscribing again replaces the schedule', () => {
    const s = store();
    const first = s.upsertSubscription(sub, t0);
    const again = s.upsertSubscription({ ...sub, schedule: 'weekdays 7:30' }, new Date(t0.getTime() + 1000));
    expect(again.id).toBe(first.id);
    expect(again.schedule).toBe('weekdays 7:30');
    expect(again.createdAt.getTime()).toBe(t0.getTime() + 1000);
    expect(s.subscriptions()).toHaveLength(1);
    expect(s.removeSubscription(dest)).toBe(true);
    expect(s.removeSubscription(dest)).toBe(false);
  });

  it('lets exactly one claim of a slot succeed, across two connections to the file', () => {
    const a = store();
    const b = store();
    const { id } = a.upsertSubscription(sub, t0);
    const slot = new Date('2026-05-02T08:00:00Z');
    expect(a.claim(id, slot, slot)).toBe(true);
    expect(b.claim(id, slot, slot)).toBe(false);
    expect(a.claim(id, slot, slot)).toBe(false);
    // An older slot can no longer be claimed once a later one is in the ledger.
    expect(b.claim(id, new Date('2026-05-01T08:00:00Z'), slot)).toBe(false);
    expect(b.ledgerEntry(id, slot)?.status).toBe('claimed');
  });

  it('marks a slot done and moves the watermark forward only', () => {
    const s = store();
    const { id } = s.upsertSubscription(sub, t0);
    const slot = new Date('2026-05-02T08:00:00Z');
    s.claim(id, slot, slot);
    s.markDone(id, slot, slot, { articles: 3, coveredUntil: slot });
    s.advanceWatermark(id, t0);
    expect(s.subscriptionById(id)?.lastDigestAt?.toISOString()).toBe(slot.toISOString());
    expect(s.ledgerEntry(id, slot)).toMatchObject({ status: 'done', articles: 3 });
  });

  it('expires claims left unconfirmed past their lease as failed, never back to claimable', () => {
    const s = store();
    const { id } = s.upsertSubscription(sub, t0);
    const slot = new Date('2026-05-02T08:00:00Z');
    s.claim(id, slot, slot);
    expect(s.expireStaleClaims(new Date(slot.getTime() - 1), slot, 'uncertain')).toEqual([]);
    const expired = s.expireStaleClaims(new Date(slot.getTime() + 1), slot, 'uncertain');
    expect(expired.map((e) => e.status)).toEqual(['failed']);
    expect(s.claim(id, slot, slot)).toBe(false);
  });

  it('remembers when an article version was first seen', () => {
    const s = store();
    const first = s.firstSeen([{ id: 'a', hash: 'h1' }], t0);
    const later = s.firstSeen(
      [
        { id: 'a', hash: 'h1' },
        { id: 'a', hash: 'h2' },
      ],
      new Date(t0.getTime() + 5000),
    );
    expect([...first.values()]).toEqual([t0.getTime()]);
    expect([...later.values()]).toEqual([t0.getTime(), t0.getTime() + 5000]);
  });
});
