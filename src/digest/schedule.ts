import { compileWallCron } from './wall-cron.js';

/**
 * Digest schedules: the plain forms people type ("daily 08:00", "weekdays 7:30", "every 2 hours",
 * "hourly", "mondays 9:00") or cron with 5 fields (or 6, seconds first). Everything becomes a 6-field
 * cron expression evaluated in the subscription's time zone, so 08:00 stays 08:00 local across DST.
 */
export interface Schedule {
  /** What the user typed, trimmed. */
  text: string;
  /** Six fields, seconds first. */
  cron: string;
  /** How we say it back: "every day at 08:00". */
  description: string;
}

export class ScheduleError extends Error {}

export const SCHEDULE_EXAMPLES = [
  'daily 08:00',
  'weekdays 7:30',
  'mondays 9:00',
  'every 2 hours',
  'hourly',
  '0 8 * * 1-5',
];

const DAYS: Record<string, number> = {
  sun: 0,
  mon: 1,
  tue: 2,
  wed: 3,
  thu: 4,
  fri: 5,
  sat: 6,
};
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function dayNumber(word: string): number | undefined {
  const w = word.toLowerCase().replace(/s$/, '');
  const key = w.slice(0, 3);
  const full = DAY_NAMES.find((d) => d.slice(0, 3).toLowerCase() === key)?.toLowerCase();
  if (!full || !(full.startsWith(w) || w === key || w === full)) return undefined;
  return DAYS[key];
}

/** "8:00", "08:00", "7:30", "8am", "8:30 pm", "20:15" -> [hour, minute]. */
function parseTime(text: string): [number, number] | undefined {
  const m = /^(\d{1,2})(?:[:.h](\d{2}))?\s*(am|pm)?$/i.exec(text.trim());
  if (!m) return undefined;
  let hour = Number(m[1]);
  const minute = m[2] ? Number(m[2]) : 0;
  const meridiem = m[3]?.toLowerCase();
  if (!m[2] && !meridiem) return undefined; // a bare "8" is too ambiguous
  if (meridiem) {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
  }
  if (hour > 23 || minute > 59) return undefined;
  return [hour, minute];
}

const pad = (n: number) => String(n).padStart(2, '0');

function timed(dayField: string, when: string, daysSaid: string): Omit<Schedule, 'text'> | undefined {
  const time = parseTime(when.replace(/^at\s+/i, ''));
  if (!time) return undefined;
  const [hour, minute] = time;
  return {
    cron: `0 ${minute} ${hour} * * ${dayField}`,
    description: `${daysSaid} at ${pad(hour)}:${pad(minute)}`,
  };
}

function plain(text: string): Omit<Schedule, 'text'> | undefined {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (t === 'hourly' || t === 'every hour') return { cron: '0 0 * * * *', description: 'every hour' };
  const every = /^every (\d+) ?(minutes?|mins?|m|hours?|hrs?|h)$/.exec(t);
  if (every) {
    const n = Number(every[1]);
    const hours = every[2]!.startsWith('h');
    const period = hours ? 24 : 60;
    // Cron steps restart every hour/day: only divisors give evenly spaced digests.
    if (n < 1 || period % n !== 0)
      throw new ScheduleError(
        `"every ${n} ${hours ? 'hours' : 'minutes'}" would not be evenly spaced: use a number that divides ${period} (${divisors(period).join(', ')}).`,
      );
    if (hours) return { cron: `0 0 */${n} * * *`, description: n === 1 ? 'every hour' : `every ${n} hours` };
    return { cron: `0 */${n} * * * *`, description: n === 1 ? 'every minute' : `every ${n} minutes` };
  }
  const m = /^(?:every )?([a-z, ]+?)(?: at)? (\d{1,2}(?:[:.h]\d{2})? ?(?:am|pm)?)$/.exec(t);
  if (!m) return undefined;
  const [, days, when] = m as unknown as [string, string, string];
  if (['daily', 'day', 'every day', 'each day'].includes(days)) return timed('*', when, 'every day');
  if (days === 'weekdays' || days === 'weekday') return timed('1-5', when, 'weekdays');
  if (days === 'weekends' || days === 'weekend') return timed('0,6', when, 'weekends');
  const list = days.split(/\s*(?:,|\band\b)\s*|\s+/).filter(Boolean);
  const numbers = list.map(dayNumber);
  if (!list.length || numbers.some((n) => n === undefined)) return undefined;
  const unique = [...new Set(numbers as number[])].sort();
  return timed(unique.join(','), when, unique.map((n) => `${DAY_NAMES[n]}s`).join(', '));
}

function divisors(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1).filter((d) => n % d === 0 && d < n);
}

const CRON_FIELD = /^[\d*?,/LW#A-Za-z-]+$/;

function cron(text: string): Omit<Schedule, 'text'> | undefined {
  const fields = text.trim().split(/\s+/);
  if (fields.length !== 5 && fields.length !== 6) return undefined;
  if (!fields.every((f) => CRON_FIELD.test(f)) || !fields.some((f) => /[\d*]/.test(f))) return undefined;
  const six = fields.length === 5 ? ['0', ...fields] : fields;
  return { cron: six.join(' '), description: `cron ${fields.join(' ')}` };
}

const MIN_GAP_MS = 60_000;

const parsedSchedules = new Map<string, Schedule>();

/** Parse what a user typed; throws ScheduleError with a message that says what would work. */
export function parseSchedule(input: string): Schedule {
  const text = input.trim();
  const known = parsedSchedules.get(text);
  if (known) return known;
  if (!text) throw new ScheduleError(`A schedule is needed, e.g. ${SCHEDULE_EXAMPLES.join(', ')}.`);
  const parsed = plain(text) ?? cron(text);
  if (!parsed)
    throw new ScheduleError(
      `"${text}" is not a schedule I understand. Try ${SCHEDULE_EXAMPLES.map((e) => `"${e}"`).join(', ')} or cron with 5 fields (6 with seconds first).`,
    );
  const slots: number[] = [];
  try {
    const walls = compileWallCron(parsed.cron);
    for (let t = 0; slots.length < 3; t = slots[slots.length - 1]!) slots.push(walls.next(t));
  } catch (error) {
    throw new ScheduleError(
      `"${text}" is not valid cron: ${error instanceof Error ? error.message : String(error)}.`,
    );
  }
  for (let i = 1; i < slots.length; i++)
    if (slots[i]! - slots[i - 1]! < MIN_GAP_MS)
      throw new ScheduleError(
        `"${text}" runs more than once a minute; digests can be at most once a minute.`,
      );
  // Cached: many subscriptions share a schedule, and parsing cron is the costly part of planning them.
  if (parsedSchedules.size >= 10_000) parsedSchedules.clear();
  const schedule = Object.freeze({ text, ...parsed });
  parsedSchedules.set(text, schedule);
  return schedule;
}
