import { CronExpressionParser } from 'cron-parser';
import { parseSchedule } from './src/digest/schedule.ts';
import { compileWallCron } from './src/digest/wall-cron.ts';

const N = 2000;
let t = performance.now();
for (let i = 0; i < N; i++) CronExpressionParser.parse('0 0 * * * *', { tz: 'UTC' });
console.log('parse', ((performance.now() - t) / N) * 1000, 'us');
t = performance.now();
for (let i = 0; i < N; i++) compileWallCron('0 0 * * * *');
console.log('compile', ((performance.now() - t) / N) * 1000, 'us');
const w = compileWallCron('0 0 * * * *');
t = performance.now();
for (let i = 0; i < N; i++) w.next(i * 1000);
console.log('wall next', ((performance.now() - t) / N) * 1000, 'us');
t = performance.now();
for (let i = 0; i < N; i++) parseSchedule('hourly');
console.log('parseSchedule', ((performance.now() - t) / N) * 1000, 'us');
