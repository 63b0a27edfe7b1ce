import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAction } from '../../../src/adapters/slack/actions.js';
import type { SlackBlock, SlackMessage } from '../../../src/adapters/slack/blocks.js';
import { escapeMrkdwn } from '../../../src/adapters/slack/escape.js';
import { SLACK_LIMITS } from '../../../src/adapters/slack/limits.js';
import { renderReply } from '../../../src/adapters/slack/render.js';
import type { Block, Reply } from '../../../src/reply/model.js';

/** Every text object in a message, with the limit that applies to it. */
function texts(block: SlackBlock): Array<{ text: string; limit: number }> {
  switch (block.type) {
    case 'header':
      return [{ text: block.text.text, limit: SLACK_LIMITS.headerText }];
    case 'section':
      return [
        ...(block.text ? [{ text: block.text.text, limit: SLACK_LIMITS.sectionText }] : []),
        ...(block.fields ?? []).map((f) => ({ text: f.text, limit: SLACK_LIMITS.fieldText })),
      ];
    case 'context':
      return block.elements.map((e) => ({ text: e.text, limit: SLACK_LIMITS.contextText }));
    case 'actions':
      return block.elements.map((e) => ({ text: e.text.text, limit: SLACK_LIMITS.buttonText }));
    case 'divider':
      return [];
  }
}

function expectWithinLimits(messages: SlackMessage[]) {
  expect(messages.length).toBeGreaterThan(0);
  for (const message of messages) {
    expect(message.blocks.length).toBeGreaterThan(0);
    expect(message.blocks.length).toBeLessThanOrEqual(SLACK_LIMITS.blocksPerMessage);
    expect(message.text.length).toBeGreaterThan(0);
    expect(message.text.length).toBeLessThanOrEqual(SLACK_LIMITS.fallbackText);
    for (const block of message.blocks) {
      if (block.type === 'section') {
        expect(block.text || block.fields?.length).toBeTruthy();
        expect(block.fields?.length ?? 0).toBeLessThanOrEqual(SLACK_LIMITS.fieldsPerSection);
      }
      if (block.type === 'context')
        expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.contextElements);
      if (block.type === 'actions') {
        expect(block.elements.length).toBeLessThanOrEqual(SLACK_LIMITS.actionsElements);
        for (const b of block.elements) expect(b.value.length).toBeLessThanOrEqual(SLACK_LIMITS.buttonValue);
      }
      for (const t of texts(block)) {
        expect(t.text.length).toBeGreaterThan(0);
        expect(t.text.length).toBeLessThanOrEqual(t.limit);
      }
    }
  }
}

/** mrkdwn with no live markup from outside: no <...> at all (the reply carries no url here), no bare &. */
function expectInert(messages: SlackMessage[]) {
  for (const message of messages) {
    // Headers and button labels are plain_text, which Slack never parses; everything else is mrkdwn.
    const mrkdwn = message.blocks.filter((b) => b.type !== 'header' && b.type !== 'actions');
    const all = [message.text, ...mrkdwn.flatMap((b) => texts(b).map((t) => t.text))];
    for (const text of all) {
      // "> " at a line start is our own quote markup.
      expect(text.replace(/^> /gm, '')).not.toMatch(/[<>]/);
      expect(text).not.toMatch(/&(?!amp;|lt;|gt;)/);
      expect(text).not.toMatch(/@(channel|here|everyone)\b/i);
    }
  }
}

const nasty = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.constantFrom(
    '<!channel>',
    '<!here>',
    '<@U123>',
    '<https://evil.example|x>',
    '&lt;',
    '@everyone',
    '*_~`',
    '😀',
  ),
  fc.string({ unit: fc.constantFrom('a', ' ', '<', '>', '&', '\n', '.', '@', 'é', '😀'), maxLength: 5000 }),
);

