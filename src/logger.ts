import pino from 'pino';

export type Logger = pino.Logger;

/**
 * Structured logs go to stderr (stdout belongs to replies and CLI results); pretty on a TTY.
 * Secrets are redacted by key wherever they might be logged.
 */
export function createLogger(level = 'info', pretty = process.stderr.isTTY): Logger {
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
  if (pretty) {
    return pino(
      options,
      pino.transport({
        target: 'pino-pretty',
        options: { destination: 2, colorize: true, translateTime: 'SYS:HH:MM:ss' },
      }),
    );
  }
  return pino(options, pino.destination(2));
}

/** A logger that drops everything (tests, CLI). */
export const silentLogger: Logger = pino({ level: 'silent' });
