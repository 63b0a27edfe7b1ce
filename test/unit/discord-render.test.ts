import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAction, encodeAction } from '../../src/adapters/discord/custom-id.js';
import { escapeText } from '../../src/adapters/discord/escape.js';
import { renderReply } from '../../src/adapters/discord/render.js';
import { redactUrl } from '../../src/adapters/discord/respond.js';
import { splitText } from '../../src/adapters/discord/split.js';
import { type Command, defineCommand } from '../../src/command/types.js';
import type { Block, Reply } from '../../src/reply/model.js';
import { expectWithinLimits } from './discord-limits.js';

/** A small catalogue for the buttons: their custom ids are encoded against option definitions. */
const catalog: Command[] = [
  defineCommand({
    name: 'quotes',
    description: 'Quotes',
    options: [
      { name: 'article', description: 'Article', type: 'string' },
      { name: 'speaker', description: 'Speaker', type: 'string' },
      { name: 'page', description: 'Page', type: 'integer', hidden: true },
    ],
    examples: [],
    run: () => ({ blocks: [] }),
  }),
  defineCommand({
    name: 'digest',
    description: 'Digests',
    options: [],
    subcommands: [{ name: 'list', description: 'List', options: [] }],
    examples: [],
    run: () => ({ blocks: [] }),
  }),
];

const sentence = (i: number) => `Sentence number ${i} says something about refugees and talks.`;
const longParagraphs = (count: number) =>
  Array.from({ length: count }, (_, p) =>
    Array.from({ length: 8 }, (_, s) => sentence(p * 8 + s)).join(' '),
  ).join('\n\n');

