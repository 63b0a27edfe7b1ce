import { Library } from './articles/library.js';
import type { Clock } from './clock.js';
import { loadCommands } from './command/registry.js';
import type { BaseContext } from './command/run.js';
import type { Command, Requester } from './command/types.js';
import type { Config } from './config.js';
import type { Logger } from './logger.js';
import type { Services } from './services.js';

/** Everything an adapter needs to serve commands; built once at start-up. */
export interface AppDeps {
  config: Config;
  logger: Logger;
  clock: Clock;
  library: Library;
  catalog: readonly Command[];
  services: Services;
}

/** The context a command runs in, for one requester. */
export function baseContext(deps: AppDeps, requester: Requester): BaseContext {
  return {
    library: deps.library,
    catalog: deps.catalog,
    services: deps.services,
    clock: deps.clock,
    logger: deps.logger,
    requester,
  };
}

export async function createDeps(
  config: Config,
  logger: Logger,
  clock: Clock,
  services: Services = {},
): Promise<AppDeps> {
  const library = new Library(() => clock.now());
  const catalog = await loadCommands();
  return { config, logger, clock, library, catalog, services };
}
