import 'dotenv/config';
import type { Adapter } from './adapters/types.js';
import { librarySearch } from './analysis/search/library-search.js';
import { createDeps } from './app.js';
import { ArticlesFolderError } from './articles/errors.js';
import { loadFolder, watchFolder } from './articles/folder.js';
import { systemClock } from './clock.js';
import { ConfigError, loadConfig } from './config.js';
import type { DigestRuntime } from './digest/runtime.js';
import { type DigestSettings, digestSettings } from './digest/settings.js';
import { createLogger } from './logger.js';
import { createSummarizer } from './summarizer.js';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  let digestConfig: DigestSettings;
  try {
    config = loadConfig();
    digestConfig = digestSettings(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee .env.example for every variable and what it does.\n`);
      process.exit(2);
    }
    throw error;
  }
  const logger = createLogger(config.logLevel);
  // The model path is on only when OPENAI_API_KEY is set; otherwise summaries are offline.
  const summarizer = createSummarizer(config.openai, logger);
  const deps = await createDeps(config, logger, systemClock, { summarizer });
  await loadFolder(deps.library, config.articlesDir, { maxBytes: config.maxArticleBytes, logger });
  const stopWatching = watchFolder(deps.library, config.articlesDir, {
    maxBytes: config.maxArticleBytes,
    logger,
  });

  // Digests are optional: if the store cannot be opened (say, a read-only DATA_DIR) the bot still serves.
  let digests: DigestRuntime | undefined;
  try {
    const { DigestRuntime } = await import('./digest/runtime.js');
    digests = DigestRuntime.open(deps, digestConfig);
  } catch (error) {
    logger.error(
      { err: error, dataDir: config.dataDir },
      'digests are off: the digest store could not be opened',
    );
  }

  const adapters: Adapter[] = [];
  if (config.discord) {
    const { createDiscordAdapter } = await import('./adapters/discord/index.js');
    adapters.push(createDiscordAdapter(deps));
  }
  if (config.slack) {
    const { createSlackAdapter } = await import('./adapters/slack/index.js');
    adapters.push(createSlackAdapter(deps));
  }
  // The terminal is the default when no platform is configured (as Hubot's Shell adapter). At the end of
  // piped input it shuts the bot down (exit 0), unless DIGEST_SCHEDULE is set: that is the operator's
  // explicit request to keep posting. A subscription saved from chat does not count, or every later piped
  // run would hang; saved subscriptions are served while the bot runs (interactively or on a platform).
  // That is TerminalOptions.keepAlive's default.
  // (shutdown is defined below; the adapter calls it only after start.)
  if (!adapters.length) {
    const { createTerminalAdapter } = await import('./adapters/terminal/index.js');
    adapters.push(
      createTerminalAdapter(deps, {
        onInputEnd: () => void shutdown('end of input'),
      }),
    );
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await digests?.stop();
    await Promise.allSettled(adapters.map((a) => a.stop()));
    await stopWatching();
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  for (const adapter of adapters) {
    await adapter.start();
    logger.info({ adapter: adapter.name, articles: deps.library.size }, 'adapter started');
  }
  // Digests post through the adapters, so they start once every adapter is up.
  digests?.start(adapters);
  // Build the library-wide who-said index now rather than on the first user's query.
  librarySearch(deps.library).sync();
}

main().catch((error: unknown) => {
  // ARTICLES_DIR is configuration: a missing or unreadable folder exits 2, as every configuration error does.
  if (error instanceof ArticlesFolderError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(2);
  }
  process.stderr.write(
    `Briefing failed to start: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
