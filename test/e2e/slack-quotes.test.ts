import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionEvent } from '../fakes/slack/envelopes.js';
import { BOT_USER_ID, type FakeSlack } from '../fakes/slack/index.js';
import { type SocketBot, seedArticle, slashPayload, startSocketBot } from '../helpers/slack.js';

describe('Slack: who said what, on the seed article', () => {
  let bot: SocketBot;
  let slack: FakeSlack;

  beforeAll(async () => {
    bot = await startSocketBot({}, { articles: [seedArticle()] });
    slack = bot.slack;
  });

  afterAll(() => bot?.stop());

  const askInThread = async (text: string, ts: string) => {
    await slack.socket.deliver('events_api', mentionEvent(`<@${BOT_USER_ID}> ${text}`, ts));
    const post = await slack.waitFor(() => slack.calls.find((c) => c.args.thread_ts === ts));
    return { post, sent: JSON.stringify(post.args.blocks) };
  };

  it('answers "@Briefing people" in the thread with the people the analysis found', async () => {
    const { post, sent } = await askInThread('people', '50.0');
    expect(post.method).toBe('chat.postMessage');
    expect(sent).toContain('John Kerry');
  });

  it('answers "@Briefing who said durable solution" in the thread with the speaker', async () => {
    const { post, sent } = await askInThread('who said durable solution', '50.1');
    expect(post.method).toBe('chat.postMessage');
    expect(post.args.channel).toBe('C0CHANNEL');
    expect(sent).toContain('John Kerry');
    expect(sent).toContain('durable solution');
  });

  it('reads "@Briefing quotes Kerry" as the speaker Kerry, and its button turns the page', async () => {
    const { post, sent } = await askInThread('quotes Kerry', '50.2');
    expect(sent).toContain('Quotes by John Kerry');
    expect(sent).not.toContain('No article matches');
    const blocks = post.args.blocks as Array<{ type: string; elements?: Array<Record<string, string>> }>;
    const button = blocks.find((b) => b.type === 'actions')?.elements?.[0];
    expect(button?.action_id).toMatch(/^briefing:run:/);
    await slack.socket.deliver('interactive', {
      type: 'block_actions',
      user: { id: 'U0ASKER' },
      channel: { id: 'C0CHANNEL' },
      response_url: slack.responseUrl('page'),
      actions: [{ type: 'button', action_id: button?.action_id, value: button?.value, action_ts: '1.3' }],
    });
    const page = await slack.waitFor(() => slack.responses.find((r) => r.id === 'page'));
    expect(page.body.replace_original).toBe(true);
    expect(JSON.stringify(page.body.blocks)).toContain('page 2');
  });

  it('answers /briefing who-said with the speaker', async () => {
    const ack = await slack.socket.deliver(
      'slash_commands',
      slashPayload('who-said save lives', slack.responseUrl('ws')),
    );
    // Quick enough to ride on the acknowledgement, unless the machine is very busy.
    const answer = ack.payload?.blocks
      ? JSON.stringify(ack.payload)
      : JSON.stringify((await slack.waitFor(() => slack.responses.find((r) => r.id === 'ws'))).body);
    expect(answer).toContain('John Kerry');
  });
});