const block: fc.Arbitrary<Block> = fc.oneof(
  fc.record({ type: fc.constant('text' as const), text: nasty }),
  fc.record({ type: fc.constant('heading' as const), text: nasty }),
  fc.record(
    { type: fc.constant('quote' as const), text: nasty, attribution: nasty, context: nasty },
    { requiredKeys: ['type', 'text'] },
  ),
  fc.record({
    type: fc.constant('list' as const),
    items: fc.array(nasty, { maxLength: 30 }),
    ordered: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('fields' as const),
    fields: fc.array(fc.record({ name: nasty, value: nasty }), { maxLength: 25 }),
  }),
  fc.constant({ type: 'divider' as const }),
  fc.record({ type: fc.constant('context' as const), text: nasty }),
);

const reply: fc.Arbitrary<Reply> = fc.record(
  {
    title: nasty,
    blocks: fc.array(block, { maxLength: 80 }),
    footer: nasty,
    tone: fc.constantFrom('info' as const, 'success' as const, 'warning' as const, 'error' as const),
    ephemeral: fc.boolean(),
    actions: fc.array(
      fc.record({
        label: nasty,
        command: fc.constantFrom('quotes', 'summary'),
        options: fc.dictionary(
          fc.constantFrom('page', 'article'),
          fc.oneof(fc.integer(), fc.string({ maxLength: 40 })),
        ),
      }),
      { maxLength: 30 },
    ),
  },
  { requiredKeys: ['blocks'] },
);

