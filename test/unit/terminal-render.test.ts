import { describe, expect, it } from 'vitest';
import { render, stripControls } from '../../src/adapters/terminal/render.js';
import type { Reply } from '../../src/reply/model.js';

const reply: Reply = {
  title: 'Quotes',
  url: 'https://example.com/a',
  blocks: [
    { type: 'heading', text: 'Section' },
    { type: 'text', text: 'Some text.' },
    {
      type: 'quote',
      text: 'We agreed.',
      attribution: 'John Kerry, US Secretary of State',
      context: 'paragraph 3',
    },
    { type: 'list', items: ['one', 'two'] },
    { type: 'list', items: ['first'], ordered: true },
    {
      type: 'fields',
      fields: [
        { name: 'id', value: 'a', inline: true },
        { name: 'added', value: '2024-01-01', inline: true },
        { name: 'contents', value: '3 paragraphs' },
      ],
    },
    { type: 'divider' },
    { type: 'context', text: 'small print' },
  ],
  footer: 'footer text',
  actions: [{ label: 'Older', command: 'articles', options: { page: 2 } }],
};

describe('terminal renderer', () => {
  it('lays out every block readably without colour', () => {
    expect(render(reply)).toBe(
      [
        'Quotes',
        'https://example.com/a',
        '',
        'Section',
        '───────',
        'Some text.',
        '',
        '  │ We agreed.',
        '  │ — John Kerry, US Secretary of State',
        '    paragraph 3',
        '',
        '  • one',
        '  • two',
        '',
        '  1. first',
        '',
        'id: a  ·  added: 2024-01-01',
        'contents: 3 paragraphs',
        '',
        '────────────────────────────────────────',
        '',
        'small print',
        '',
        '→ Older: /articles page:2',
        'footer text',
        '',
      ].join('\n'),
    );
  });

  it('uses ANSI styles only when colour is asked for', () => {
    expect(render(reply)).not.toContain('\u001b[');
    const coloured = render({ ...reply, tone: 'error' }, { color: true });
    expect(coloured).toContain('\u001b[1m');
    expect(coloured).toContain('\u001b[31m\u2717 Quotes');
  });

  it('strips terminal control characters from every string it prints', () => {
    const evil = 'A\u001b[2J\u001b]0;pwned\u0007B\rC\u0008\u009b31m\u202eD\tE';
    const out = render({
      title: evil,
      blocks: [
        { type: 'text', text: evil },
        { type: 'quote', text: evil, attribution: evil },
        { type: 'list', items: [evil] },
        { type: 'fields', fields: [{ name: evil, value: evil }] },
      ],
      footer: evil,
    });
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/);
    expect(stripControls(evil)).toBe('A[2J]0;pwnedB\nC31mD E');
  });

  it('wraps long lines to the width with hanging indents, and leaves short ones alone', () => {
    const long = 'word '.repeat(30).trim();
    const out = render(
      {
        blocks: [
          { type: 'list', items: [long] },
          { type: 'quote', text: long },
        ],
      },
      { width: 40 },
    );
    const lines = out.trimEnd().split('\n');
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(40);
    expect(lines[0]?.startsWith('  • word')).toBe(true);
    expect(lines[1]?.startsWith('    word')).toBe(true);
    expect(lines.filter((l) => l.startsWith('  │ ')).length).toBeGreaterThan(2);
    expect(render({ blocks: [{ type: 'text', text: 'a   b' }] }, { width: 40 })).toBe('a   b\n');
  });
});
