import { clipText } from '../../reply/clip.js';
import type { Block, Reply, Tone } from '../../reply/model.js';
import { encodeAction } from './actions.js';
import { mrkdwn, plain, type SlackBlock, type SlackMessage } from './blocks.js';
import { escapeMrkdwn, mrkdwnLink } from './escape.js';
import { SLACK_LIMITS } from './limits.js';
import { clipEscaped, splitText } from './split-text.js';

export type SlackLimits = { readonly [K in keyof typeof SLACK_LIMITS]: number };

/** A rendered block with the plain text it stands for (for the notification fallback). */
interface Unit {
  block: SlackBlock;
  plain: string;
  /** Headings stay with what follows them when a reply is split. */
  keepWithNext?: boolean;
}

const TONE_MARK: Record<Tone, string> = { info: '', success: '✅ ', warning: '⚠️ ', error: '⚠️ ' };

function section(text: string, plainText: string): Unit {
  return { block: { type: 'section', text: mrkdwn(text) }, plain: plainText };
}

function context(text: string, plainText: string): Unit {
  return { block: { type: 'context', elements: [mrkdwn(text)] }, plain: plainText };
}

/** Lines of mrkdwn packed into as few sections as fit. */
function packLines(lines: Array<{ text: string; plain: string }>, limit: number): Unit[] {
  const units: Unit[] = [];
  let text = '';
  let plainText = '';
  for (const line of lines) {
    if (text && text.length + 1 + line.text.length > limit) {
      units.push(section(text, plainText));
      text = '';
      plainText = '';
    }
    text = text ? `${text}\n${line.text}` : line.text;
    plainText = plainText ? `${plainText}\n${line.plain}` : line.plain;
  }
  if (text) units.push(section(text, plainText));
  return units;
}

/** Each piece of `raw` as one line with a prefix, every line within the section limit. */
function prefixedLines(raw: string, prefix: string, limit: number): Array<{ text: string; plain: string }> {
  return splitText(raw, limit - prefix.length).map((piece) => ({
    text: `${prefix}${escapeMrkdwn(piece)}`,
    plain: piece,
  }));
}

function renderBlock(block: Block, limits: SlackLimits): Unit[] {
  switch (block.type) {
    case 'text':
      return splitText(block.text, limits.sectionText).map((p) => section(escapeMrkdwn(p), p));
    case 'heading': {
      const text = clipEscaped(block.text.trim(), limits.sectionText - 2);
      if (!text) return [];
      return [{ ...section(`*${escapeMrkdwn(text)}*`, text), keepWithNext: true }];
    }
    case 'quote': {
      // Every line of the quote as a "> " line, so multi-line quotes stay set off.
      const lines = block.text.split(/\n+/).flatMap((line) => prefixedLines(line, '> ', limits.sectionText));
      if (block.attribution?.trim()) {
        const who = clipEscaped(block.attribution.trim(), 300);
        lines.push({ text: `— ${escapeMrkdwn(who)}`, plain: `— ${who}` });
      }
      const units = packLines(lines, limits.sectionText);
      if (block.context?.trim()) {
        const ctx = clipEscaped(block.context.trim(), limits.contextText - 2);
        units.push(context(`_${escapeMrkdwn(ctx)}_`, ctx));
      }
      return units;
    }
    case 'list': {
      const lines = block.items.flatMap((item, i) =>
        prefixedLines(item, block.ordered ? `${i + 1}. ` : '• ', limits.sectionText),
      );
      return packLines(lines, limits.sectionText);
    }
    case 'fields': {
      const units: Unit[] = [];
      for (let i = 0; i < block.fields.length; i += limits.fieldsPerSection) {
        const group = block.fields.slice(i, i + limits.fieldsPerSection);
        const fields = group.map((f) => {
          const name = clipEscaped(f.name, 200);
          const value = clipEscaped(f.value, limits.fieldText - escapeMrkdwn(name).length - 3);
          return { text: `*${escapeMrkdwn(name)}*\n${escapeMrkdwn(value)}`, plain: `${name}: ${value}` };
        });
        units.push({
          block: { type: 'section', fields: fields.map((f) => mrkdwn(f.text)) },
          plain: fields.map((f) => f.plain).join('\n'),
        });
      }
      return units;
    }
    case 'divider':
      return [{ block: { type: 'divider' }, plain: '' }];
    case 'context':
      return splitText(block.text, limits.contextText).map((p) => context(escapeMrkdwn(p), p));
  }
}

