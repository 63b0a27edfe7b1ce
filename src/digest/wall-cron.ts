import { CronExpressionParser } from 'cron-parser';

/**
 * Cron matching over wall milliseconds (local date and time read as UTC, see wall-clock.ts): no time
 * zones here, just calendar arithmetic. cron-parser parses and expands the fields; stepping through
 * them is done here because cron-parser builds a zoned date object per step, which made planning
 * 10,000 subscriptions take seconds. Expressions with L, W or # keep cron-parser's own iteration.
 */
export interface WallCron {
  /** The first matching wall time strictly after `wall`. */
  next(wall: number): number;
  /** The last matching wall time at or before `wall`. */
  prev(wall: number): number;
}

const SECOND = 1000;
const DAY_LIMIT = 20_000; // steps; a "29 February on a Monday" schedule needs decades, nothing sane does

function sortedNumbers(
  values: ReadonlyArray<number | string>,
  map: (n: number) => number = (n) => n,
): number[] {
  return [...new Set(values.filter((v): v is number => typeof v === 'number').map(map))].sort(
    (a, b) => a - b,
  );
}

const atLeast = (xs: readonly number[], v: number) => xs.find((x) => x >= v);
function atMost(xs: readonly number[], v: number): number | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (xs[i]! <= v) return xs[i];
  return undefined;
}

function parts(t: number) {
  const d = new Date(t);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth(),
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    dow: d.getUTCDay(),
  };
}

const compiled = new Map<string, WallCron>();

/** The matcher for a 6-field cron expression (cached: it is pure, and parsing is the slow part). */
export function compileWallCron(cron: string): WallCron {
  let matcher = compiled.get(cron);
  if (!matcher) {
    if (compiled.size >= 10_000) compiled.clear();
    matcher = compile(cron);
    compiled.set(cron, matcher);
  }
  return matcher;
}

function compile(cron: string): WallCron {
  const expression = CronExpressionParser.parse(cron, { tz: 'UTC' });
  const f = expression.fields;
  const special =
    f.dayOfMonth.hasLastChar ||
    f.dayOfWeek.hasLastChar ||
    f.dayOfWeek.nthDay > 0 ||
    [...f.dayOfMonth.values, ...f.dayOfWeek.values].some((v) => typeof v !== 'number');
  if (special) return viaCronParser(cron);

  const seconds = sortedNumbers(f.second.values);
  const minutes = sortedNumbers(f.minute.values);
  const hours = sortedNumbers(f.hour.values);
  const months = new Set(sortedNumbers(f.month.values, (m) => m - 1));
  const daysOfMonth = new Set(sortedNumbers(f.dayOfMonth.values));
  const daysOfWeek = new Set(sortedNumbers(f.dayOfWeek.values, (d) => d % 7));
  const bothRestricted = !f.dayOfMonth.isWildcard && !f.dayOfWeek.isWildcard;
  // Classic cron: when both day fields are restricted, either may match.
  const dayMatches = (day: number, weekday: number) =>
    bothRestricted
      ? daysOfMonth.has(day) || daysOfWeek.has(weekday)
      : daysOfMonth.has(day) && daysOfWeek.has(weekday);

  return {
    next(wall) {
      let t = Math.floor(wall / SECOND) * SECOND + SECOND;
      for (let step = 0; step < DAY_LIMIT; step++) {
        const p = parts(t);
        if (!months.has(p.mo)) t = Date.UTC(p.y, p.mo + 1, 1);
        else if (!dayMatches(p.d, p.dow)) t = Date.UTC(p.y, p.mo, p.d + 1);
        else {
          const h = atLeast(hours, p.h);
          if (h === undefined) t = Date.UTC(p.y, p.mo, p.d + 1);
          else if (h > p.h) t = Date.UTC(p.y, p.mo, p.d, h);
          else {
            const mi = atLeast(minutes, p.mi);
            if (mi === undefined) t = Date.UTC(p.y, p.mo, p.d, p.h + 1);
            else if (mi > p.mi) t = Date.UTC(p.y, p.mo, p.d, p.h, mi);
            else {
              const s = atLeast(seconds, p.s);
              if (s === undefined) t = Date.UTC(p.y, p.mo, p.d, p.h, p.mi + 1);
              else return Date.UTC(p.y, p.mo, p.d, p.h, p.mi, s);
            }
          }
        }
      }
      throw new Error(`"${cron}" has no time in reach`);
    },
    prev(wall) {
      let t = Math.floor(wall / SECOND) * SECOND;
      for (let step = 0; step < DAY_LIMIT; step++) {
        const p = parts(t);
        if (!months.has(p.mo)) t = Date.UTC(p.y, p.mo, 1) - SECOND;
        else if (!dayMatches(p.d, p.dow)) t = Date.UTC(p.y, p.mo, p.d) - SECOND;
        else {
          const h = atMost(hours, p.h);
          if (h === undefined) t = Date.UTC(p.y, p.mo, p.d) - SECOND;
          else if (h < p.h) t = Date.UTC(p.y, p.mo, p.d, h, 59, 59);
          else {
            const mi = atMost(minutes, p.mi);
            if (mi === undefined) t = Date.UTC(p.y, p.mo, p.d, p.h) - SECOND;
            else if (mi < p.mi) t = Date.UTC(p.y, p.mo, p.d, p.h, mi, 59);
            else {
              const s = atMost(seconds, p.s);
              if (s === undefined) t = Date.UTC(p.y, p.mo, p.d, p.h, p.mi) - SECOND;
              else return Date.UTC(p.y, p.mo, p.d, p.h, p.mi, s);
            }
          }
        }
      }
      throw new Error(`"${cron}" has no time in reach`);
    },
  };
}

function viaCronParser(cron: string): WallCron {
  const at = (wall: number) => CronExpressionParser.parse(cron, { tz: 'UTC', currentDate: new Date(wall) });
  return {
    next: (wall) => at(wall).next().getTime(),
    prev: (wall) =>
      at(wall + 1)
        .prev()
        .getTime(),
  };
}
