import type { Schedule } from './schedule.js';
import { instantOf, MAX_SHIFT_MS, offsetAt, wallAt } from './wall-clock.js';
import { compileWallCron, type WallCron } from './wall-cron.js';

/**
 * The instants a schedule fires in a time zone. The cron fields are matched against local wall-clock
 * time (cron-parser in UTC over wall milliseconds, so no DST logic of its own is involved), and each wall
 * time is then placed in real time by wall-clock.ts: 08:00 stays 08:00 local all year, a time in the
 * repeated autumn hour fires once, and a time in the skipped spring hour fires at the jump.
 */
export class ScheduleSlots {
  private static readonly shared = new Map<string, ScheduleSlots>();
  private readonly walls: WallCron;
  private readonly nextAfter = lastAnswer((t) => this.computeNext(t));
  private readonly latestAt = lastAnswer((t) => this.computeLatest(t));

  /**
   * One instance per schedule and zone, remembering its last answers: at a tick every subscription with
   * the same schedule asks the same question about the same instant.
   */
  static of(schedule: Schedule, timeZone: string): ScheduleSlots {
    const key = `${schedule.cron}|${timeZone}`;
    let slots = ScheduleSlots.shared.get(key);
    if (!slots) {
      if (ScheduleSlots.shared.size >= 10_000) ScheduleSlots.shared.clear();
      slots = new ScheduleSlots(schedule, timeZone);
      ScheduleSlots.shared.set(key, slots);
    }
    return slots;
  }

  constructor(
    readonly schedule: Schedule,
    readonly timeZone: string,
  ) {
    this.walls = compileWallCron(schedule.cron);
  }

  /** True when the zone's offset is the same from a few hours before `from` through `to`. */
  private steady(from: number, to: number): boolean {
    const offset = offsetAt(from - MAX_SHIFT_MS, this.timeZone);
    return offsetAt(from, this.timeZone) === offset && offsetAt(to, this.timeZone) === offset;
  }

  /** The first slot strictly after `after`. */
  next(after: Date): Date {
    return this.nextAfter(after.getTime());
  }

  private computeNext(t: number): Date {
    const wall = wallAt(t, this.timeZone);
    // Fast path: with no offset change around, wall and real time move together.
    const quick = instantOf(this.walls.next(wall), this.timeZone);
    if (quick > t && this.steady(t, quick)) return new Date(quick);
    // Near a change, start a little early: a skipped wall time before `after`'s own can map after it.
    for (let w = this.walls.next(wall - MAX_SHIFT_MS); ; w = this.walls.next(w)) {
      const instant = instantOf(w, this.timeZone);
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
    return this.latestAt(at.getTime());
  }

  private computeLatest(t: number): Date {
    const wall = wallAt(t, this.timeZone);
    const quick = instantOf(this.walls.prev(wall), this.timeZone);
    if (quick <= t && this.steady(quick, t)) return new Date(quick);
    for (let w = this.walls.prev(wall + MAX_SHIFT_MS); ; w = this.walls.prev(w - 1)) {
      const instant = instantOf(w, this.timeZone);
      if (instant <= t) return new Date(instant);
    }
  }
}

/** Remembers the last question and its answer (a tick asks the same one for many subscriptions). */
function lastAnswer(compute: (t: number) => Date): (t: number) => Date {
  let question: number | undefined;
  let answer = new Date(0);
  return (t) => {
    if (t !== question) {
      answer = compute(t);
      question = t;
    }
    return new Date(answer);
  };
}