describe('renderReply (Slack)', () => {
  it('renders title, text, quotes, lists, fields, dividers and footer as Block Kit', () => {
    const [message, ...rest] = renderReply({
      title: 'Quotes: refugees',
      url: 'https://example.com/story?a=1',
      blocks: [
        { type: 'text', text: 'Two quotes.' },
        {
          type: 'quote',
          text: 'We are very engaged',
          attribution: 'John Kerry, US Secretary of State',
          context: 'paragraph 3',
        },
        { type: 'divider' },
        { type: 'list', items: ['one', 'two'], ordered: true },
        { type: 'fields', fields: [{ name: 'Speaker', value: 'Kerry' }] },
      ],
      footer: 'Source: test',
    });
    expect(rest).toEqual([]);
    expect(message?.blocks).toEqual([
      { type: 'header', text: { type: 'plain_text', text: 'Quotes: refugees', emoji: true } },
      {
        type: 'context',
        elements: [
          { type: 'mrkdwn', text: '<https://example.com/story?a=1|Read the article>', verbatim: true },
        ],
      },
      { type: 'section', text: { type: 'mrkdwn', text: 'Two quotes.', verbatim: true } },
      {
        type: 'section',
        text: {
          type: 'mrkdwn',
          text: '> We are very engaged\n— John Kerry, US Secretary of State',
          verbatim: true,
        },
      },
      { type: 'context', elements: [{ type: 'mrkdwn', text: '_paragraph 3_', verbatim: true }] },
      { type: 'divider' },
      { type: 'section', text: { type: 'mrkdwn', text: '1. one\n2. two', verbatim: true } },
      { type: 'section', fields: [{ type: 'mrkdwn', text: '*Speaker*\nKerry', verbatim: true }] },
      { type: 'context', elements: [{ type: 'mrkdwn', text: 'Source: test', verbatim: true }] },
    ]);
    expect(message?.text).toContain('Quotes: refugees');
    expect(message?.text).toContain('"We are very engaged"'.slice(1, -1));
  });

  it('escapes article text so it cannot ping, mention or link', () => {
    const [message] = renderReply({
      blocks: [{ type: 'text', text: 'Hi <!channel> & <@U1> <http://x|y> @here' }],
    });
    const section = message?.blocks[0];
    expect(section?.type === 'section' && section.text?.text).toBe(
      'Hi &lt;!channel&gt; &amp; &lt;@U1&gt; &lt;http://x|y&gt; @\u2060here',
    );
    expect(message?.text).toBe(escapeMrkdwn('Hi <!channel> & <@U1> <http://x|y> @here'));
  });

  it('keeps formatting marks in article text from opening bold, italics, strike or code', () => {
    const [message] = renderReply({
      blocks: [
        {
          type: 'quote',
          text: 'a *not bold* and _not italic_, ~no strike~ `no code`',
          context: 'in my_file_name',
        },
      ],
    });
    const mrkdwn = JSON.stringify(message?.blocks);
    // Every mark from the article stands between zero-width spaces, so Slack never pairs two of them.
    for (const mark of ['*not bold*', '_not italic_', '~no strike~', '`no code`']) {
      expect(mrkdwn).not.toContain(mark);
    }
    expect(mrkdwn).toContain('\u200b*\u200bnot bold\u200b*\u200b');
    // An underscore inside a word opens nothing in Slack: a name copied from a reply stays that name.
    expect(mrkdwn).toContain('my_file_name');
  });

  it('never sends an empty header or an empty message', () => {
    for (const r of [
      { title: ' ', blocks: [] },
      { blocks: [{ type: 'divider' as const }] },
      { blocks: [] },
    ]) {
      const messages = renderReply(r);
      expectWithinLimits(messages);
      expect(JSON.stringify(messages)).toContain('nothing to show');
    }
  });

  it('drops a link that is not http(s)', () => {
    const [message] = renderReply({ url: 'javascript:alert(1)', title: 'T', blocks: [] });
    expect(JSON.stringify(message)).not.toContain('javascript');
  });

  it('splits a long text at sentence boundaries and never ends a message on a heading', () => {
    const sentence = 'This sentence is part of a very long article. ';
    const messages = renderReply({
      title: 'Long',
      blocks: Array.from({ length: 60 }, (_, i) => [
        { type: 'heading' as const, text: `Part ${i}` },
        { type: 'text' as const, text: sentence.repeat(100) },
      ]).flat(),
    });
    expectWithinLimits(messages);
    expect(messages.length).toBeGreaterThan(1);
    for (const m of messages) {
      const last = m.blocks[m.blocks.length - 1];
      expect(last?.type === 'section' && last.text?.text.startsWith('*Part')).toBe(false);
      for (const b of m.blocks)
        if (b.type === 'section' && b.text && !b.text.text.startsWith('*'))
          expect(b.text.text).toMatch(/\.$/);
    }
  });

  it('puts buttons on the last message with their state in the value', () => {
    const messages = renderReply({
      blocks: [{ type: 'text', text: 'page 1' }],
      actions: [{ label: 'Next page', command: 'quotes', options: { page: 2, article: 'seed' } }],
    });
    const actions = messages.at(-1)?.blocks.at(-1);
    expect(actions?.type).toBe('actions');
    const button = actions?.type === 'actions' ? actions.elements[0] : undefined;
    expect(button?.action_id).toBe('briefing:run:0');
    expect(decodeAction(button?.value)).toEqual({ command: 'quotes', options: { page: 2, article: 'seed' } });
  });

  it('rejects a tampered button value', () => {
    expect(decodeAction('{"c":1}')).toBeUndefined();
    expect(decodeAction('not json')).toBeUndefined();
    expect(decodeAction(undefined)).toBeUndefined();
  });

  it('renders any reply within Slack limits, with nothing from the reply left unescaped', () => {
    fc.assert(
      fc.property(reply, (r) => {
        const messages = renderReply(r);
        expectWithinLimits(messages);
        expectInert(messages);
      }),
      { numRuns: 300 },
    );
  });

  it('loses no words when it splits', () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-z<&]{1,12}$/), { minLength: 1, maxLength: 3000 }),
        (words) => {
          const text = words.join(' ');
          const rendered = renderReply({ blocks: [{ type: 'text', text }] })
            .flatMap((m) => m.blocks)
            .map((b) => (b.type === 'section' ? b.text?.text : ''))
            .join(' ');
          expect(rendered.split(/\s+/)).toEqual(escapeMrkdwn(text).split(/\s+/));
        },
      ),
      { numRuns: 50 },
    );
  });
});
