import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

const slack = { SLACK_BOT_TOKEN: 'xoxb-test', SLACK_APP_TOKEN: 'xapp-test' };

describe('SLACK_DIGEST_MANAGERS', () => {
  it('is an empty list when unset or empty', () => {
    expect(loadConfig(slack).slack?.digestManagers).toEqual([]);
    expect(loadConfig({ ...slack, SLACK_DIGEST_MANAGERS: ' ' }).slack?.digestManagers).toEqual([]);
  });

  it('reads comma-separated member ids, forgiving spaces and stray commas', () => {
    const config = loadConfig({ ...slack, SLACK_DIGEST_MANAGERS: ' U0123ABCD, W0456EFGH ,,' });
    expect(config.slack?.digestManagers).toEqual(['U0123ABCD', 'W0456EFGH']);
  });

  it('names the variable and the value that is not a user id', () => {
    let error: unknown;
    try {
      loadConfig({ ...slack, SLACK_DIGEST_MANAGERS: 'U0123ABCD,@alice,u0lower' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(2);
    for (const problem of problems) expect(problem).toMatch(/^SLACK_DIGEST_MANAGERS/);
    expect(problems[0]).toContain('"@alice" is not a Slack user id');
    expect(problems[1]).toContain('"u0lower"');
  });

  it('applies in HTTP mode too', () => {
    const config = loadConfig({
      SLACK_BOT_TOKEN: 'xoxb-test',
      SLACK_SIGNING_SECRET: 'secret',
      SLACK_DIGEST_MANAGERS: 'U0123ABCD',
    });
    expect(config.slack?.digestManagers).toEqual(['U0123ABCD']);
  });
});
