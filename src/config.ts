import { z } from 'zod';

/**
 * The one validated configuration. Every variable is listed in .env.example with a comment.
 * Platform sections are present only when their tokens are set; that is what switches an adapter on.
 */

const optionalString = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

const urlString = (name: string, example = 'http://127.0.0.1:8080/api') =>
  z
    .string()
    .trim()
    .transform((v) => (v === '' ? undefined : v))
    .optional()
    .refine((v) => v === undefined || URL.canParse(v), {
      message: `${name} must be a full URL such as ${example}`,
    });

/** Slack user ids as in a member's profile (⋯ → Copy member ID): U… or, on Enterprise Grid, W…. */
const SLACK_USER_ID = /^[UW][A-Z0-9]{2,}$/;

/** A comma-separated list of Slack user ids; empty or unset is an empty list. */
const slackUserIds = z
  .string()
  .default('')
  .transform((v) =>
    v
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
  )
  .pipe(
    z.array(
      z.string().regex(SLACK_USER_ID, {
        error: (issue) =>
          `"${String(issue.input)}" is not a Slack user id; list member ids such as U0123ABCD, separated by commas`,
      }),
    ),
  );

const rawSchema = z.object({
  ARTICLES_DIR: z.string().trim().min(1).default('articles'),
  DATA_DIR: z.string().trim().min(1).default('data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  MAX_ARTICLE_BYTES: z.coerce
    .number()
    .int()
    .positive()
    .default(2 * 1024 * 1024),

  DISCORD_TOKEN: optionalString,
  DISCORD_APPLICATION_ID: optionalString,
  DISCORD_GUILD_ID: optionalString,
  DISCORD_API_URL: urlString('DISCORD_API_URL'),

  SLACK_BOT_TOKEN: optionalString,
  SLACK_APP_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: urlString('SLACK_API_URL'),
  SLACK_DIGEST_MANAGERS: slackUserIds,
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: optionalString,

  OPENAI_API_KEY: optionalString,
  // OpenAI-compatible servers serve the API under /v1.
  OPENAI_BASE_URL: urlString('OPENAI_BASE_URL', 'http://127.0.0.1:8080/v1'),
  OPENAI_MODEL: z.string().trim().min(1).default('gpt-4o-mini'),
  OPENAI_TIMEOUT_MS: z.coerce.number().int().positive().default(30_000),

  DIGEST_SCHEDULE: optionalString,
  DIGEST_TIMEZONE: z.string().trim().min(1).default('UTC'),
  DIGEST_CHANNEL: optionalString,
  DIGEST_LOOKBACK: z.string().trim().min(1).default('24h'),
  DIGEST_CATCHUP_WINDOW: z.string().trim().min(1).default('6h'),
});

export interface DiscordConfig {
  token: string;
  applicationId: string;
  guildId?: string;
  apiUrl?: string;
}

export interface SlackConfig {
  botToken: string;
  mode: 'socket' | 'http';
  appToken?: string;
  signingSecret?: string;
  apiUrl?: string;
  port: number;
  /** Interface HTTP mode binds to; all interfaces when unset. */
  host?: string;
  /** Users who may change a channel's digest besides workspace admins and owners (SLACK_DIGEST_MANAGERS). */
  digestManagers: readonly string[];
}

export interface OpenAIConfig {
  apiKey: string;
  baseUrl?: string;
  model: string;
  timeoutMs: number;
}

export interface DigestConfig {
  schedule?: string;
  timezone: string;
  channel?: string;
  lookback: string;
  catchupWindow: string;
}

export interface Config {
  articlesDir: string;
  dataDir: string;
  logLevel: z.infer<typeof rawSchema>['LOG_LEVEL'];
  maxArticleBytes: number;
  discord?: DiscordConfig;
  slack?: SlackConfig;
  openai?: OpenAIConfig;
  digest: DigestConfig;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parse and validate the environment. Throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = rawSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  }
  const e = parsed.data;
  const problems: string[] = [];

  let discord: DiscordConfig | undefined;
  if (e.DISCORD_TOKEN) {
    if (!e.DISCORD_APPLICATION_ID)
      problems.push('DISCORD_APPLICATION_ID: required when DISCORD_TOKEN is set');
    else
      discord = {
        token: e.DISCORD_TOKEN,
        applicationId: e.DISCORD_APPLICATION_ID,
        guildId: e.DISCORD_GUILD_ID,
        apiUrl: e.DISCORD_API_URL,
      };
  }

  let slack: SlackConfig | undefined;
  if (e.SLACK_BOT_TOKEN) {
    if (e.SLACK_APP_TOKEN) {
      slack = {
        botToken: e.SLACK_BOT_TOKEN,
        mode: 'socket',
        appToken: e.SLACK_APP_TOKEN,
        apiUrl: e.SLACK_API_URL,
        port: e.PORT,
        digestManagers: e.SLACK_DIGEST_MANAGERS,
      };
    } else if (e.SLACK_SIGNING_SECRET) {
      slack = {
        botToken: e.SLACK_BOT_TOKEN,
        mode: 'http',
        signingSecret: e.SLACK_SIGNING_SECRET,
        apiUrl: e.SLACK_API_URL,
        port: e.PORT,
        host: e.HOST,
        digestManagers: e.SLACK_DIGEST_MANAGERS,
      };
    } else {
      problems.push(
        'SLACK_APP_TOKEN or SLACK_SIGNING_SECRET: one is required when SLACK_BOT_TOKEN is set (app token for Socket Mode, signing secret for HTTP mode)',
      );
    }
  }

  const openai: OpenAIConfig | undefined = e.OPENAI_API_KEY
    ? {
        apiKey: e.OPENAI_API_KEY,
        baseUrl: e.OPENAI_BASE_URL,
        model: e.OPENAI_MODEL,
        timeoutMs: e.OPENAI_TIMEOUT_MS,
      }
    : undefined;

  if (problems.length) throw new ConfigError(problems);

  return {
    articlesDir: e.ARTICLES_DIR,
    dataDir: e.DATA_DIR,
    logLevel: e.LOG_LEVEL,
    maxArticleBytes: e.MAX_ARTICLE_BYTES,
    discord,
    slack,
    openai,
    digest: {
      schedule: e.DIGEST_SCHEDULE,
      timezone: e.DIGEST_TIMEZONE,
      channel: e.DIGEST_CHANNEL,
      lookback: e.DIGEST_LOOKBACK,
      catchupWindow: e.DIGEST_CATCHUP_WINDOW,
    },
  };
}
