import type { App } from '@slack/bolt';
import type { AppDeps } from '../../../app.js';
import type { Logger } from '../../../logger.js';
import type { ChannelManagers } from '../channel-managers.js';
import type { InFlight } from '../in-flight.js';

/** What every listener needs: the Bolt app to register on, the bot's dependencies, in-flight tracking. */
export interface ListenerContext {
  app: App;
  deps: AppDeps;
  inFlight: InFlight;
  log: Logger;
  /** Who may change what a channel receives (digest subscriptions). */
  managers: ChannelManagers;
  /** How long a slash command may run before we acknowledge and answer through response_url. */
  ackBudgetMs: number;
}
