import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../src/adapters/slack/index.js';
import { defineCommand } from '../../src/command/types.js';
import type { Reply } from '../../src/reply/model.js';
import { buttonPressPayload, directMessageEvent, mentionEvent } from '../fakes/slack/envelopes.js';
import { BOT_USER_ID, type FakeSlack } from '../fakes/slack/index.js';
import { type SocketBot, slashPayload, startSocketBot } from '../helpers/slack.js';

/** A command whose answer the test releases, to see the acknowledge-first path and graceful stop. */
let release: (reply: Reply) => void = () => {};
const slowCommand = defineCommand({
  name: 'slow-test',
  description: 'Answers when the test says so',
  options: [],
  examples: [],
  mayBeSlow: () => true,
  run: () => new Promise<Reply>((resolve) => (release = resolve)),
});

type Blocks = Array<{ type: string; text?: { text: string }; fields?: Array<{ text: string }> }>;
const blocksOf = (args: Record<string, unknown>) => args.blocks as Blocks;
const allText = (blocks: Blocks) => JSON.stringify(blocks);

describe('Slack adapter in Socket Mode against a fake Slack', () => {
  let slack: FakeSlack;
  let adapter: SlackAdapter;
  let n = 0;
  const mention = (text: string, extra: Record<string, unknown> = {}) => {
    const ts = `1700000${++n}.000200`;
    return { ts, ack: slack.socket.deliver('events_api', mentionEvent(text, ts, extra)) };
  };

  let bot: SocketBot;

  beforeAll(async () => {
    bot = await startSocketBot({}, { commands: [slowCommand] });
    ({ slack, adapter } = bot);
  });

  afterAll(() => bot?.stop());

  it('connects through apps.connections.open with the app token', () => {
    const open = slack.callsTo('apps.connections.open');
    expect(open).toHaveLength(1);
    expect(open[0]?.token).toBe('xapp-test');
    expect(slack.socket.connected).toBe(1);
  });

  it('answers a mention in a thread under it', async () => {
    const { ts, ack } = mention(`<@${BOT_USER_ID}> help`);
    expect((await ack).envelope_id).toBeTruthy();
    const call = await slack.waitFor(() =>
      slack.calls.find((c) => c.method.startsWith('chat.post') && c.args.thread_ts === ts),
    );
    // /help is ephemeral: in a channel only the asker sees it.
    expect(call.method).toBe('chat.postEphemeral');
    expect(call.args.user).toBe('U0ASKER');
    expect(call.token).toBe('xoxb-test');
    expect(allText(blocksOf(call.args))).toContain('Briefing commands');
  });

  it('renders what a user smuggles into a reply inert', async () => {
    const { ts } = mention(
      `<@${BOT_USER_ID}> help command:"<!channel> <@U0VICTIM> <https://evil.example|click>"`,
    );
    const call = await slack.waitFor(() => slack.calls.find((c) => c.args.thread_ts === ts));
    const text = allText(blocksOf(call.args)) + String(call.args.text);
    expect(text).toContain('&lt;!channel&gt;');
    expect(text).not.toMatch(/<!channel>|<@U0VICTIM>|<https:/);
  });

  it('answers a direct message without a mention, and ignores bots', async () => {
    const dm = (text: string, extra: Record<string, unknown> = {}) =>
      slack.socket.deliver('events_api', directMessageEvent(text, `17000${++n}.1`, extra));
    await dm('help', { bot_id: 'B0OTHER', user: 'U0BOT' });
    await dm('help', { user: 'U0ASKER', subtype: 'message_changed' });
    await dm('help', { user: 'U0ASKER' });
    const post = await slack.waitFor(() =>
      slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'D0DIRECT'),
    );
    expect(allText(blocksOf(post.args))).toContain('Briefing commands');
    expect(slack.calls.filter((c) => c.args.channel === 'D0DIRECT')).toHaveLength(1);
  });

  it('acknowledges /briefing with the answer when it is quick', async () => {
    const ack = await slack.socket.deliver(
      'slash_commands',
      slashPayload('help who-said', slack.responseUrl('quick')),
    );
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(JSON.stringify(ack.payload?.blocks)).toContain('Help');
    expect(slack.responses.filter((r) => r.id === 'quick')).toHaveLength(0);
  });

  it('answers a bad /briefing with an ephemeral error naming the commands', async () => {
    const ack = await slack.socket.deliver(
      'slash_commands',
      slashPayload('frobnicate', slack.responseUrl('bad')),
    );
    expect(ack.payload?.response_type).toBe('ephemeral');
    expect(String(ack.payload?.text)).toContain('There is no command');
    expect(String(ack.payload?.text)).toContain('help');
  });

  it('skips malformed payloads and keeps serving', async () => {
    const broken = slashPayload('help', slack.responseUrl('broken')) as Record<string, unknown>;
    delete broken.user_id;
    const ack = await slack.socket.deliver('slash_commands', broken);
    expect(String(ack.payload?.text)).toContain('could not read');
    const malformed = mention(`<@${BOT_USER_ID}> help`, { user: undefined, text: 42 });
    await malformed.ack;
    const { ts } = mention(`<@${BOT_USER_ID}> help`);
    await slack.waitFor(() => slack.calls.find((c) => c.args.thread_ts === ts));
    expect(slack.calls.filter((c) => c.args.thread_ts === malformed.ts)).toEqual([]);
  });

  it('acknowledges a slow command first and answers through response_url', async () => {
    const ack = await slack.socket.deliver(
      'slash_commands',
      slashPayload('slow-test', slack.responseUrl('slow')),
    );
    expect(ack.payload ?? {}).toEqual({});
    release({ title: 'Done', blocks: [{ type: 'text', text: 'the slow answer' }] });
    const response = await slack.waitFor(() => slack.responses.find((r) => r.id === 'slow'));
    expect(response.body.response_type).toBe('in_channel');
    expect(JSON.stringify(response.body.blocks)).toContain('the slow answer');
  });

  it('re-runs the command a button carries, replacing the message', async () => {
    // A button as an earlier process rendered it: everything needed is in its value, nothing in memory.
    await slack.socket.deliver(
      'interactive',
      buttonPressPayload(
        { label: 'Help on help', command: 'help', options: { command: 'help' } },
        slack.responseUrl('button'),
      ),
    );
    const response = await slack.waitFor(() => slack.responses.find((r) => r.id === 'button'));
    expect(JSON.stringify(response.body.blocks)).toContain('Help: /help');
  });

  it('splits an over-long post into several messages within the limits', async () => {
    const before = slack.callsTo('chat.postMessage').length;
    const long = 'A sentence of a long digest that goes on. '.repeat(200);
    await adapter.post('C0DIGEST', {
      title: 'Digest',
      blocks: Array.from({ length: 40 }, (_, i) => [
        { type: 'heading' as const, text: `Article ${i}` },
        { type: 'text' as const, text: long },
      ]).flat(),
    });
    const posts = slack.callsTo('chat.postMessage').slice(before);
    expect(posts.length).toBeGreaterThan(1);
    for (const post of posts) {
      expect(post.args.channel).toBe('C0DIGEST');
      const blocks = blocksOf(post.args);
      expect(blocks.length).toBeLessThanOrEqual(50);
      for (const b of blocks) expect(b.text?.text.length ?? 0).toBeLessThanOrEqual(3000);
      expect(String(post.args.text).length).toBeLessThanOrEqual(3000);
    }
    const text = posts.map((p) => allText(blocksOf(p.args))).join('');
    for (let i = 0; i < 40; i++) expect(text).toContain(`*Article ${i}*`);
  });

  it('finishes work in flight when stopped', async () => {
    const ack = await slack.socket.deliver(
      'slash_commands',
      slashPayload('slow-test', slack.responseUrl('stop')),
    );
    expect(ack.payload ?? {}).toEqual({});
    const stopped = adapter.stop();
    release({ blocks: [{ type: 'text', text: 'finished before stopping' }] });
    await stopped;
    expect(slack.responses.find((r) => r.id === 'stop')).toBeDefined();
  });
});
