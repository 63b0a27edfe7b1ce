import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createSlackAdapter, type SlackAdapter } from '../../src/adapters/slack/index.js';
import { type AppDeps, createDeps } from '../../src/app.js';
import { articleFromBytes } from '../../src/articles/loader.js';
import type { Article } from '../../src/articles/types.js';
import { systemClock } from '../../src/clock.js';
import type { Command } from '../../src/command/types.js';
import { loadConfig } from '../../src/config.js';
import { silentLogger } from '../../src/logger.js';
import { createSummarizer } from '../../src/summarizer.js';
import { FakeSlack } from '../fakes/slack/index.js';

export const SEED_ID = 'us-weighs-taking-refugees-from-australian-detention';

export function fixture(name: string): string {
  return readFileSync(fileURLToPath(new URL(`../fixtures/${name}`, import.meta.url)), 'utf8');
}

/** An article through the real loader, from a file name (its extension picks the format) and contents. */
export function articleFile(name: string, contents: string): Article {
  return articleFromBytes(Buffer.from(contents, 'utf8'), name, { maxBytes: 2 * 1024 * 1024 });
}

/** Real configuration (through loadConfig) and real dependencies, with extra test articles or commands. */
export async function slackDeps(
  env: Record<string, string>,
  extra: { articles?: Article[]; commands?: Command[] } = {},
): Promise<AppDeps> {
  const config = loadConfig({ LOG_LEVEL: 'silent', ...env });
  // As main.ts: the model path is on only when OPENAI_API_KEY is set.
  const summarizer = createSummarizer(config.openai, silentLogger);
  const deps = await createDeps(config, silentLogger, systemClock, { summarizer });
  for (const article of extra.articles ?? []) deps.library.upsert(article);
  return { ...deps, catalog: [...deps.catalog, ...(extra.commands ?? [])] };
}

/** Slack's request signature: v0= HMAC-SHA256 of "v0:<timestamp>:<body>" with the signing secret. */
export function signRequest(secret: string, timestamp: number, body: string): Record<string, string> {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    'content-type': 'application/x-www-form-urlencoded',
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': signature,
  };
}

/** A /briefing slash-command payload as Slack sends it. */
export function slashPayload(text: string, responseUrl: string, extra: Record<string, string> = {}) {
  return {
    token: 'legacy-verification-token',
    team_id: 'TFAKE',
    team_domain: 'fake',
    channel_id: 'C0CHANNEL',
    channel_name: 'news',
    user_id: 'U0ASKER',
    user_name: 'asker',
    command: '/briefing',
    text,
    api_app_id: 'AFAKE',
    response_url: responseUrl,
    trigger_id: '1.2.3',
    ...extra,
  };
}

/** The seed article, through the real loader. */
export function seedArticle(): Article {
  return articleFile(`${SEED_ID}.txt`, fixture(`${SEED_ID}.txt`));
}

export interface SocketBot {
  slack: FakeSlack;
  adapter: SlackAdapter;
  deps: AppDeps;
  stop(): Promise<void>;
}

/** A fake Slack and the real adapter connected to it in Socket Mode. */
export async function startSocketBot(
  env: Record<string, string> = {},
  extra: { articles?: Article[]; commands?: Command[] } = {},
): Promise<SocketBot> {
  const slack = await new FakeSlack().start();
  const deps = await slackDeps(
    { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test', SLACK_API_URL: slack.apiUrl, ...env },
    extra,
  );
  const adapter = createSlackAdapter(deps);
  await adapter.start();
  return {
    slack,
    adapter,
    deps,
    async stop() {
      await adapter.stop();
      await slack.stop();
    },
  };
}
