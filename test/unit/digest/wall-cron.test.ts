import { CronExpressionParser } from 'cron-parser';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWallCron } from '../../../src/digest/wall-cron.js';

// In UTC there is no DST, so cron-parser's own iteration is a trustworthy oracle for the stepping here.
const EXPRESSIONS = [
  '0 0 8 * * *',
  '0 30 7 * * 1-5',
  '0 0 */2 * * *',
  '0 */15 * * * *',
  '15 45 23 * * 0,6',
  '0 0 9 1,15 * *',
  '0 0 9 13 * 5', // both day fields: either matches
  '0 0 0 29 2 *',
  '30 10 4 * 3-9 1',
  '0 0 12 L * *', // handled by cron-parser itself
];

describe('cron over wall-clock time', () => {
  it('agrees with cron-parser in UTC, forwards and backwards', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...EXPRESSIONS),
        fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) }),
        (cron, t) => {
          const wall = compileWallCron(cron);
          const oracle = (from: number) =>
            CronExpressionParser.parse(cron, { tz: 'UTC', currentDate: new Date(from) });
          expect(wall.next(t)).toBe(oracle(t).next().getTime());
          expect(wall.prev(t)).toBe(
            oracle(t + 1)
              .prev()
              .getTime(),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('counts an instant exactly on a match as "at or before" but not "after"', () => {
    const wall = compileWallCron('0 0 8 * * *');
    const eight = Date.UTC(2026, 4, 4, 8);
    expect(wall.prev(eight)).toBe(eight);
    expect(wall.next(eight)).toBe(Date.UTC(2026, 4, 5, 8));
  });
});
