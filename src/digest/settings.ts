import { type Config, ConfigError } from '../config.js';
import { parseDuration } from './duration.js';
import { parseSubscriptionText, type SubscriptionRequest } from './request.js';
import { parseSchedule, ScheduleError } from './schedule.js';
import { canonicalTimezone, TimezoneError } from './timezone.js';
import { type Destination, parseDestination } from './types.js';

export interface DefaultDigest {
  destination: Destination;
  schedule: string;
  silent: boolean;
  /** A zone written after the schedule, else DIGEST_TIMEZONE. */
  timezone: string;
}

export interface DigestSettings {
  dataDir: string;
  timezone: string;
  lookbackMs: number;
  catchupWindowMs: number;
  /** The subscription DIGEST_SCHEDULE / DIGEST_CHANNEL ask for. */
  default?: DefaultDigest;
}

/** Check the DIGEST_* variables; throws ConfigError naming each bad one. */
export function digestSettings(config: Config): DigestSettings {
  const d = config.digest;
  const problems: string[] = [];
  const duration = (name: string, value: string) => {
    const ms = parseDuration(value);
    if (ms === undefined)
      problems.push(`${name}: "${value}" is not a duration; use e.g. 24h, 90m, 2d or 1h30m`);
    return ms ?? 0;
  };
  const lookbackMs = duration('DIGEST_LOOKBACK', d.lookback);
  const catchupWindowMs = duration('DIGEST_CATCHUP_WINDOW', d.catchupWindow);
  let timezone = 'UTC';
  try {
    timezone = canonicalTimezone(d.timezone);
  } catch (error) {
    if (!(error instanceof TimezoneError)) throw error;
    problems.push(`DIGEST_TIMEZONE: ${error.message}`);
  }

  let defaultDigest: DefaultDigest | undefined;
  if (d.schedule) {
    let request: SubscriptionRequest = { schedule: d.schedule, silent: false };
    try {
      request = parseSubscriptionText(d.schedule);
      parseSchedule(request.schedule);
    } catch (error) {
      if (!(error instanceof ScheduleError || error instanceof TimezoneError)) throw error;
      problems.push(`DIGEST_SCHEDULE: ${error.message}`);
    }
    const { schedule, silent } = request;
    const platformRuns = config.discord || config.slack;
    const destination = parseDestination(d.channel ?? (platformRuns ? '' : 'terminal'));
    if (!destination)
      problems.push(
        d.channel
          ? `DIGEST_CHANNEL: "${d.channel}" is not a destination; use terminal, discord:<channel id> or slack:<channel id>`
          : 'DIGEST_CHANNEL: required with DIGEST_SCHEDULE when Discord or Slack is configured (discord:<channel id> or slack:<channel id>)',
      );
    else if (destination.platform === 'discord' && !config.discord)
      problems.push('DIGEST_CHANNEL: posts to Discord, but DISCORD_TOKEN is not set');
    else if (destination.platform === 'slack' && !config.slack)
      problems.push('DIGEST_CHANNEL: posts to Slack, but SLACK_BOT_TOKEN is not set');
    else if (destination.platform === 'terminal' && platformRuns)
      problems.push(
        'DIGEST_CHANNEL: the terminal only runs when neither Discord nor Slack is configured; name a discord: or slack: channel',
      );
    else defaultDigest = { destination, schedule, silent, timezone: request.timezone ?? timezone };
  } else if (d.channel) {
    problems.push('DIGEST_SCHEDULE: required when DIGEST_CHANNEL is set (e.g. "daily 08:00")');
  }

  if (problems.length) throw new ConfigError(problems);
  return { dataDir: config.dataDir, timezone, lookbackMs, catchupWindowMs, default: defaultDigest };
}
