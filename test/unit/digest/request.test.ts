import { describe, expect, it } from 'vitest';
import { parseSubscriptionText } from '../../../src/digest/request.js';
import { TimezoneError } from '../../../src/digest/timezone.js';

describe('a schedule as typed on a text platform', () => {
  it.each([
    ['daily 08:00', { schedule: 'daily 08:00', silent: false }],
    ['daily 08:00 silent', { schedule: 'daily 08:00', silent: true }],
    ['daily 08:00, quietly', { schedule: 'daily 08:00', silent: true }],
    ['weekdays 7:30 europe/london', { schedule: 'weekdays 7:30', silent: false, timezone: 'Europe/London' }],
    [
      'weekdays 7:30 Europe/London silent',
      { schedule: 'weekdays 7:30', silent: true, timezone: 'Europe/London' },
    ],
    ['weekdays 7:30 silent UTC', { schedule: 'weekdays 7:30', silent: true, timezone: 'UTC' }],
    ['0 8 * * 1,3,5', { schedule: '0 8 * * 1,3,5', silent: false }],
    ['*/30 8 * * */2', { schedule: '*/30 8 * * */2', silent: false }],
    [
      'mon,fri 9:00 Australia/Lord_Howe',
      { schedule: 'mon,fri 9:00', silent: false, timezone: 'Australia/Lord_Howe' },
    ],
  ])('"%s"', (text, expected) => {
    expect(parseSubscriptionText(text)).toEqual(expected);
  });

  it('reports an unknown zone as a zone problem', () => {
    expect(() => parseSubscriptionText('daily 08:00 Mars/Olympus')).toThrow(TimezoneError);
  });
});