describe('Discord renderer', () => {
  it('renders title, text, quote, list, fields, footer and colour by tone', () => {
    const [message, ...rest] = renderReply({
      title: 'Who said "durable solution"',
      url: 'https://example.com/article',
      tone: 'success',
      blocks: [
        { type: 'heading', text: 'Answer' },
        { type: 'text', text: 'John Kerry said it.' },
        { type: 'quote', text: 'a durable solution', attribution: 'John Kerry', context: 'paragraph 5' },
        { type: 'list', items: ['one', 'two'], ordered: true },
        { type: 'fields', fields: [{ name: 'Article', value: 'US weighs taking refugees', inline: true }] },
      ],
      footer: 'Briefing',
    });
    expect(rest).toEqual([]);
    const embed = message?.embeds[0];
    expect(embed?.title).toBe('Who said "durable solution"');
    expect(embed?.url).toBe('https://example.com/article');
    expect(embed?.color).toBe(0x57f287);
    expect(embed?.description).toBe(
      '**Answer**\nJohn Kerry said it.\n\n> “a durable solution”\n— John Kerry\n-# paragraph 5\n\n1. one\n2. two',
    );
    expect(embed?.fields).toEqual([{ name: 'Article', value: 'US weighs taking refugees', inline: true }]);
    expect(embed?.footer).toEqual({ text: 'Briefing' });
    expect(message?.allowedMentions).toEqual({ parse: [] });
  });

  it('escapes markdown and neutralises mentions in article text', () => {
    const escaped = escapeText(
      '@everyone look at **this** <@123> <@&456> @here\n> not a quote\n# not a heading',
    );
    expect(escaped).not.toMatch(/@(everyone|here)/);
    expect(escaped).not.toMatch(/<@&?\d+>/);
    expect(escaped).toContain('\\*\\*this\\*\\*');
    expect(escaped).toContain('\\> not a quote');
    expect(escaped).toContain('\\# not a heading');
  });

  it('splits a long reply across embeds and messages at paragraph or sentence boundaries', () => {
    const text = longParagraphs(60);
    const messages = renderReply({ title: 'Long', blocks: [{ type: 'text', text }], footer: 'end' });
    expectWithinLimits(messages);
    expect(messages.length).toBeGreaterThan(1);
    const pieces = messages.flatMap((m) => m.embeds.map((e) => e.description ?? ''));
    for (const piece of pieces) expect(piece).toMatch(/\.$/);
    expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(text.replace(/\s+/g, ' '));
    expect(messages.at(-1)?.embeds.at(-1)?.footer?.text).toBe('end');
  });

  it('splits one huge unbroken line without splitting an escape', () => {
    const chunks = splitText('\\*'.repeat(2500), 1023);
    for (const chunk of chunks) {
      expect(chunk.length).toBeLessThanOrEqual(1024);
      expect(chunk).toMatch(/^(\\\*)+$/);
    }
  });

  it('keeps every line of a split quote set off as a quote', () => {
    const messages = renderReply({ blocks: [{ type: 'quote', text: longParagraphs(3).repeat(4) }] });
    expectWithinLimits(messages);
    const lines = messages.flatMap((m) => m.embeds.flatMap((e) => (e.description ?? '').split('\n')));
    for (const line of lines) expect(line.startsWith('>')).toBe(true);
  });

  it('continues long field values in further fields and moves to a new embed after 25', () => {
    const fields = Array.from({ length: 30 }, (_, i) => ({ name: `F${i}`, value: longParagraphs(1) }));
    const messages = renderReply({ blocks: [{ type: 'fields', fields }] });
    expectWithinLimits(messages);
    expect(messages.flatMap((m) => m.embeds).length).toBeGreaterThan(1);
  });

  it('puts buttons on the last message with the state in the custom id, by option position', () => {
    const messages = renderReply(
      {
        blocks: [{ type: 'text', text: 'page 1' }],
        actions: [{ label: 'More quotes', command: 'quotes', options: { page: 2, speaker: 'John Kerry' } }],
      },
      catalog,
    );
    const button = messages[0]?.components[0]?.components[0];
    const customId = button && 'custom_id' in button ? button.custom_id : '';
    expect(customId).toBe('r:quotes::John Kerry:2');
    expect(decodeAction(customId, catalog)).toEqual({
      command: 'quotes',
      subcommand: undefined,
      options: { page: '2', speaker: 'John Kerry' },
    });
  });

  it('fits a long article id with a speaker and a page', () => {
    const action = {
      label: 'More',
      command: 'quotes',
      options: { article: 'a'.repeat(70), speaker: 'Julie Bishop', page: 12 },
    };
    expect(encodeAction(action, catalog)?.length).toBeLessThanOrEqual(100);
  });

  it('drops a button whose state does not fit or whose command is unknown, and rejects foreign ids', () => {
    expect(
      encodeAction({ label: 'x', command: 'quotes', options: { article: 'a'.repeat(120) } }, catalog),
    ).toBeUndefined();
    expect(encodeAction({ label: 'x', command: 'nope', options: {} }, catalog)).toBeUndefined();
    expect(
      encodeAction({ label: 'x', command: 'quotes', options: { colour: 'red' } }, catalog),
    ).toBeUndefined();
    expect(decodeAction('something-else', catalog)).toBeUndefined();
    expect(decodeAction('r:BAD NAME', catalog)).toBeUndefined();
    expect(decodeAction('r:quotes:a:b:c:d', catalog)).toBeUndefined();
    expect(decodeAction('r:digest/nope', catalog)).toBeUndefined();
    expect(decodeAction('r:digest/list', catalog)).toEqual({
      command: 'digest',
      subcommand: 'list',
      options: {},
    });
  });

  it('round-trips any option values through the custom id', () => {
    fc.assert(
      fc.property(
        fc.record({
          article: fc.string({ maxLength: 30 }),
          speaker: fc.string({ maxLength: 30 }),
          page: fc.nat(),
        }),
        (options) => {
          const id = encodeAction({ label: 'x', command: 'quotes', options }, catalog);
          const expected = Object.fromEntries(
            Object.entries(options)
              .map(([k, v]) => [k, String(v)])
              .filter(([, v]) => v !== ''),
          );
          if (id) expect(decodeAction(id, catalog)?.options).toEqual(expected);
        },
      ),
    );
  });

  it('makes errors ephemeral unless the reply says otherwise', () => {
    expect(renderReply({ blocks: [], tone: 'error' })[0]?.ephemeral).toBe(true);
    expect(renderReply({ blocks: [], tone: 'error', ephemeral: false })[0]?.ephemeral).toBe(false);
    expect(renderReply({ blocks: [], tone: 'warning' })[0]?.ephemeral).toBe(false);
  });

  it('marks ephemeral replies and never renders an empty message', () => {
    const [message] = renderReply({ blocks: [], ephemeral: true });
    expect(message?.ephemeral).toBe(true);
    expect(message?.embeds[0]?.description).toBe('Nothing to show.');
  });
});

