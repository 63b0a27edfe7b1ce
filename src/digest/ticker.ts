import cron from 'node-cron';
import type { Logger } from '../logger.js';
import type { DigestScheduler } from './scheduler.js';

/**
 * node-cron wakes the scheduler every second; the scheduler decides what is due from its own plan
 * (one timer for any number of subscriptions, and 6-field schedules with seconds are honoured).
 * Ticks may overlap: a post that is retrying must not hold up other channels' digests, and the
 * scheduler is safe under concurrent ticks. The task holds the process open while any digest is scheduled.
 */
export function startTicker(scheduler: DigestScheduler, logger: Logger): { stop(): Promise<void> } {
  const task = cron.createTask(
    '* * * * * *',
    async () => {
      keepAliveWhileScheduled();
      try {
        await scheduler.tick();
      } catch (error) {
        logger.error({ err: error }, 'digest tick failed');
      }
    },
    { name: 'digest-tick', suppressMissedWarning: true },
  );
  // Hold the process open only while some digest is scheduled (the terminal's input may have ended).
  const keepAliveWhileScheduled = () => (scheduler.size > 0 ? task.ref() : task.unref());
  task.start();
  keepAliveWhileScheduled();
  return {
    async stop() {
      await task.stop();
      await task.destroy();
    },
  };
}
