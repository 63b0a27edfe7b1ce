import pino from 'pino';
import pretty from 'pino-pretty';

export type Logger = pino.Logger;

/**
 * Structured logs go to stderr (stdout belongs to replies and CLI results); pretty on a TTY.
 * Secrets are redacted by key wherever they might be logged.
 */
export function createLogger(level = 'info', prettyOutput = process.stderr.isTTY): Logger {
  const options: pino.LoggerOptions = {
    level,
    redact: {
      paths: [
        'token',
        '*.token',
        'apiKey',
        '*.apiKey',
        'authorization',
        '*.authorization',
        '*.headers.authorization',
      ],
      censor: '[redacted]',
    },
  };
  if (prettyOutput) {
    // In-process and synchronous (not a worker transport), so a log line never lands in the middle of
    // the terminal adapter's prompt.
    return pino(
      options,
      pretty({ destination: 2, sync: true, colorize: true, translateTime: 'SYS:HH:MM:ss' }),
    );
  }
  return pino(options, pino.destination(2));
}

/** A logger that drops everything (tests, CLI). */
export const silentLogger: Logger = pino({ level: 'silent' });