function headerUnits(reply: Reply, limits: SlackLimits): Unit[] {
  const units: Unit[] = [];
  if (reply.title?.trim()) {
    const title = `${TONE_MARK[reply.tone ?? 'info']}${reply.title}`.replace(/\s+/g, ' ').trim();
    // plain_text is never parsed for mentions or links, so the title needs no escaping, only clipping.
    const header = plain(clipText(title, limits.headerText));
    units.push({ block: { type: 'header', text: header }, plain: reply.title, keepWithNext: true });
  }
  const link = reply.url ? mrkdwnLink(reply.url, 'Read the article') : undefined;
  if (link) units.push(context(link, ''));
  return units;
}

function actionUnits(reply: Reply, limits: SlackLimits): Unit[] {
  const buttons = (reply.actions ?? []).flatMap((action, i) => {
    const encoded = encodeAction(action, i);
    if (!encoded) return [];
    const label = clipText(action.label.trim() || action.command, limits.buttonText);
    return [{ type: 'button' as const, text: plain(label), ...encoded }];
  });
  const units: Unit[] = [];
  for (let i = 0; i < buttons.length; i += limits.actionsElements)
    units.push({
      block: { type: 'actions', elements: buttons.slice(i, i + limits.actionsElements) },
      plain: '',
    });
  return units;
}

/** Pack units into messages of at most blocksPerMessage, never ending a message on a heading. */
function packMessages(units: Unit[], limit: number): Unit[][] {
  const messages: Unit[][] = [];
  let current: Unit[] = [];
  for (const unit of units) {
    if (current.length >= limit) {
      const carried: Unit[] = [];
      while (current.length > 1 && current[current.length - 1]?.keepWithNext) carried.unshift(current.pop()!);
      messages.push(current);
      current = carried;
    }
    current.push(unit);
  }
  if (current.length) messages.push(current);
  // A divider at either edge of a message separates nothing.
  return messages
    .map((m) => m.filter((u, i) => u.block.type !== 'divider' || (i > 0 && i < m.length - 1)))
    .filter((m) => m.length > 0);
}

function fallbackText(units: Unit[], limits: SlackLimits): string {
  const text = units
    .map((u) => u.plain)
    .filter(Boolean)
    .join('\n');
  return escapeMrkdwn(clipEscaped(text || 'Briefing', limits.fallbackText));
}

/**
 * Render a Reply as one or more Slack messages within Slack's limits. Pure. All text from the Reply is
 * escaped for mrkdwn, so article text can never ping a channel, mention a user or inject a link.
 */
export function renderReply(reply: Reply, limits: SlackLimits = SLACK_LIMITS): SlackMessage[] {
  const body = [...reply.blocks.flatMap((b) => renderBlock(b, limits))];
  if (reply.footer) body.push(...renderBlock({ type: 'context', text: reply.footer }, limits));
  const head = headerUnits(reply, limits);
  if (!head.length && body.every((u) => u.block.type === 'divider'))
    body.push(section('_(nothing to show)_', '(nothing to show)'));
  const actions = actionUnits(reply, limits);
  // Actions go at the end of the last message: reserve their room when packing the rest.
  const messages = packMessages([...head, ...body], limits.blocksPerMessage - Math.min(actions.length, 1));
  const last = messages[messages.length - 1];
  if (last && last.length + actions.length <= limits.blocksPerMessage) last.push(...actions);
  else if (actions.length) messages.push(actions.slice(0, limits.blocksPerMessage));
  return messages.map((units) => ({ text: fallbackText(units, limits), blocks: units.map((u) => u.block) }));
}
