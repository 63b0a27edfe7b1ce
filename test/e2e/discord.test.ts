import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISCORD_LIMITS as L } from '../../src/adapters/discord/limits.js';
import type { Adapter } from '../../src/adapters/types.js';
import { CHANNEL_ID } from '../fakes/discord/payloads.js';
import { type FakeDiscord, type RecordedRequest, startFakeDiscord } from '../fakes/discord/server.js';
import { capturingLogger, discordAppAgainst } from '../helpers/discord-app.js';
import { article, seedArticle } from '../helpers/library.js';

interface WireEmbed {
  title?: string;
  description?: string;
  footer?: { text: string };
  fields?: Array<{ name: string; value: string }>;
}
interface WireMessage {
  embeds?: WireEmbed[];
  components?: Array<{ components: Array<{ custom_id: string; label: string }> }>;
  allowed_mentions?: unknown;
  flags?: number;
}
const EPHEMERAL = 64;

/** The message data of a callback (`{type, data}`) or of a webhook/channel message body. */
function messageOf(request: RecordedRequest): WireMessage {
  const body = request.body as { type?: number; data?: WireMessage } & WireMessage;
  return request.path.endsWith('/callback') ? (body.data ?? {}) : body;
}

function expectWireWithinLimits(message: WireMessage) {
  expect(message.allowed_mentions).toEqual({ parse: [] });
  const embeds = message.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
  let total = 0;
  for (const e of embeds) {
    expect(e.title?.length ?? 0).toBeLessThanOrEqual(L.title);
    expect(e.description?.length ?? 0).toBeLessThanOrEqual(L.description);
    expect(e.footer?.text.length ?? 0).toBeLessThanOrEqual(L.footer);
    expect(e.fields?.length ?? 0).toBeLessThanOrEqual(L.fields);
    total += (e.title?.length ?? 0) + (e.description?.length ?? 0) + (e.footer?.text.length ?? 0);
    for (const f of e.fields ?? []) total += f.name.length + f.value.length;
  }
  expect(total).toBeLessThanOrEqual(L.embedTotal);
}

const callbackOf = (fake: FakeDiscord, interaction: { id: string }) =>
  fake.waitFor(
    (r) =>
      r.method === 'POST' &&
      r.path === `/interactions/${interaction.id}/${(interaction as { token?: string }).token}/callback`,
  );
const editOf = (fake: FakeDiscord, interaction: { token: string }) =>
  fake.waitFor((r) => r.method === 'PATCH' && r.path.endsWith(`/${interaction.token}/messages/@original`));

const LONG_TEXT = Array.from({ length: 40 }, (_, p) =>
  Array.from(
    { length: 6 },
    (_, s) => `In paragraph ${p} the minister explained point ${s} at some length, carefully.`,
  ).join(' '),
).join('\n\n');

