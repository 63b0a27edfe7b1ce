/**
 * The Reply model: a platform-neutral document that every command returns and every adapter renders.
 *
 * All strings here are plain text. Adapters escape them for their platform (Discord markdown, Slack
 * mrkdwn, terminal control characters), so article text can never ping @everyone, inject <!channel>
 * or break formatting. Commands never put platform markup into a Reply.
 */

export type Tone = 'info' | 'success' | 'warning' | 'error';

export interface TextBlock {
  type: 'text';
  text: string;
}

export interface HeadingBlock {
  type: 'heading';
  text: string;
}

/** A quotation set off from the text, with who said it and optional surrounding context. */
export interface QuoteBlock {
  type: 'quote';
  text: string;
  /** e.g. "John Kerry, US Secretary of State" */
  attribution?: string;
  /** e.g. the sentence a partial quote sits in, or "paragraph 3" */
  context?: string;
}

export interface ListBlock {
  type: 'list';
  items: string[];
  ordered?: boolean;
}

export interface Field {
  name: string;
  value: string;
  inline?: boolean;
}

export interface FieldsBlock {
  type: 'fields';
  fields: Field[];
}

export interface DividerBlock {
  type: 'divider';
}

/** Small print: sources, counts, hints. */
export interface ContextBlock {
  type: 'context';
  text: string;
}

export type Block =
  | TextBlock
  | HeadingBlock
  | QuoteBlock
  | ListBlock
  | FieldsBlock
  | DividerBlock
  | ContextBlock;

/**
 * A button that re-runs a command with the given options when pressed. Adapters keep this state in the
 * platform's custom id / action value (never in memory), so buttons keep working after a restart.
 */
export interface Action {
  label: string;
  command: string;
  subcommand?: string;
  options: Record<string, string | number | boolean>;
}

export interface Reply {
  title?: string;
  /** Link for the title (an article URL), when there is one. */
  url?: string;
  blocks: Block[];
  footer?: string;
  tone?: Tone;
  /** Only the requester sees it (errors, help) where the platform supports that. */
  ephemeral?: boolean;
  actions?: Action[];
}

export function textReply(text: string, extra: Partial<Reply> = {}): Reply {
  return { blocks: [{ type: 'text', text }], ...extra };
}

export function errorReply(message: string, hint?: string): Reply {
  const blocks: Block[] = [{ type: 'text', text: message }];
  if (hint) blocks.push({ type: 'context', text: hint });
  return { title: 'Sorry', blocks, tone: 'error', ephemeral: true };
}

/** Plain text of a reply, for notification fallbacks and logs. */
export function replyToPlainText(reply: Reply): string {
  const lines: string[] = [];
  if (reply.title) lines.push(reply.title);
  for (const block of reply.blocks) {
    switch (block.type) {
      case 'text':
      case 'heading':
      case 'context':
        lines.push(block.text);
        break;
      case 'quote':
        lines.push(`"${block.text}"${block.attribution ? ` - ${block.attribution}` : ''}`);
        break;
      case 'list':
        block.items.forEach((item, i) => {
          lines.push(block.ordered ? `${i + 1}. ${item}` : `- ${item}`);
        });
        break;
      case 'fields':
        for (const f of block.fields) lines.push(`${f.name}: ${f.value}`);
        break;
      case 'divider':
        break;
    }
  }
  if (reply.footer) lines.push(reply.footer);
  return lines.join('\n');
}
