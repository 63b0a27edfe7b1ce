import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCommands } from '../../src/command/registry.js';
import { mentionEvent } from '../fakes/slack/envelopes.js';
import { BOT_USER_ID, type FakeSlack } from '../fakes/slack/index.js';
import { type SocketBot, seedArticle, slashPayload, startSocketBot } from '../helpers/slack.js';

// The quote engine and /who-said, /quotes come from the quotes issue; these run once they are in commands/.
const names = new Set((await loadCommands()).map((c) => c.name));

const hasQuoteCommands = names.has('who-said') && names.has('quotes');

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

  it.skipIf(!hasQuoteCommands)(
    'answers "@Briefing who said durable solution" in the thread with the speaker',
    async () => {
      const { post, sent } = await askInThread('who said durable solution', '50.1');
      expect(post.method).toBe('chat.postMessage');
      expect(post.args.channel).toBe('C0CHANNEL');
      expect(sent).toContain('John Kerry');
      expect(sent).toContain('durable solution');
    },
  );

  it.skipIf(!hasQuoteCommands)('reads "@Briefing quotes Kerry" as the speaker Kerry', async () => {
    const { sent } = await askInThread('quotes Kerry', '50.2');
    expect(sent).toContain('Kerry');
    expect(sent).not.toContain('No article matches');
  });

  it.skipIf(!hasQuoteCommands)('answers /briefing who-said with the speaker', async () => {
    const ack = await slack.socket.deliver(
      'slash_commands',
      slashPayload('who-said save lives', slack.responseUrl('ws')),
    );
    const answer =
      JSON.stringify(ack.payload?.blocks ?? '') +
      JSON.stringify(
        (await slack.waitFor(() => ack.payload?.blocks || slack.responses.find((r) => r.id === 'ws'))) ?? '',
      );
    expect(answer).toContain('John Kerry');
  });
});
