import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DigestRuntime } from '../../src/digest/runtime.js';
import type { DigestService } from '../../src/digest/service.js';
import { digestSettings } from '../../src/digest/settings.js';
import type { Destination } from '../../src/digest/types.js';
import { buttonPressPayload, mentionEvent } from '../fakes/slack/envelopes.js';
import { BOT_USER_ID, type FakeSlack } from '../fakes/slack/index.js';
import { type SocketBot, slashPayload, startSocketBot } from '../helpers/slack.js';
import { tempDir } from '../support/digests.js';

const CHANNEL: Destination = { platform: 'slack', channelId: 'C0CHANNEL' };
const SUBSCRIBE = 'digest subscribe schedule:"daily 08:00" timezone:Europe/London';

/**
 * Who may change a channel's digest on Slack, through the real Bolt app against the fake Slack: workspace
 * admins and owners (users.info), members listed in SLACK_DIGEST_MANAGERS, nobody else; reading stays open.
 */
describe('Slack: changing a channel digest is for admins and listed members', () => {
  const tmp = tempDir();
  let bot: SocketBot;
  let slack: FakeSlack;
  let runtime: DigestRuntime;
  let digests: DigestService;
  let n = 0;

  /** /briefing <text> from `user`; resolves with the acknowledgement (quick answers ride on it). */
  const slash = (text: string, user: string) =>
    slack.socket.deliver(
      'slash_commands',
      slashPayload(text, slack.responseUrl(`r${++n}`), { user_id: user }),
    );
  // The renderer sets _ apart with zero-width spaces (Slack has no escape for it); read past them.
  const plain = (value: unknown) => JSON.stringify(value ?? {}).replace(/\u200b/g, '');
  const ackText = (ack: { payload?: Record<string, unknown> }) => plain(ack.payload);
  const usersInfoFor = (user: string) => slack.callsTo('users.info').filter((c) => c.args.user === user);
  const subscribed = () => digests.list(CHANNEL).length > 0;

  beforeAll(async () => {
    bot = await startSocketBot({ DATA_DIR: tmp.dir, SLACK_DIGEST_MANAGERS: 'U0LISTED' });
    slack = bot.slack;
    slack.members.set('U0MEMBER', {});
    slack.members.set('U0ADMIN', { is_admin: true });
    slack.members.set('U0OWNER', { is_owner: true, is_primary_owner: true });
    slack.members.set('U0LISTED', {});
    runtime = DigestRuntime.open(bot.deps, digestSettings(bot.deps.config));
    digests = bot.deps.services.digests!;
  });

  afterAll(async () => {
    await bot?.stop();
    await runtime?.stop();
    tmp.remove();
  });

  it('refuses a member who subscribes the channel, saying who may, and stores nothing', async () => {
    const ack = await slash(SUBSCRIBE, 'U0MEMBER');
    expect(ack.payload?.response_type).toBe('ephemeral');
    const text = ackText(ack);
    expect(text).toContain('Only workspace admins and owners');
    expect(text).toContain('SLACK_DIGEST_MANAGERS');
    expect(text).toContain('U0MEMBER');
    expect(subscribed()).toBe(false);
    expect(usersInfoFor('U0MEMBER')).toHaveLength(1);
    expect(usersInfoFor('U0MEMBER')[0]?.token).toBe('xoxb-test');
  });

  it('refuses a member who asks by mention, in the thread and only to them', async () => {
    const ts = `1700001${++n}.000300`;
    await slack.socket.deliver(
      'events_api',
      mentionEvent(`<@${BOT_USER_ID}> digest now`, ts, { user: 'U0MEMBER' }),
    );
    const post = await slack.waitFor(() => slack.calls.find((c) => c.args.thread_ts === ts));
    expect(post.method).toBe('chat.postEphemeral');
    expect(post.args.user).toBe('U0MEMBER');
    expect(plain(post.args.blocks)).toContain('Only workspace admins and owners');
    // The answer about U0MEMBER is remembered: one users.info for both requests.
    expect(usersInfoFor('U0MEMBER')).toHaveLength(1);
  });

  it('lets a workspace admin subscribe the channel', async () => {
    const ack = await slash(SUBSCRIBE, 'U0ADMIN');
    expect(ackText(ack)).toContain('Digest scheduled');
    expect(digests.list(CHANNEL)[0]?.subscription).toMatchObject({
      schedule: 'daily 08:00',
      timezone: 'Europe/London',
    });
    expect(usersInfoFor('U0ADMIN')).toHaveLength(1);
  });

  it('lets any member list and preview the digest, without asking Slack who they are', async () => {
    const calls = slack.callsTo('users.info').length;
    const list = await slash('digest list', 'U0NEWCOMER');
    expect(ackText(list)).toContain('every day at 08:00');
    expect(ackText(list)).not.toContain('Not allowed');
    await slash('digest preview', 'U0NEWCOMER');
    const preview = await slack.waitFor(() => slack.responses.find((r) => r.id === `r${n}`));
    expect(plain(preview.body)).toContain('Digest preview');
    expect(slack.callsTo('users.info')).toHaveLength(calls);
  });

  it('lets a member listed in SLACK_DIGEST_MANAGERS unsubscribe, without asking Slack', async () => {
    const ack = await slash('digest unsubscribe', 'U0LISTED');
    expect(ackText(ack)).toContain('Digest stopped');
    expect(subscribed()).toBe(false);
    expect(usersInfoFor('U0LISTED')).toHaveLength(0);
  });

  it('refuses with a clear message when users.info fails, and keeps serving', async () => {
    slack.failures.set('users.info', 'missing_scope');
    const ack = await slash(SUBSCRIBE, 'U0OWNER');
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(ackText(ack)).toContain('could not check');
    expect(ackText(ack)).toContain('users:read');
    expect(subscribed()).toBe(false);
    // A failure is not remembered: once Slack answers, the owner may.
    slack.failures.delete('users.info');
    expect(ackText(await slash(SUBSCRIBE, 'U0OWNER'))).toContain('Digest scheduled');
    expect(subscribed()).toBe(true);
    expect(usersInfoFor('U0OWNER')).toHaveLength(2);
  });

  it('checks a button that would change the channel too', async () => {
    const stop = { label: 'Stop', command: 'digest', subcommand: 'unsubscribe', options: {} };
    await slack.socket.deliver(
      'interactive',
      buttonPressPayload(stop, slack.responseUrl('button'), 'U0MEMBER'),
    );
    const response = await slack.waitFor(() => slack.responses.find((r) => r.id === 'button'));
    expect(response.body.response_type).toBe('ephemeral');
    expect(plain(response.body)).toContain('Only workspace admins and owners');
    expect(subscribed()).toBe(true);
  });

  it('refuses someone Slack does not know (user_not_found)', async () => {
    const ack = await slash('digest unsubscribe', 'U0GHOST');
    expect(ackText(ack)).toContain('could not check');
    expect(subscribed()).toBe(true);
  });
});
