import { Client, Events, GatewayIntentBits, type Interaction, Routes } from 'discord.js';
import type { AppDeps } from '../../app.js';
import type { Reply } from '../../reply/model.js';
import type { Adapter } from '../types.js';
import { within } from '../within.js';
import { handleAutocomplete, handleButton, handleChatInput } from './interactions.js';
import { renderReply, toChannelMessageBody } from './render.js';
import { safeError } from './respond.js';

export interface DiscordAdapterOptions {
  /** Defer an answer that has not finished after this long (Discord allows 3 s). */
  deferAfterMs?: number;
  /** On stop, wait at most this long for answers in flight (an interaction token lasts 15 minutes). */
  drainTimeoutMs?: number;
}

/**
 * Briefing on Discord: slash commands, autocomplete and buttons through discord.js. REST goes to
 * DISCORD_API_URL when set (a proxy, or a fake in the tests); the gateway URL is discovered from it.
 */
export function createDiscordAdapter(deps: AppDeps, options: DiscordAdapterOptions = {}): Adapter {
  const config = deps.config.discord;
  if (!config) throw new Error('The Discord adapter needs DISCORD_TOKEN and DISCORD_APPLICATION_ID');
  const logger = deps.logger.child({ adapter: 'discord' });
  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: config.apiUrl ? { api: config.apiUrl } : {},
    allowedMentions: { parse: [] },
  });
  client.rest.setToken(config.token);
  const handling = { deps, logger, deferAfterMs: options.deferAfterMs ?? 2000 };
  const inFlight = new Set<Promise<void>>();
  let accepting = true;

  const dispatch = async (interaction: Interaction): Promise<void> => {
    if (interaction.isChatInputCommand()) await handleChatInput(interaction, handling);
    else if (interaction.isAutocomplete()) await handleAutocomplete(interaction, handling);
    else if (interaction.isButton()) await handleButton(interaction, handling);
  };
  client.on(Events.InteractionCreate, (interaction) => {
    if (!accepting) return;
    const work = dispatch(interaction).catch((error: unknown) =>
      logger.error({ err: safeError(error), interaction: interaction.id }, 'discord: interaction failed'),
    );
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  // Closing the gateway on stop() also fires these: only an unexpected drop is worth a line.
  client.on(Events.ShardDisconnect, (event, shard) => {
    if (accepting) logger.warn({ shard, code: event.code }, 'discord: gateway disconnected');
  });
  client.on(Events.ShardReconnecting, (shard) => {
    if (accepting) logger.info({ shard }, 'discord: reconnecting to the gateway');
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info({ shard, replayed }, 'discord: gateway session resumed'),
  );
  client.on(Events.ShardError, (error, shard) =>
    logger.error({ shard, err: safeError(error) }, 'discord: gateway error'),
  );
  client.on(Events.Error, (error) => logger.error({ err: safeError(error) }, 'discord: client error'));
  client.on(Events.Warn, (message) => logger.warn({ message }, 'discord: warning'));
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      { route: info.route, method: info.method, retryAfter: info.retryAfter, global: info.global },
      'discord: rate limited, retrying',
    ),
  );

  return {
    name: 'discord',
    async start() {
      const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
      await client.login(config.token);
      await ready;
      logger.info({ user: client.user?.tag, guilds: client.guilds.cache.size }, 'discord: connected');
    },
    async stop() {
      accepting = false;
      const pending = inFlight.size;
      const drained = await within(Promise.allSettled([...inFlight]), options.drainTimeoutMs ?? 10_000);
      if (!drained.done)
        logger.warn({ pending, left: inFlight.size }, 'discord: stopping with answers still in flight');
      await client.destroy();
      logger.info('discord: gateway closed');
    },
    async post(channelId: string, reply: Reply) {
      for (const message of renderReply({ ...reply, ephemeral: false }, deps.catalog)) {
        try {
          await client.rest.post(Routes.channelMessages(channelId), { body: toChannelMessageBody(message) });
        } catch (error) {
          logger.error(
            { err: safeError(error), channel: channelId, title: reply.title },
            'discord: posting to a channel failed',
          );
          throw error;
        }
      }
    },
  };
}
