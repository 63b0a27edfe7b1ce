import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { createDiscordAdapter, type DiscordAdapterOptions } from '../../src/adapters/discord/index.js';
import type { AppDeps } from '../../src/app.js';
import type { Article } from '../../src/articles/types.js';
import { systemClock } from '../../src/clock.js';
import { loadCommands } from '../../src/command/registry.js';
import { loadConfig } from '../../src/config.js';
import { createLogger, type Logger, silentLogger } from '../../src/logger.js';
import type { Services } from '../../src/services.js';
import type { FakeDiscord } from '../fakes/discord/server.js';
import { seedLibrary } from './library.js';

export const fixtureCommandsDir = fileURLToPath(new URL('../fixtures/commands/', import.meta.url));

/** The real commands plus the test fixture commands, discovered the same way main.ts does. */
export async function catalogWithFixtures() {
  return [...(await loadCommands()), ...(await loadCommands(fixtureCommandsDir))];
}

export interface DiscordAppSettings {
  /** Articles besides the seed article. */
  articles?: Article[];
  adapter?: DiscordAdapterOptions;
  logger?: Logger;
  services?: Services;
}

/** The Discord adapter wired to a fake Discord through DISCORD_API_URL, as `npm start` would be. */
export async function discordAppAgainst(fake: FakeDiscord, settings: DiscordAppSettings = {}) {
  const logger = settings.logger ?? (process.env.TEST_LOG ? createLogger('debug', false) : silentLogger);
  const config = loadConfig({
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: fake.applicationId,
    DISCORD_API_URL: fake.apiUrl,
  });
  const deps: AppDeps = {
    config,
    logger,
    clock: systemClock,
    library: seedLibrary(...(settings.articles ?? [])),
    catalog: await catalogWithFixtures(),
    services: settings.services ?? {},
  };
  const adapter = createDiscordAdapter(deps, settings.adapter);
  await adapter.start();
  return { deps, adapter };
}

/** A logger that keeps every line, to check what gets logged (and what never does). */
export function capturingLogger(): { logger: Logger; lines: string[] } {
  const lines: string[] = [];
  return { logger: pino({ level: 'info' }, { write: (line: string) => void lines.push(line) }), lines };
}