describe('Discord adapter against a fake Discord (real discord.js)', () => {
  let fake: FakeDiscord;
  let adapter: Adapter;
  const logs = capturingLogger();

  beforeAll(async () => {
    // Heartbeats every second: often enough to see them, slow enough for a loaded 2-core CI machine.
    fake = await startFakeDiscord({ heartbeatIntervalMs: 1000 });
    ({ adapter } = await discordAppAgainst(fake, {
      articles: [
        article('a-very-long-speech', 'A very long speech', LONG_TEXT.split('\n\n')),
        article('ping-everyone', 'Ping everyone', [
          'Breaking: @everyone and @here should read this, says <@&123456789012345678>. **Bold** claim.',
        ]),
      ],
      adapter: { deferAfterMs: 400 },
      logger: logs.logger,
    }));
  });
  afterAll(async () => {
    await adapter?.stop();
    await fake?.close();
  });

  it('discovers the gateway through DISCORD_API_URL, identifies with the token and heartbeats', async () => {
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    expect(fake.gateway.identifies).toEqual([expect.objectContaining({ token: fake.token })]);
    await expect.poll(() => fake.gateway.heartbeats, { timeout: 3000 }).toBeGreaterThan(0);
  });

  it('answers /who-said in the interaction callback, within the limits and pinging nobody', async () => {
    const { interaction } = fake.command('who-said', [
      { name: 'phrase', type: 3, value: 'durable solution' },
    ]);
    const callback = await callbackOf(fake, interaction);
    expect((callback.body as { type: number }).type).toBe(4);
    const message = messageOf(callback);
    expectWireWithinLimits(message);
    expect(message.embeds?.length).toBeGreaterThan(0);
    expect((message.flags ?? 0) & EPHEMERAL).toBe(0);
    const [embed] = message.embeds ?? [];
    expect(embed?.description).toMatch(/^John Kerry\b/);
    expect(embed?.description).toMatch(/^> “.*durable solution for these refugees\.”$/m);
  });

  it('answers a quick command directly, without deferring', async () => {
    const { interaction } = fake.command('slow-echo', [{ name: 'ms', type: 4, value: 0 }]);
    const callback = await callbackOf(fake, interaction);
    expect((callback.body as { type: number }).type).toBe(4);
    expect(JSON.stringify(messageOf(callback))).toContain('Answered after 0 ms');
  });

  it('defers at once when the command says it may be slow, then edits the answer in', async () => {
    const { interaction } = fake.command('slow-echo', [
      { name: 'ms', type: 4, value: 100 },
      { name: 'declared', type: 5, value: true },
    ]);
    const callback = await callbackOf(fake, interaction);
    expect((callback.body as { type: number }).type).toBe(5);
    const edit = await editOf(fake, interaction);
    expect(edit.rawPath).toContain('%40original');
    expect(JSON.stringify(messageOf(edit))).toContain('Answered after 100 ms');
    expect(messageOf(edit).allowed_mentions).toEqual({ parse: [] });
  });

  it('defers when a run outlasts the deferral window, then edits', async () => {
    const { interaction } = fake.command('slow-echo', [{ name: 'ms', type: 4, value: 800 }]);
    const callback = await callbackOf(fake, interaction);
    // Deferred (type 5) rather than answered (type 4): the acknowledgement came before the run ended.
    expect((callback.body as { type: number }).type).toBe(5);
    const edit = await editOf(fake, interaction);
    expect(JSON.stringify(messageOf(edit))).toContain('Answered after 800 ms');
  });

  it('turns a deferred public answer into an ephemeral error when the run fails', async () => {
    const { interaction } = fake.command('slow-echo', [
      { name: 'ms', type: 4, value: 10 },
      { name: 'declared', type: 5, value: true },
      { name: 'fail', type: 5, value: true },
    ]);
    const followUp = await fake.waitFor(
      (r) => r.method === 'POST' && r.path.endsWith(`/${interaction.token}`),
    );
    const calls = fake
      .answersTo(interaction)
      .map((r) => `${r.method} ${r.path.split('/').slice(-2).join('/')}`);
    expect(calls).toEqual([
      `POST ${interaction.token}/callback`,
      'DELETE messages/@original',
      `POST ${fake.applicationId}/${interaction.token}`,
    ]);
    expect((messageOf(followUp).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(messageOf(followUp))).toContain('The slow thing failed.');
  });

  it('shows the user an error when Discord rejects the answer', async () => {
    fake.failNext('PATCH', /messages\/@original$/, 400);
    const { interaction } = fake.command('slow-echo', [
      { name: 'ms', type: 4, value: 10 },
      { name: 'declared', type: 5, value: true },
    ]);
    const followUp = await fake.waitFor(
      (r) => r.method === 'POST' && r.path.endsWith(`/${interaction.token}`),
    );
    expect((messageOf(followUp).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
    expect(JSON.stringify(messageOf(followUp))).toContain('could not send the answer');
    const logged = logs.lines.find(
      (l) => l.includes(interaction.id) && l.includes('answering an interaction failed'),
    );
    expect(logged).toContain('"status":400');
    expect(logged).toContain('slow-echo');
    expect(logged).not.toContain(interaction.token);
    expect(logs.lines.join('\n')).not.toContain(fake.token);
  });

  it('answers autocomplete with at most 25 choices from the library', async () => {
    const { interaction } = fake.autocomplete('article-text', [
      { name: 'article', type: 3, value: 'refug', focused: true },
    ]);
    const callback = await callbackOf(fake, interaction);
    const body = callback.body as { type: number; data: { choices: Array<{ name: string; value: string }> } };
    expect(body.type).toBe(8);
    expect(body.data.choices.length).toBeLessThanOrEqual(L.autocompleteChoices);
    const seed = seedArticle();
    expect(body.data.choices[0]).toEqual({ name: seed.title, value: seed.id });
    expect(seed.id).toBe('us-weighs-taking-refugees-from-australian-detention');
  });

  it('suggests command names for /help', async () => {
    const { interaction } = fake.autocomplete('help', [
      { name: 'command', type: 3, value: 'art', focused: true },
    ]);
    const body = (await callbackOf(fake, interaction)).body as {
      data: { choices: Array<{ value: string }> };
    };
    expect(body.data.choices.map((c) => c.value).sort()).toEqual(['article-text', 'articles']);
  });

  it('reads subcommands and typed options', async () => {
    const { interaction } = fake.command('echo', [
      {
        name: 'typed',
        type: 1,
        options: [
          { name: 'text', type: 3, value: 'hello' },
          { name: 'count', type: 4, value: 2 },
          { name: 'flag', type: 5, value: true },
        ],
      },
    ]);
    const message = messageOf(await callbackOf(fake, interaction));
    expect(message.embeds?.[0]?.description).toBe('typed {"text":"hello","count":2,"flag":true}');
  });

  it('autocompletes an option inside a subcommand (/digest subscribe timezone)', async () => {
    const { interaction } = fake.autocomplete('digest', [
      {
        name: 'subscribe',
        type: 1,
        options: [{ name: 'timezone', type: 3, value: 'Europe/Lon', focused: true }],
      },
    ]);
    const body = (await callbackOf(fake, interaction)).body as {
      data: { choices: Array<{ value: string }> };
    };
    expect(body.data.choices.map((c) => c.value)).toContain('Europe/London');
  });

  it('retries a reply that got 429 after retry_after', async () => {
    fake.failNext('POST', /^\/interactions\/.*\/callback$/, 429, 0.05);
    const { interaction } = fake.command('help');
    await fake.waitFor(
      (r) =>
        r.path.startsWith(`/interactions/${interaction.id}/`) &&
        r !== fake.requests.find((x) => x.path.startsWith(`/interactions/${interaction.id}/`)),
    );
    const calls = fake.answersTo(interaction).filter((r) => r.path.endsWith('/callback'));
    expect(calls).toHaveLength(2);
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(50);
    expect(calls[1]!.body).toEqual(calls[0]!.body);
  });

  it('retries a channel post (digests) that got 429', async () => {
    const channel = '900000000000000777';
    fake.failNext('POST', new RegExp(`^/channels/${channel}/messages$`), 429, 0.05);
    await adapter.post(channel, { title: 'Digest', blocks: [{ type: 'text', text: 'news' }] });
    const posts = fake.requests.filter((r) => r.path === `/channels/${channel}/messages`);
    expect(posts).toHaveLength(2);
    expect(posts[1]?.body).toEqual(posts[0]?.body);
  });

  it('splits an over-long reply across messages, each within the limits', async () => {
    const { interaction } = fake.command('article-text', [
      { name: 'article', type: 3, value: 'a-very-long-speech' },
    ]);
    await callbackOf(fake, interaction);
    // The last message carries the footer: wait for it.
    const last = await fake.waitFor(
      (r) =>
        r.path.endsWith(`/${interaction.token}`) && messageOf(r).embeds?.at(-1)?.footer?.text === 'Page 1',
    );
    const messages = fake.answersTo(interaction).map(messageOf);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) expectWireWithinLimits(m);
    const text = messages
      .flatMap((m) => m.embeds ?? [])
      .map((e) => e.description)
      .join('\n\n');
    expect(text.replace(/\s+/g, ' ')).toBe(LONG_TEXT.replace(/\s+/g, ' '));
    expect(fake.answersTo(interaction).at(-1)).toBe(last);
  });

  it('never lets article text ping anyone', async () => {
    const { interaction } = fake.command('article-text', [
      { name: 'article', type: 3, value: 'ping-everyone' },
    ]);
    const message = messageOf(await callbackOf(fake, interaction));
    expect(message.allowed_mentions).toEqual({ parse: [] });
    const json = JSON.stringify(message);
    expect(json).toContain('everyone');
    expect(json).not.toMatch(/@(everyone|here)|<@&?\d+>/);
    expect(json).toContain('\\\\*\\\\*Bold\\\\*\\\\*');
  });

  it('pages with a button whose state survives in the custom id, updating the message', async () => {
    const { interaction } = fake.command('article-text', [
      { name: 'article', type: 3, value: 'us-weighs-taking-refugees-from-australian-detention' },
      { name: 'per-page', type: 4, value: 2 },
    ]);
    const first = messageOf(await callbackOf(fake, interaction));
    const button = first.components?.[0]?.components[0];
    expect(button?.label).toBe('Next page');
    const click = fake.click(button!.custom_id, first as Record<string, unknown>);
    const update = await callbackOf(fake, click.interaction);
    expect((update.body as { type: number }).type).toBe(7);
    const page2 = messageOf(update);
    expect(page2.embeds?.at(-1)?.footer?.text).toBe('Page 2');
    expect(page2.components?.[0]?.components[0]?.custom_id).toMatch(/:3$/);
  });

  it('answers an unknown button with an ephemeral error instead of changing the message', async () => {
    const click = fake.click('not-ours', { embeds: [] });
    const callback = await callbackOf(fake, click.interaction);
    expect((callback.body as { type: number }).type).toBe(4);
    expect((messageOf(callback).flags ?? 0) & EPHEMERAL).toBe(EPHEMERAL);
  });

  it('resumes after the gateway drops the connection, logs it, and keeps answering', async () => {
    fake.gateway.drop(4000);
    await expect.poll(() => fake.gateway.resumes, { timeout: 10_000 }).toBe(1);
    expect(logs.lines.some((l) => l.includes('gateway disconnected') || l.includes('reconnecting'))).toBe(
      true,
    );
    await expect.poll(() => logs.lines.some((l) => l.includes('gateway session resumed'))).toBe(true);
    const { interaction } = fake.command('help');
    expect((await callbackOf(fake, interaction)).body).toMatchObject({ type: 4 });
  });

  it('posts to a channel with the same rendering and no mentions', async () => {
    await adapter.post(CHANNEL_ID, {
      title: 'Digest',
      blocks: [{ type: 'text', text: '@everyone news' }],
      ephemeral: true,
    });
    const post = await fake.waitFor(
      (r) => r.method === 'POST' && r.path === `/channels/${CHANNEL_ID}/messages`,
    );
    const body = post.body as WireMessage;
    expectWireWithinLimits(body);
    expect(body.embeds?.[0]?.title).toBe('Digest');
    expect(JSON.stringify(body)).not.toMatch(/@everyone/);
    expect(body.flags ?? 0).toBe(0);
  });
});

describe('Discord buttons across a restart', () => {
  it('pages /quotes with "More quotes" after the bot restarted (state only in the custom id)', async () => {
    const fake = await startFakeDiscord();
    try {
      const before = await discordAppAgainst(fake);
      const { interaction } = fake.command('quotes');
      const first = messageOf(await callbackOf(fake, interaction));
      const button = first.components?.[0]?.components[0];
      expect(button?.label).toBe('More quotes');
      await before.adapter.stop();

      const after = await discordAppAgainst(fake);
      try {
        const click = fake.click(button!.custom_id, first as Record<string, unknown>);
        const update = await callbackOf(fake, click.interaction);
        expect((update.body as { type: number }).type).toBe(7);
        const page2 = messageOf(update);
        expectWireWithinLimits(page2);
        expect(page2.embeds?.at(-1)?.footer?.text).toMatch(/page 2/i);
        expect(JSON.stringify(page2.embeds)).not.toBe(JSON.stringify(first.embeds));
      } finally {
        await after.adapter.stop();
      }
    } finally {
      await fake.close();
    }
  });
});

describe('Discord adapter shutdown', () => {
  it('does not wait forever for a stuck answer', async () => {
    const fake = await startFakeDiscord();
    try {
      const logs = capturingLogger();
      const { adapter } = await discordAppAgainst(fake, {
        adapter: { deferAfterMs: 50, drainTimeoutMs: 200 },
        logger: logs.logger,
      });
      fake.command('slow-echo', [{ name: 'ms', type: 4, value: 600 }]);
      await expect.poll(() => fake.requests.some((r) => r.path.endsWith('/callback'))).toBe(true);
      await adapter.stop();
      expect(fake.requests.some((r) => r.method === 'PATCH')).toBe(false);
      expect(logs.lines.join('\n')).toContain('stopping with answers still in flight');
      // The late answer still reaches Discord (webhooks need no bot token); wait for it so no timer outlives the test.
      await expect.poll(() => fake.requests.some((r) => r.method === 'PATCH'), { timeout: 3000 }).toBe(true);
    } finally {
      await fake.close();
    }
  });

  it('finishes an interaction in flight, then closes the gateway', async () => {
    const fake = await startFakeDiscord();
    try {
      const { adapter } = await discordAppAgainst(fake);
      const { interaction } = fake.command('slow-echo', [
        { name: 'ms', type: 4, value: 300 },
        { name: 'declared', type: 5, value: true },
      ]);
      // The deferral shows the answer is in flight; stop() must still deliver it before closing.
      await callbackOf(fake, interaction);
      await adapter.stop();
      expect(fake.answersTo(interaction).map((r) => r.method)).toEqual(['POST', 'PATCH']);
      await expect.poll(() => fake.gateway.connections).toBe(0);
    } finally {
      await fake.close();
    }
  });
});
