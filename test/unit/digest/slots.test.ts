import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseSchedule } from '../../../src/digest/schedule.js';
import { ScheduleSlots } from '../../../src/digest/slots.js';

const iso = (dates: Date[]) => dates.map((d) => d.toISOString());

describe('schedule slots in a time zone', () => {
  it('keeps 08:00 at 08:00 local across the March change in Europe/London', () => {
    const slots = new ScheduleSlots(parseSchedule('daily 08:00'), 'Europe/London');
    expect(iso(slots.upcoming(new Date('2026-03-27T12:00:00Z'), 3))).toEqual([
      '2026-03-28T08:00:00.000Z', // GMT
      '2026-03-29T07:00:00.000Z', // BST from 01:00 UTC that morning
      '2026-03-30T07:00:00.000Z',
    ]);
  });

  it('keeps 08:00 at 08:00 local across the October change', () => {
    const slots = new ScheduleSlots(parseSchedule('daily 08:00'), 'Europe/London');
    expect(iso(slots.upcoming(new Date('2026-10-24T12:00:00Z'), 2))).toEqual([
      '2026-10-25T08:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
    ]);
  });

  it('fires a time in the repeated October hour once, forwards and backwards', () => {
    const slots = new ScheduleSlots(parseSchedule('daily 01:30'), 'Europe/London');
    // 01:30 BST (00:30Z) happens first; 01:30 GMT (01:30Z) is the same local time again.
    expect(iso(slots.upcoming(new Date('2026-10-24T12:00:00Z'), 2))).toEqual([
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
    ]);
    expect(slots.latestAtOrBefore(new Date('2026-10-25T01:45:00Z')).toISOString()).toBe(
      '2026-10-25T00:30:00.000Z',
    );
  });

  it('moves a time skipped in March to the moment of the jump, once', () => {
    const slots = new ScheduleSlots(parseSchedule('daily 01:30'), 'Europe/London');
    // 01:00 GMT jumps to 02:00 BST (01:00Z); 01:30 local does not exist that day.
    expect(iso(slots.upcoming(new Date('2026-03-28T12:00:00Z'), 2))).toEqual([
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:30:00.000Z',
    ]);
    expect(slots.latestAtOrBefore(new Date('2026-03-29T03:00:00Z')).toISOString()).toBe(
      '2026-03-29T01:00:00.000Z',
    );
  });

  it('never repeats or reorders slots around a change, even every 15 minutes', () => {
    const slots = new ScheduleSlots(parseSchedule('every 15 minutes'), 'Europe/London');
    for (const start of ['2026-03-29T00:20:00Z', '2026-10-24T23:50:00Z']) {
      const times = slots.upcoming(new Date(start), 12).map((d) => d.getTime());
      for (let i = 1; i < times.length; i++) expect(times[i]).toBeGreaterThan(times[i - 1]!);
    }
  });

  it('agrees with itself: the latest slot at or before a slot is that slot (any zone, any time)', () => {
    const zones = ['Europe/London', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
    const schedules = ['daily 01:30', 'every 2 hours', 'weekdays 7:30', '0 2 * * *'];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2028, 0, 1) }),
        fc.constantFrom(...zones),
        fc.constantFrom(...schedules),
        (t, zone, text) => {
          const slots = new ScheduleSlots(parseSchedule(text), zone);
          const next = slots.next(new Date(t));
          expect(next.getTime()).toBeGreaterThan(t);
          expect(slots.latestAtOrBefore(next).getTime()).toBe(next.getTime());
          expect(slots.latestAtOrBefore(new Date(next.getTime() - 1)).getTime()).toBeLessThanOrEqual(t);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('runs weekdays only, in the zone given (New York, not UTC)', () => {
    const slots = new ScheduleSlots(parseSchedule('weekdays 7:30'), 'America/New_York');
    // Friday 2026-03-06 -> the next is Monday 03-09, after the US change on Sunday 03-08 (EDT, UTC-4).
    expect(iso(slots.upcoming(new Date('2026-03-06T13:00:00Z'), 2))).toEqual([
      '2026-03-09T11:30:00.000Z',
      '2026-03-10T11:30:00.000Z',
    ]);
  });

  it('finds the latest slot at or before an instant, including one exactly on it', () => {
    const slots = new ScheduleSlots(parseSchedule('every 2 hours'), 'UTC');
    expect(slots.latestAtOrBefore(new Date('2026-05-01T05:59:00Z')).toISOString()).toBe(
      '2026-05-01T04:00:00.000Z',
    );
    expect(slots.latestAtOrBefore(new Date('2026-05-01T06:00:00Z')).toISOString()).toBe(
      '2026-05-01T06:00:00.000Z',
    );
    expect(slots.next(new Date('2026-05-01T06:00:00Z')).toISOString()).toBe('2026-05-01T08:00:00.000Z');
  });
});
