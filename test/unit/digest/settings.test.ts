import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.js';
import { digestSettings } from '../../../src/digest/settings.js';

const settings = (env: Record<string, string>) => digestSettings(loadConfig(env));

describe('digest configuration', () => {
  it('defaults to nothing scheduled, UTC, a 24h look-back and a 6h catch-up window', () => {
    expect(settings({})).toMatchObject({
      timezone: 'UTC',
      lookbackMs: 24 * 3_600_000,
      catchupWindowMs: 6 * 3_600_000,
      default: undefined,
    });
  });

  it('makes a default subscription, to the terminal unless a channel is named', () => {
    expect(settings({ DIGEST_SCHEDULE: 'daily 08:00', DIGEST_TIMEZONE: 'europe/paris' })).toMatchObject({
      timezone: 'Europe/Paris',
      default: {
        destination: { platform: 'terminal', channelId: 'terminal' },
        schedule: 'daily 08:00',
        silent: false,
      },
    });
    const withSlack = settings({
      DIGEST_SCHEDULE: '0 7 * * 1-5 silent',
      DIGEST_CHANNEL: 'slack:C0123',
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_APP_TOKEN: 'xapp-test',
    });
    expect(withSlack.default).toEqual({
      destination: { platform: 'slack', channelId: 'C0123' },
      schedule: '0 7 * * 1-5',
      silent: true,
      timezone: 'UTC',
    });
  });

  it('takes a zone written after the schedule', () => {
    expect(settings({ DIGEST_SCHEDULE: 'weekdays 7:30 America/Chicago' }).default).toMatchObject({
      schedule: 'weekdays 7:30',
      timezone: 'America/Chicago',
    });
  });

  it('names every bad variable in one error', () => {
    let error: unknown;
    try {
      settings({
        DIGEST_SCHEDULE: 'now and then',
        DIGEST_TIMEZONE: 'Atlantis/Capital',
        DIGEST_LOOKBACK: 'a while',
        DIGEST_CHANNEL: 'discord:42',
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems.join('\n');
    expect(problems).toContain('DIGEST_SCHEDULE');
    expect(problems).toContain('DIGEST_TIMEZONE');
    expect(problems).toContain('DIGEST_LOOKBACK');
    expect(problems).toContain('DIGEST_CHANNEL: posts to Discord, but DISCORD_TOKEN is not set');
  });
});
