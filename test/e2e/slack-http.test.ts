import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SlackAdapter } from '../../src/adapters/slack/index.js';
import { createSlackAdapter } from '../../src/adapters/slack/index.js';
import { defineCommand } from '../../src/command/types.js';
import { mentionEvent } from '../fakes/slack/envelopes.js';
import { FakeSlack } from '../fakes/slack/index.js';
import { signRequest, slackDeps, slashPayload } from '../helpers/slack.js';
import { slashLoad } from '../helpers/slack-load.js';

const SECRET = 'test-signing-secret';

/** Says it may be slow, so its answer always goes through response_url (the other path under load). */
const laterCommand = defineCommand({
  name: 'later-test',
  description: 'Answers through response_url',
  options: [],
  examples: [],
  mayBeSlow: () => true,
  run: async () => {
    await new Promise((resolve) => setImmediate(resolve));
    return { blocks: [{ type: 'text', text: 'answered later' }] };
  },
});

describe('Slack adapter in HTTP mode with signed requests', () => {
  let slack: FakeSlack;
  let adapter: SlackAdapter;
  let eventsUrl: string;

  const post = (body: string, headers: Record<string, string>) =>
    fetch(eventsUrl, { method: 'POST', body, headers }).then(async (r) => ({
      status: r.status,
      text: await r.text(),
    }));
  const now = () => Math.floor(Date.now() / 1000);

  beforeAll(async () => {
    slack = await new FakeSlack().start();
    const deps = await slackDeps(
      {
        SLACK_BOT_TOKEN: 'xoxb-test',
        SLACK_SIGNING_SECRET: SECRET,
        SLACK_API_URL: slack.apiUrl,
        PORT: '0',
        HOST: '127.0.0.1',
      },
      { commands: [laterCommand] },
    );
    adapter = createSlackAdapter(deps);
    await adapter.start();
    expect(adapter.address?.address).toBe('127.0.0.1');
    eventsUrl = `http://127.0.0.1:${adapter.address?.port}/slack/events`;
  });

  afterAll(async () => {
    await adapter?.stop();
    await slack?.stop();
  });

  it('answers a correctly signed /briefing in the acknowledgement', async () => {
    const body = new URLSearchParams(slashPayload('help', slack.responseUrl('signed'))).toString();
    const res = await post(body, signRequest(SECRET, now(), body));
    expect(res.status).toBe(200);
    const json = JSON.parse(res.text) as { response_type: string; blocks: unknown[] };
    expect(json.response_type).toBe('ephemeral');
    expect(JSON.stringify(json.blocks)).toContain('Briefing commands');
  });

  it("answers Slack's signed URL verification challenge", async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c-123', token: 'legacy' });
    const res = await post(body, { ...signRequest(SECRET, now(), body), 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('c-123');
  });

  it('answers a signed mention event in a thread', async () => {
    const body = JSON.stringify(mentionEvent('<@UBRIEFING> help who-said', '1.5'));
    const res = await post(body, { ...signRequest(SECRET, now(), body), 'content-type': 'application/json' });
    expect(res.status).toBe(200);
    const call = await slack.waitFor(() => slack.calls.find((c) => c.args.thread_ts === '1.5'));
    expect(JSON.stringify(call.args.blocks)).toContain('who-said');
    // Slack redelivers an event it thinks was missed (X-Slack-Retry-Num); it must not be answered twice.
    const retry = await post(body, {
      ...signRequest(SECRET, now(), body),
      'content-type': 'application/json',
      'x-slack-retry-num': '1',
      'x-slack-retry-reason': 'http_timeout',
    });
    expect(retry.status).toBe(200);
    const followUp = JSON.stringify(mentionEvent('<@UBRIEFING> help', '1.6'));
    await post(followUp, { ...signRequest(SECRET, now(), followUp), 'content-type': 'application/json' });
    await slack.waitFor(() => slack.calls.find((c) => c.args.thread_ts === '1.6'));
    expect(slack.calls.filter((c) => c.args.thread_ts === '1.5')).toHaveLength(1);
  });

  it('refuses a bad signature and a replayed (stale) request with 401 and no side effect', async () => {
    const before = { calls: slack.calls.length, responses: slack.responses.length };
    const body = new URLSearchParams(slashPayload('help', slack.responseUrl('forged'))).toString();
    const forged = await post(body, signRequest('not-the-secret', now(), body));
    expect(forged.status).toBe(401);
    const stale = await post(body, signRequest(SECRET, now() - 10 * 60, body));
    expect(stale.status).toBe(401);
    const tampered = signRequest(SECRET, now(), body);
    const other = await post(body.replace('help', 'articles'), tampered);
    expect(other.status).toBe(401);
    const unsigned = await post(body, { 'content-type': 'application/x-www-form-urlencoded' });
    expect(unsigned.status).toBe(401);
    // Let anything that slipped through reach the fake before checking that nothing did.
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(slack.calls.length).toBe(before.calls);
    expect(slack.responses.length).toBe(before.responses);
  });

  it('answers every one of many concurrent signed commands exactly once', async () => {
    const load = await slashLoad({
      url: eventsUrl,
      secret: SECRET,
      slack,
      texts: ['help', 'later-test', 'help who-said', 'nonsense'],
      amount: 200,
      connections: 20,
      maxSeconds: 30,
    });
    expect(load.result.errors).toBe(0);
    expect(load.result.non2xx).toBe(0);
    expect(load.responded).toBe(200);
    expect(load.lost).toEqual([]);
    expect(load.doubled).toEqual([]);
    expect(slack.responses.filter((r) => r.id.startsWith('load-')).length).toBe(50);
  });
});
