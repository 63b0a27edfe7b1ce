import { formatCommandText } from '../../command/format-text.js';
import type { Block, Reply, Tone } from '../../reply/model.js';
import { type Styler, styler } from './ansi.js';
import { TERMINAL_LIMITS } from './limits.js';

export interface RenderOptions {
  /** ANSI colour and bold (only on a TTY). */
  color?: boolean;
  /** Wrap lines to this many columns (the terminal width); no wrapping when absent. */
  width?: number;
}

// Terminal control characters (C0 except newline, DEL, C1) and bidirectional overrides: article text
// must not move the cursor, change colours or reorder what the user sees.
const CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print: control characters removed (tabs become spaces), line endings kept. */
export function stripControls(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/\t/g, ' ').replace(CONTROL, '');
}

/** Word-wrap text; the first line starts with `first`, later lines with `rest`. Short lines stay as written. */
function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  for (const [i, paragraph] of text.split('\n').entries()) {
    const lead = i === 0 ? first : rest;
    if (lead.length + paragraph.length <= width) {
      lines.push(lead + paragraph);
      continue;
    }
    let line = lead;
    let empty = true;
    for (const word of paragraph.split(' ').filter(Boolean)) {
      if (!empty && line.length + 1 + word.length > width) {
        lines.push(line);
        line = rest + word;
      } else {
        line += empty ? word : ` ${word}`;
      }
      empty = false;
    }
    lines.push(line);
  }
  return lines;
}

const TONE_MARK: Record<Tone, string> = { info: '', success: '\u2713 ', warning: '! ', error: '\u2717 ' };
const TONE_STYLE = { info: 'cyan', success: 'green', warning: 'yellow', error: 'red' } as const;

function renderBlock(block: Block, s: Styler, color: boolean, width: number): string[] {
  switch (block.type) {
    case 'heading': {
      const text = stripControls(block.text);
      // Without colour, underline headings so they still stand out.
      return !color ? [text, '\u2500'.repeat(Math.min(text.length, width))] : [s('bold', text)];
    }
    case 'text':
      return wrap(stripControls(block.text), width);
    case 'context':
      return wrap(stripControls(block.text), width).map((l) => s('dim', l));
    case 'quote': {
      const bar = s('dim', '\u2502 ');
      const lines = wrap(stripControls(block.text), width - 4, '  ').map((l) => `  ${bar}${l.slice(2)}`);
      if (block.attribution)
        lines.push(`  ${bar}${s('italic', `\u2014 ${stripControls(block.attribution)}`)}`);
      if (block.context)
        lines.push(...wrap(stripControls(block.context), width, '    ').map((l) => s('dim', l)));
      return lines;
    }
    case 'list':
      return block.items.flatMap((item, i) => {
        const marker = block.ordered ? `${i + 1}. ` : '\u2022 ';
        return wrap(stripControls(item), width, `  ${marker}`, ' '.repeat(2 + marker.length));
      });
    case 'fields': {
      const lines: string[] = [];
      let inline: string[] = [];
      const flush = () => {
        if (inline.length) lines.push(...wrap(inline.join('  \u00b7  '), width));
        inline = [];
      };
      for (const field of block.fields) {
        const text = `${s('bold', `${stripControls(field.name)}:`)} ${stripControls(field.value)}`;
        if (field.inline) inline.push(text);
        else {
          flush();
          lines.push(...wrap(text, width, '', '  '));
        }
      }
      flush();
      return lines;
    }
    case 'divider':
      return [s('dim', '\u2500'.repeat(Math.min(TERMINAL_LIMITS.dividerWidth, width)))];
  }
}

/** A Reply as terminal text: a pure function of the reply and the options. */
export function render(reply: Reply, options: RenderOptions = {}): string {
  const color = options.color ?? false;
  const s = styler(color);
  const width = options.width
    ? Math.max(TERMINAL_LIMITS.minWidth, options.width)
    : TERMINAL_LIMITS.unwrappedWidth;
  const out: string[] = [];
  if (reply.title) {
    const tone = reply.tone ?? 'info';
    out.push(s('bold', s(TONE_STYLE[tone], `${TONE_MARK[tone]}${stripControls(reply.title)}`)));
  }
  if (reply.url) out.push(s('underline', stripControls(reply.url)));
  let previous: Block['type'] | undefined;
  for (const block of reply.blocks) {
    // A blank line between blocks, except right under a heading.
    if (out.length && previous !== 'heading') out.push('');
    out.push(...renderBlock(block, s, color, width));
    previous = block.type;
  }
  const tail: string[] = [];
  for (const action of reply.actions ?? []) {
    const text = formatCommandText(action.command, action.options, action.subcommand);
    tail.push(s('dim', stripControls(`\u2192 ${action.label}: ${text}`)));
  }
  if (reply.footer) tail.push(...wrap(stripControls(reply.footer), width).map((l) => s('dim', l)));
  if (tail.length) out.push('', ...tail);
  return `${out.join('\n')}\n`;
}
