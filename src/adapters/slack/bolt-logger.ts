import type { Logger as BoltLogger } from '@slack/bolt';
import { LogLevel } from '@slack/bolt';
import type { Logger } from '../../logger.js';

const BOLT_LEVEL: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

/** Bolt's logger interface on top of our pino logger, so Bolt's own messages are structured too. */
export function boltLogger(logger: Logger): BoltLogger {
  const log = logger.child({ module: 'slack-bolt' });
  const text = (msg: unknown[]) =>
    msg
      .map((m) =>
        typeof m === 'string' ? m : m instanceof Error ? (m.stack ?? m.message) : JSON.stringify(m),
      )
      .join(' ');
  return {
    // Bolt's debug lines include whole payloads: format them only when they will be written.
    debug: (...msg: unknown[]) => log.isLevelEnabled('debug') && log.debug(text(msg)),
    info: (...msg: unknown[]) => log.isLevelEnabled('info') && log.info(text(msg)),
    warn: (...msg: unknown[]) => log.warn(text(msg)),
    error: (...msg: unknown[]) => log.error(text(msg)),
    setLevel: () => {},
    getLevel: () => BOLT_LEVEL[log.level] ?? LogLevel.ERROR,
    setName: () => {},
  };
}
