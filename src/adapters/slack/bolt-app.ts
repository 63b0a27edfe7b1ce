import { App } from '@slack/bolt';
import type { SlackConfig } from '../../config.js';
import type { Logger } from '../../logger.js';
import { boltLogger } from './bolt-logger.js';

/** The Web API base URL with the trailing slash the Slack client expects. */
function apiUrl(url: string | undefined): string | undefined {
  return url && !url.endsWith('/') ? `${url}/` : url;
}

/**
 * The Bolt app for our configuration: Socket Mode with the app token (no public URL needed), or HTTP mode
 * with the signing secret (Bolt verifies every request's signature and timestamp).
 */
export function createBoltApp(config: SlackConfig, logger: Logger): App {
  const clientOptions = {
    slackApiUrl: apiUrl(config.apiUrl),
    // A chat reply is worth a couple of quick retries, not the SDK's default of half an hour of them.
    retryConfig: { retries: 2, maxTimeout: 2000 },
    timeout: 10_000,
  };
  const common = { token: config.botToken, clientOptions, logger: boltLogger(logger) };
  if (config.mode === 'socket') return new App({ ...common, appToken: config.appToken, socketMode: true });
  return new App({ ...common, signingSecret: config.signingSecret, port: config.port });
}
