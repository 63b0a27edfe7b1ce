import { describe, expect, it } from 'vitest';
import { parseDuration } from '../../../src/digest/duration.js';
import { parseSchedule, ScheduleError } from '../../../src/digest/schedule.js';
import { canonicalTimezone, TimezoneError } from '../../../src/digest/timezone.js';

describe('parsing schedules', () => {
  it.each([
    ['daily 08:00', '0 0 8 * * *', 'every day at 08:00'],
    ['Daily at 8am', '0 0 8 * * *', 'every day at 08:00'],
    ['every day at 6:45 pm', '0 45 18 * * *', 'every day at 18:45'],
    ['weekdays 7:30', '0 30 7 * * 1-5', 'weekdays at 07:30'],
    ['weekends 10:00', '0 0 10 * * 0,6', 'weekends at 10:00'],
    ['mondays 9:00', '0 0 9 * * 1', 'Mondays at 09:00'],
    ['every monday and friday at 17:15', '0 15 17 * * 1,5', 'Mondays, Fridays at 17:15'],
    ['hourly', '0 0 * * * *', 'every hour'],
    ['every 2 hours', '0 0 */2 * * *', 'every 2 hours'],
    ['every 15 minutes', '0 */15 * * * *', 'every 15 minutes'],
  ])('understands "%s"', (text, cron, description) => {
    const schedule = parseSchedule(text);
    expect(schedule.cron).toBe(cron);
    expect(schedule.description).toBe(description);
  });

  it('takes cron with 5 fields and with 6 (seconds first)', () => {
    expect(parseSchedule('30 7 * * 1-5').cron).toBe('0 30 7 * * 1-5');
    expect(parseSchedule('15 30 7 * * 1-5').cron).toBe('15 30 7 * * 1-5');
    expect(parseSchedule('0 8 * * mon').description).toBe('cron 0 8 * * mon');
  });

  it.each([
    ['', /schedule is needed/],
    ['sometimes', /not a schedule I understand/],
    ['daily 25:00', /not a schedule I understand/],
    ['daily 8', /not a schedule I understand/],
    ['funday 9:00', /not a schedule I understand/],
    ['every 7 hours', /divides 24/],
    ['every 7 minutes', /divides 60/],
    ['61 * * * *', /not valid cron.*61/],
    ['* * * * * *', /more than once a minute/],
  ])('rejects "%s" with a clear message', (text, message) => {
    expect(() => parseSchedule(text)).toThrow(ScheduleError);
    expect(() => parseSchedule(text)).toThrow(message);
  });
});

describe('time zones and durations', () => {
  it('canonicalises IANA names and rejects unknown ones with suggestions', () => {
    expect(canonicalTimezone('europe/london')).toBe('Europe/London');
    expect(canonicalTimezone('UTC')).toBe('UTC');
    expect(() => canonicalTimezone('Mars/Olympus')).toThrow(TimezoneError);
    expect(() => canonicalTimezone('London')).toThrow(/Europe\/London/);
  });

  it('reads durations like 24h, 90m, 1h30m and refuses nonsense', () => {
    expect(parseDuration('24h')).toBe(86_400_000);
    expect(parseDuration('90m')).toBe(5_400_000);
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('2d')).toBe(172_800_000);
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('24')).toBeUndefined();
  });
});
