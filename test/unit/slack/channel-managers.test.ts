import { describe, expect, it } from 'vitest';
import { ChannelManagers, isWorkspaceAdmin } from '../../../src/adapters/slack/channel-managers.js';
import { ManualClock } from '../../../src/clock.js';
import { silentLogger } from '../../../src/logger.js';
import { capturingLogger } from '../../helpers/discord-app.js';

/** users.info answers as Slack sends them, for the users a test knows. */
function fakeUsersInfo(flags: Record<string, Record<string, boolean>>) {
  const asked: string[] = [];
  const lookup = async (user: string): Promise<unknown> => {
    asked.push(user);
    const f = flags[user];
    if (!f) throw Object.assign(new Error('An API error occurred: user_not_found'), { data: { ok: false } });
    return { ok: true, user: { id: user, team_id: 'T1', name: user.toLowerCase(), is_bot: false, ...f } };
  };
  return { lookup, asked };
}

const member = { id: 'U1', deleted: false, is_admin: false, is_owner: false, is_primary_owner: false };

describe('the channel-manager rule', () => {
  it('admins and owners (primary or not) may; members, and deactivated admins, may not', () => {
    expect(isWorkspaceAdmin({ ...member, is_admin: true })).toBe(true);
    expect(isWorkspaceAdmin({ ...member, is_owner: true })).toBe(true);
    expect(isWorkspaceAdmin({ ...member, is_primary_owner: true })).toBe(true);
    expect(isWorkspaceAdmin(member)).toBe(false);
    expect(isWorkspaceAdmin({ ...member, is_admin: true, deleted: true })).toBe(false);
  });
});

describe('ChannelManagers', () => {
  const clock = new ManualClock(new Date('2026-05-04T07:00:00Z'));
  const users = { UADMIN: { is_admin: true }, UOWNER: { is_owner: true }, UMEMBER: { is_admin: false } };
  const managers = (extra: Partial<ConstructorParameters<typeof ChannelManagers>[0]> = {}) => {
    const slack = fakeUsersInfo(users);
    const m = new ChannelManagers({ listed: [], lookup: slack.lookup, clock, log: silentLogger, ...extra });
    return { m, asked: slack.asked };
  };

  it('allows admins and owners, refuses members', async () => {
    const { m } = managers();
    expect(await m.verdict('UADMIN')).toEqual({ allowed: true, because: 'admin' });
    expect(await m.verdict('UOWNER')).toEqual({ allowed: true, because: 'admin' });
    expect(await m.verdict('UMEMBER')).toEqual({ allowed: false, because: 'not-admin' });
  });

  it('allows listed users without asking Slack', async () => {
    const { m, asked } = managers({ listed: ['UMEMBER'] });
    expect(await m.verdict('UMEMBER')).toEqual({ allowed: true, because: 'listed' });
    expect(asked).toEqual([]);
  });

  it('asks Slack once per user for five minutes, then again', async () => {
    const { m, asked } = managers();
    await m.verdict('UMEMBER');
    clock.advance(4 * 60_000);
    expect(await m.verdict('UMEMBER')).toEqual({ allowed: false, because: 'not-admin' });
    expect(asked).toEqual(['UMEMBER']);
    clock.advance(60_000);
    await m.verdict('UMEMBER');
    expect(asked).toEqual(['UMEMBER', 'UMEMBER']);
  });

  it('shares one users.info call among concurrent questions about one user', async () => {
    const { m, asked } = managers();
    const verdicts = await Promise.all([m.verdict('UADMIN'), m.verdict('UADMIN'), m.verdict('UADMIN')]);
    expect(verdicts.every((v) => v.allowed)).toBe(true);
    expect(asked).toEqual(['UADMIN']);
  });

  it('remembers at most maxEntries users, forgetting the oldest', async () => {
    const { m, asked } = managers({ maxEntries: 2 });
    for (const user of ['UADMIN', 'UOWNER', 'UMEMBER', 'UMEMBER', 'UADMIN']) await m.verdict(user);
    expect(asked).toEqual(['UADMIN', 'UOWNER', 'UMEMBER', 'UADMIN']);
  });

  it('refuses when users.info fails, logs why without secrets, and asks again next time', async () => {
    const { logger, lines } = capturingLogger();
    let calls = 0;
    // As @slack/web-api throws for { ok: false, error: 'missing_scope' }; the request rides along.
    const failure = Object.assign(new Error('An API error occurred: missing_scope'), {
      code: 'slack_webapi_platform_error',
      data: { ok: false, error: 'missing_scope', needed: 'users:read', provided: 'chat:write' },
      original: { config: { headers: { Authorization: 'Bearer xoxb-secret-token' } } },
    });
    const m = new ChannelManagers({
      listed: [],
      lookup: async () => {
        calls++;
        throw failure;
      },
      clock,
      log: logger,
    });
    expect(await m.verdict('UADMIN')).toEqual({ allowed: false, because: 'lookup-failed' });
    expect(await m.verdict('UADMIN')).toEqual({ allowed: false, because: 'lookup-failed' });
    expect(calls).toBe(2);
    expect(lines).toHaveLength(2);
    const logged = JSON.parse(lines[0] ?? '{}');
    expect(logged).toMatchObject({
      level: 50,
      user: 'UADMIN',
      code: 'slack_webapi_platform_error',
      slackError: 'missing_scope',
      needed: 'users:read',
    });
    expect(lines.join('\n')).not.toContain('xoxb-secret-token');
  });

  it('refuses when users.info answers in an unexpected shape or about someone else', async () => {
    const answers: unknown[] = [
      { ok: true },
      { ok: true, user: { id: 'UOTHER', is_admin: true } },
      { ok: true, user: { id: 'UADMIN', is_admin: 'yes' } },
      'not json',
    ];
    for (const answer of answers) {
      const m = new ChannelManagers({ listed: [], lookup: async () => answer, clock, log: silentLogger });
      expect(await m.verdict('UADMIN')).toEqual({ allowed: false, because: 'lookup-failed' });
    }
  });
});
