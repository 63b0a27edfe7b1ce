import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeOpenAI, startFakeOpenAI } from '../fakes/openai-server.js';
import type { FakeSlack } from '../fakes/slack/index.js';
import { type SocketBot, seedArticle, slashPayload, startSocketBot } from '../helpers/slack.js';

const MODEL_SUMMARY = JSON.stringify({
  summary: [
    {
      text: 'The United States has agreed to consider taking refugees from Australian detention centres, John Kerry said.',
      sources: [1],
    },
    {
      text: 'Kerry confirmed the possible deal after talks with New Zealand Prime Minister John Key.',
      sources: [2],
    },
  ],
});

describe('Slack: a model summary is acknowledged first and answered through response_url', () => {
  let bot: SocketBot;
  let slack: FakeSlack;
  let openai: FakeOpenAI;

  beforeAll(async () => {
    openai = await startFakeOpenAI(() => ({ kind: 'content', content: MODEL_SUMMARY, delayMs: 200 }));
    bot = await startSocketBot(
      { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: openai.baseURL },
      { articles: [seedArticle()] },
    );
    slack = bot.slack;
  });

  afterAll(async () => {
    await bot?.stop();
    await openai?.close();
  });

  it('/briefing summary short', async () => {
    const ack = await slack.socket.deliver(
      'slash_commands',
      slashPayload('summary short', slack.responseUrl('sum')),
    );
    // The acknowledgement came before the model answered, and carried nothing.
    expect(ack.payload ?? {}).toEqual({});
    expect(slack.responses.find((r) => r.id === 'sum')).toBeUndefined();
    const response = await slack.waitFor(() => slack.responses.find((r) => r.id === 'sum'));
    expect(openai.requests).toHaveLength(1);
    expect(response.body.response_type).toBe('in_channel');
    expect(JSON.stringify(response.body.blocks)).toContain('Kerry confirmed the possible deal');
  });
});
