import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Adapter } from '../../src/adapters/types.js';
import { silentLogger } from '../../src/logger.js';
import { createSummarizer } from '../../src/summarizer.js';
import { type FakeDiscord, startFakeDiscord } from '../fakes/discord/server.js';
import { type FakeOpenAI, startFakeOpenAI } from '../fakes/openai-server.js';
import { discordAppAgainst } from '../helpers/discord-app.js';
import { seedArticle } from '../helpers/library.js';

// The model answers in the summariser's JSON shape, after a delay longer than a reply should wait.
const MODEL_SUMMARY = JSON.stringify({
  summary: [
    {
      text: 'The United States has agreed to consider taking refugees from Australian detention centres, John Kerry said.',
      sources: [1],
    },
    { text: 'Kerry confirmed the possible deal after talks with John Key.', sources: [2] },
  ],
});

describe('/summary on Discord with a slow model (real discord.js and openai SDKs)', () => {
  let discord: FakeDiscord;
  let model: FakeOpenAI;
  let adapter: Adapter;

  beforeAll(async () => {
    discord = await startFakeDiscord();
    model = await startFakeOpenAI(() => ({ kind: 'content', content: MODEL_SUMMARY, delayMs: 300 }));
    const summarizer = createSummarizer(
      { apiKey: 'test-key', baseUrl: model.baseURL, model: 'fake-model', timeoutMs: 10_000 },
      silentLogger,
    );
    ({ adapter } = await discordAppAgainst(discord, { services: { summarizer } }));
  });
  afterAll(async () => {
    await adapter?.stop();
    await discord?.close();
    await model?.close();
  });

  it('defers at once, then edits the summary in', async () => {
    const { interaction } = discord.command('summary');
    const callback = await discord.waitFor(
      (r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
    );
    expect(callback.body).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await discord.waitFor(
      (r) => r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/@original`),
    );
    expect(model.requests).toHaveLength(1);
    expect(edit.at).toBeGreaterThan(callback.at);
    const body = edit.body as {
      embeds: Array<{ title: string; description: string; footer: { text: string } }>;
    };
    expect(body.embeds[0]?.title).toBe(seedArticle().title);
    expect(body.embeds[0]?.description).toContain('Kerry confirmed the possible deal');
    expect(body.embeds.at(-1)?.footer.text).toContain('fake-model');
  });

  it('answers the offline engine directly (it is fast)', async () => {
    const { interaction } = discord.command('summary', [{ name: 'engine', type: 3, value: 'offline' }]);
    const callback = await discord.waitFor(
      (r) => r.path === `/interactions/${interaction.id}/${interaction.token}/callback`,
    );
    expect((callback.body as { type: number }).type).toBe(4);
  });
});
