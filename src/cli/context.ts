import { render } from '../adapters/terminal/render.js';
import { Library } from '../articles/library.js';
import { systemClock } from '../clock.js';
import { loadCommands } from '../command/registry.js';
import { type Invocation, runInvocation } from '../command/run.js';
import { type Config, ConfigError, loadConfig } from '../config.js';
import { createLogger, type Logger } from '../logger.js';
import type { CliIO } from './io.js';

/** The validated configuration, or undefined after explaining on stderr what is wrong with it. */
export function configOrExplain(io: CliIO, env: NodeJS.ProcessEnv = process.env): Config | undefined {
  try {
    return loadConfig(env);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    io.err(`${error.message}\nSee .env.example for every variable and what it does.`);
    return undefined;
  }
}

/** A logger for CLI runs: stderr only, never stdout. */
export function cliLogger(config: Config): Logger {
  return createLogger(config.logLevel);
}

/** Run a user command against a library and return its reply as plain terminal text (no colour). */
export async function runAsText(invocation: Invocation, library: Library, logger: Logger): Promise<string> {
  const reply = await runInvocation(invocation, {
    library,
    catalog: await loadCommands(),
    services: {},
    clock: systemClock,
    logger,
    requester: { platform: 'cli' },
  });
  return render(reply);
}

export function newLibrary(): Library {
  return new Library(() => systemClock.now());
}
