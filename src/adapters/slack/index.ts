import type { AddressInfo } from 'node:net';
import type { App } from '@slack/bolt';
import type { AppDeps } from '../../app.js';
import type { SlackConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Reply } from '../../reply/model.js';
import type { Adapter } from '../types.js';
import { createBoltApp } from './bolt-app.js';
import { ChannelManagers } from './channel-managers.js';
import { postMessages } from './deliver.js';
import { InFlight } from './in-flight.js';
import { registerButtons } from './listeners/button.js';
import type { ListenerContext } from './listeners/context.js';
import { registerDirectMessage } from './listeners/direct-message.js';
import { registerMention } from './listeners/mention.js';
import { registerSlashCommand } from './listeners/slash-command.js';
import { renderReply } from './render.js';

export interface SlackAdapterOptions {
  /** A slash command that takes longer is acknowledged and answered through response_url (default 2 s). */
  ackBudgetMs?: number;
  /** How long stop() waits for work in flight (default 10 s). */
  stopTimeoutMs?: number;
}

/** Briefing in Slack: mentions, direct messages, /briefing and buttons, through Bolt. */
export class SlackAdapter implements Adapter {
  readonly name = 'slack' as const;
  private readonly app: App;
  private readonly inFlight = new InFlight();
  private readonly log: Logger;
  /** Where HTTP mode listens once started (PORT=0 picks a free port). */
  address?: AddressInfo;
  private stopping?: Promise<void>;

  constructor(
    deps: AppDeps,
    private readonly config: SlackConfig,
    private readonly options: SlackAdapterOptions = {},
  ) {
    this.log = deps.logger.child({ adapter: 'slack' });
    this.app = createBoltApp(config, deps.logger);
    const ctx: ListenerContext = {
      app: this.app,
      deps,
      inFlight: this.inFlight,
      log: this.log,
      ackBudgetMs: options.ackBudgetMs ?? 2000,
      managers: new ChannelManagers({
        listed: config.digestManagers,
        lookup: (user) => this.app.client.users.info({ user }),
        clock: deps.clock,
        log: this.log,
      }),
    };
    registerMention(ctx);
    registerDirectMessage(ctx);
    registerSlashCommand(ctx);
    registerButtons(ctx);
    this.app.error(async (error) => {
      this.log.error({ err: error }, 'slack: unhandled error in a listener');
    });
  }

  /** Connect (Socket Mode) or listen (HTTP mode); resolves when events can arrive. */
  async start(): Promise<void> {
    if (this.config.mode === 'http') {
      const server = await this.app.start({ port: this.config.port, host: this.config.host });
      const address = server.address();
      if (address && typeof address === 'object') this.address = address;
      this.log.info(
        { port: this.address?.port, host: this.address?.address },
        'slack: listening (HTTP mode)',
      );
    } else {
      await this.app.start();
      this.log.info('slack: connected (Socket Mode)');
    }
  }

  /** Refuse new work, finish what is in flight, then disconnect. */
  async stop(): Promise<void> {
    this.stopping ??= (async () => {
      await this.inFlight.close(this.options.stopTimeoutMs ?? 10_000);
      await this.app.stop();
    })();
    await this.stopping;
  }

  /** Post a reply to a channel unprompted (digests), split into as many messages as it needs. */
  async post(channelId: string, reply: Reply): Promise<void> {
    await postMessages(this.app.client, { channel: channelId }, renderReply(reply));
  }
}

export function createSlackAdapter(deps: AppDeps, options: SlackAdapterOptions = {}): SlackAdapter {
  if (!deps.config.slack)
    throw new Error(
      'Slack is not configured: set SLACK_BOT_TOKEN with SLACK_APP_TOKEN or SLACK_SIGNING_SECRET',
    );
  return new SlackAdapter(deps, deps.config.slack, options);
}