const str = (max: number) =>
  fc.string({
    maxLength: max,
    unit: fc.constantFrom('a', ' ', '\n', '*', '@', '>', '#', '.', '\\', 'é', '😀', 'word '),
  });
const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: str(9000) }),
  fc.record({ type: fc.constant('heading' as const), text: str(400) }),
  fc.record({
    type: fc.constant('quote' as const),
    text: str(5000),
    attribution: fc.option(str(300), { nil: undefined }),
    context: fc.option(str(300), { nil: undefined }),
  }),
  fc.record({
    type: fc.constant('list' as const),
    items: fc.array(str(500), { maxLength: 30 }),
    ordered: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('fields' as const),
    fields: fc.array(fc.record({ name: str(300), value: str(2500), inline: fc.boolean() }), {
      maxLength: 30,
    }),
  }),
  fc.record({ type: fc.constant('divider' as const) }),
  fc.record({ type: fc.constant('context' as const), text: str(3000) }),
);
const reply: fc.Arbitrary<Reply> = fc.record(
  {
    title: str(400),
    url: fc.webUrl(),
    blocks: fc.array(block, { maxLength: 12 }),
    footer: str(3000),
    tone: fc.constantFrom('info', 'success', 'warning', 'error'),
    ephemeral: fc.boolean(),
    actions: fc.array(
      fc.record({
        label: str(120),
        command: fc.constantFrom('quotes', 'help', 'digest'),
        subcommand: fc.constantFrom(undefined, 'list'),
        options: fc.dictionary(
          fc.constantFrom('page', 'speaker', 'article'),
          fc.oneof(str(60), fc.integer()),
        ),
      }),
      { maxLength: 30 },
    ),
  },
  { requiredKeys: ['blocks'] },
);

describe('Discord renderer properties', () => {
  it('renders ANY reply within every Discord limit', () => {
    fc.assert(
      fc.property(reply, (r) => {
        expectWithinLimits(renderReply(r, catalog));
      }),
      { numRuns: 150 },
    );
  });

  it('never lets a mention through, whatever the text', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('@', 'everyone', 'here', '<', '>', '&', '#', '123', ' ', '\n'), {
          maxLength: 60,
        }),
        (parts) => {
          const json = JSON.stringify(
            renderReply({ title: parts.join(''), blocks: [{ type: 'text', text: parts.join('') }] }),
          );
          expect(json).not.toMatch(/@(everyone|here)|<@[!&]?\d+>|<#\d+>/);
        },
      ),
    );
  });
});

describe('Discord error logging', () => {
  it('keeps interaction tokens out of logged URLs', () => {
    expect(redactUrl('PATCH /api/v10/webhooks/123/secret-token/messages/@original')).toBe(
      'PATCH /api/v10/webhooks/123/[token]/messages/@original',
    );
    expect(redactUrl('https://x/api/v10/interactions/55/tok.en_1/callback?with_response=false')).toBe(
      'https://x/api/v10/interactions/55/[token]/callback?with_response=false',
    );
  });
});
