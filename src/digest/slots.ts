import { CronExpressionParser } from 'cron-parser';
import type { Schedule } from './schedule.js';
import { instantOf, MAX_SHIFT_MS, wallAt } from './wall-clock.js';

/**
 * The instants a schedule fires in a time zone. The cron fields are matched against local wall-clock
 * time (cron-parser in UTC over wall milliseconds, so no DST logic of its own is involved), and each wall
 * time is then placed in real time by wall-clock.ts: 08:00 stays 08:00 local all year, a time in the
 * repeated autumn hour fires once, and a time in the skipped spring hour fires at the jump.
 */
export class ScheduleSlots {
  constructor(
    readonly schedule: Schedule,
    readonly timeZone: string,
  ) {}

  private walls(fromWall: number) {
    return CronExpressionParser.parse(this.schedule.cron, { tz: 'UTC', currentDate: new Date(fromWall) });
  }

  /** The first slot strictly after `after`. */
  next(after: Date): Date {
    const t = after.getTime();
    // Start a little early: a skipped wall time before `after`'s own wall time can map after it.
    const it = this.walls(wallAt(t, this.timeZone) - MAX_SHIFT_MS);
    for (;;) {
      const instant = instantOf(it.next().getTime(), this.timeZone);
      if (instant > t) return new Date(instant);
    }
  }

  /** The next `count` slots strictly after `after`. */
  upcoming(after: Date, count: number): Date[] {
    const out: Date[] = [];
    let cursor = after;
    while (out.length < count) {
      cursor = this.next(cursor);
      out.push(cursor);
    }
    return out;
  }

  /** The latest slot at or before `at`. */
  latestAtOrBefore(at: Date): Date {
    const t = at.getTime();
    const it = this.walls(wallAt(t, this.timeZone) + MAX_SHIFT_MS + 1);
    for (;;) {
      const instant = instantOf(it.prev().getTime(), this.timeZone);
      if (instant <= t) return new Date(instant);
    }
  }
}
