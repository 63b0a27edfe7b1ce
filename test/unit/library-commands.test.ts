import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/articles/library.js';
import { articleFromBytes } from '../../src/articles/loader.js';
import { ManualClock } from '../../src/clock.js';
import { loadCommands } from '../../src/command/registry.js';
import { runInvocation } from '../../src/command/run.js';
import { silentLogger } from '../../src/logger.js';
import type { Reply } from '../../src/reply/model.js';

const options = { maxBytes: 1e6 };
const bytes = (s: string) => new TextEncoder().encode(s);

async function context() {
  const clock = new ManualClock(new Date('2024-05-01T00:00:00Z'));
  const library = new Library(() => clock.now());
  library.upsert(
    articleFromBytes(
      bytes(
        '---\ntitle: Council approves budget\npublished: 2024-03-05\nsource: Example Times\n---\nThe council met.',
      ),
      'articles/council-budget.md',
      options,
    ),
  );
  library.upsert(articleFromBytes(bytes('Rain is expected tomorrow.'), 'articles/weather.txt', options));
  library.reportProblem({ source: 'articles/broken.json', message: 'it is not valid JSON: oops.' });
  return {
    library,
    catalog: await loadCommands(),
    services: {},
    clock,
    logger: silentLogger,
    requester: { platform: 'cli' as const },
  };
}

const text = (reply: Reply) => JSON.stringify(reply);

describe('/articles', () => {
  it('lists each article with id, date, source and counts, newest first, then the problems', async () => {
    const reply = await runInvocation({ command: 'articles', options: {} }, await context());
    expect(reply.title).toBe('Library: 2 articles');
    const headings = reply.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
    // Added today beats published in March.
    expect(headings).toEqual(['Rain is expected tomorrow', 'Council approves budget', 'Not loaded (1)']);
    const fields = reply.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : []));
    expect(fields).toContainEqual({ name: 'published', value: '2024-03-05', inline: true });
    expect(fields).toContainEqual({ name: 'source', value: 'Example Times', inline: true });
    expect(fields).toContainEqual({ name: 'added', value: '2024-05-01', inline: true });
    expect(fields).toContainEqual({ name: 'contents', value: '1 paragraph, 0 quotes, 0 people' });
    expect(text(reply)).toContain('broken.json: it is not valid JSON: oops.');
  });

  it('counts the same quotes as /quotes: speech, not scare quotes or titles', async () => {
    const ctx = await context();
    const seed = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';
    const entry = ctx.library.upsert(articleFromBytes(await readFile(seed), seed, options));
    const { quotes } = entry.analysis;
    // The seed has quotes that are not speech: otherwise this test would not tell the counts apart.
    expect(quotes.some((q) => q.kind !== 'direct' && q.kind !== 'partial')).toBe(true);
    const listed = await runInvocation({ command: 'articles', options: {} }, ctx);
    const contents = listed.blocks
      .flatMap((b) => (b.type === 'fields' ? b.fields : []))
      .find((f) => f.name === 'contents' && f.value.startsWith('17 paragraphs'));
    const quoted = await runInvocation({ command: 'quotes', options: { article: entry.article.id } }, ctx);
    const total = /(\d+) quotes/.exec(quoted.footer ?? '')?.[1];
    expect(total).toBeDefined();
    expect(contents?.value).toMatch(new RegExp(`, ${total} quotes \\(and \\d+ scare quotes? or titles?\\),`));
  });

  it('pages a long library with buttons', async () => {
    const ctx = await context();
    for (let i = 0; i < 12; i++)
      ctx.library.upsert(articleFromBytes(bytes(`Story ${i}.`), `s${i}.txt`, options));
    const first = await runInvocation({ command: 'articles', options: {} }, ctx);
    expect(first.actions).toEqual([{ label: 'Older', command: 'articles', options: { page: 2 } }]);
    const second = await runInvocation({ command: 'articles', options: { page: '2' } }, ctx);
    expect(second.footer).toContain('Page 2 of 2');
  });
});

describe('/people', () => {
  it('defaults to the newest article and finds others by fuzzy title', async () => {
    const ctx = await context();
    const newest = await runInvocation({ command: 'people', options: {} }, ctx);
    expect(newest.title).toBe('People in "Rain is expected tomorrow"');
    const fuzzy = await runInvocation({ command: 'people', options: { article: 'council budget' } }, ctx);
    expect(fuzzy.title).toBe('People in "Council approves budget"');
  });

  it('lists people most-mentioned first, with role, count and other names', async () => {
    const ctx = await context();
    const seed = 'test/fixtures/us-weighs-taking-refugees-from-australian-detention.txt';
    ctx.library.upsert(articleFromBytes(await readFile(seed), seed, options));
    const reply = await runInvocation({ command: 'people', options: { article: 'us-weighs' } }, ctx);
    const items = reply.blocks.flatMap((b) => (b.type === 'list' ? b.items : []));
    expect(items[0]).toMatch(/^John Kerry, US Secretary of State: \d+ mentions \(also .*\bKerry\b/);
    expect(items.findIndex((i) => i.startsWith('John Key'))).toBeGreaterThan(0);
    expect(items.some((i) => i.startsWith('Donald Trump'))).toBe(true);
  });

  it('answers an unknown article with suggestions', async () => {
    const reply = await runInvocation(
      { command: 'people', options: { article: 'council of cats' } },
      await context(),
    );
    expect(reply.tone).toBe('error');
    expect(text(reply)).toContain('Did you mean: council-budget (Council approves budget)');
    const none = await runInvocation({ command: 'people', options: { article: 'zebra' } }, await context());
    expect(text(none)).toContain('Articles: weather (Rain is expected tomorrow); council-budget');
  });
});

describe('/help', () => {
  it('lists every command with its options and an example', async () => {
    const ctx = await context();
    const reply = await runInvocation({ command: 'help', options: {} }, ctx);
    for (const command of ctx.catalog) {
      expect(text(reply)).toContain(`/${command.name}`);
      expect(command.examples.length).toBeGreaterThan(0);
    }
  });
});
