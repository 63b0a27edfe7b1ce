import { readFileSync } from 'node:fs';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { hashText } from '../../src/analysis/analyze.js';
import { Library } from '../../src/articles/library.js';
import type { Article } from '../../src/articles/types.js';
import { systemClock } from '../../src/clock.js';
import { loadCommands } from '../../src/command/registry.js';
import { runInvocation } from '../../src/command/run.js';
import { silentLogger } from '../../src/logger.js';
import { replyToPlainText } from '../../src/reply/model.js';
import type { Services } from '../../src/services.js';
import { createSummarizer } from '../../src/summarizer.js';
import { type FakeOpenAI, startFakeOpenAI } from '../fakes/openai-server.js';

const text = readFileSync(
  new URL('../fixtures/us-weighs-taking-refugees-from-australian-detention.txt', import.meta.url),
  'utf8',
)
  .split(/\n\s*\n/)
  .map((p) => p.trim())
  .filter(Boolean)
  .join('\n\n');

function article(extra: Partial<Article> = {}): Article {
  return {
    id: 'us-weighs',
    title: 'US weighs taking refugees from Australian detention',
    titleDerived: true,
    text,
    paragraphs: text.split('\n\n'),
    source: 'articles/us-weighs.txt',
    hash: hashText(text),
    ...extra,
  };
}

async function context(services: Services = {}, extra: Partial<Article> = {}) {
  const library = new Library();
  const entry = library.upsert(article(extra));
  return {
    entry,
    base: {
      library,
      catalog: await loadCommands(),
      services,
      clock: systemClock,
      logger: silentLogger,
      requester: { platform: 'cli' as const },
    },
  };
}

let fake: FakeOpenAI | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

describe('/summary', () => {
  it('answers with the title, an offline summary, its engine and source, and a Full summary button', async () => {
    const { base } = await context({}, { url: 'https://example.org/us-weighs' });
    const reply = await runInvocation({ command: 'summary', options: {} }, base);
    expect(reply.title).toBe('US weighs taking refugees from Australian detention');
    expect(reply.url).toBe('https://example.org/us-weighs');
    expect(replyToPlainText(reply)).toContain('The United States has agreed to consider taking refugees');
    expect(reply.footer).toMatch(/^Extractive summary.*Source: https:\/\/example\.org\/us-weighs$/);
    expect(reply.actions).toEqual([
      { label: 'Full summary', command: 'summary', options: { article: 'us-weighs', length: 'long' } },
    ]);
  });

  it('renders bullets, a longer length without the button, and the key people', async () => {
    const { base, entry } = await context();
    const mention = { start: 0, end: 1, text: 'x' };
    entry.analysis.people = [
      { name: 'Donald Trump', aliases: [], gender: 'male', mentions: [mention] },
      { name: 'John Key', aliases: ['Key'], gender: 'male', mentions: [mention, mention] },
      {
        name: 'John Kerry',
        aliases: ['Kerry'],
        role: 'US Secretary of State',
        gender: 'male',
        mentions: [mention, mention, mention],
      },
    ];
    const reply = await runInvocation(
      { command: 'summary', options: { length: 'long', style: 'bullets', engine: 'offline' } },
      base,
    );
    const list = reply.blocks.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items).toHaveLength(7);
    expect(reply.actions).toBeUndefined();
    // Most mentioned first; someone named once is left out when others recur.
    expect(JSON.stringify(reply.blocks)).toContain('John Kerry (US Secretary of State), John Key"');
    expect(reply.footer).toMatch(/Source: articles\/us-weighs.txt/);
  });

  it('names the model in the footer and reports itself as slow when the model path is on', async () => {
    fake = await startFakeOpenAI(() => ({
      kind: 'content',
      content: JSON.stringify({
        summary: [
          {
            text: 'The United States has agreed to consider taking refugees from Australian detention centres.',
            sources: [1],
          },
          { text: 'Kerry confirmed the possible deal with the Australian Government.', sources: [2] },
        ],
      }),
    }));
    const summarizer = createSummarizer(
      { apiKey: 'k', baseUrl: fake.baseURL, model: 'fake-model-1', timeoutMs: 5_000 },
      pino({ level: 'silent' }),
    );
    const { base } = await context({ summarizer });
    const command = base.catalog.find((c) => c.name === 'summary')!;
    expect(command.mayBeSlow?.({ options: {}, services: { summarizer } })).toBe(true);
    expect(command.mayBeSlow?.({ options: { engine: 'offline' }, services: { summarizer } })).toBe(false);
    expect(command.mayBeSlow?.({ options: {}, services: {} })).toBe(false);

    const reply = await runInvocation({ command: 'summary', options: {} }, base);
    expect(reply.footer).toMatch(/^Written by the model fake-model-1/);
    expect(replyToPlainText(reply)).toContain(
      'Kerry confirmed the possible deal with the Australian Government.',
    );
  });

  it('shows the fallback note when the model fails', async () => {
    fake = await startFakeOpenAI(() => ({ kind: 'status', status: 503 }));
    const summarizer = createSummarizer(
      { apiKey: 'k', baseUrl: fake.baseURL, model: 'fake-model-1', timeoutMs: 5_000 },
      pino({ level: 'silent' }),
    );
    const { base } = await context({ summarizer });
    const reply = await runInvocation({ command: 'summary', options: { engine: 'model' } }, base);
    expect(reply.footer).toMatch(/^Extractive summary/);
    expect(replyToPlainText(reply)).toMatch(/server had an error, so this is the offline summary/);
  });

  it('explains an unknown article and a bad option', async () => {
    const { base } = await context();
    const missing = await runInvocation({ command: 'summary', options: { article: 'zzzz qqqq' } }, base);
    expect(missing.tone).toBe('error');
    expect(replyToPlainText(missing)).toMatch(/No article matches/);
    const bad = await runInvocation({ command: 'summary', options: { length: 'huge' } }, base);
    expect(replyToPlainText(bad)).toMatch(/short, medium, long/);
  });

  it('says so when nothing in the article can stand alone as a summary', async () => {
    const quotesOnly =
      '"We will rebuild the bridge and we will do it this year."\n\n"Nobody will be left behind by the closure."';
    const { base } = await context(
      {},
      { text: quotesOnly, paragraphs: quotesOnly.split('\n\n'), hash: hashText(quotesOnly) },
    );
    const reply = await runInvocation({ command: 'summary', options: {} }, base);
    expect(replyToPlainText(reply)).toMatch(/mostly quotation\)\. Try \/quotes/);
    expect(reply.actions).toBeUndefined();
  });

  it('calls a very short article with no quotes too short, not quotation', async () => {
    const short = 'Short.';
    const { base } = await context({}, { text: short, paragraphs: [short], hash: hashText(short) });
    const reply = await runInvocation({ command: 'summary', options: {} }, base);
    expect(replyToPlainText(reply)).not.toMatch(/quotation/);
  });
});
