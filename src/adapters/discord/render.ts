import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIEmbed,
  type APIEmbedField,
  ButtonStyle,
  ComponentType,
} from 'discord.js';
import type { Command } from '../../command/types.js';
import type { Action, Block, Reply } from '../../reply/model.js';
import { encodeAction } from './custom-id.js';
import { clipEscaped, escapeText, neutraliseMentions } from './escape.js';
import { DISCORD_LIMITS as L, TONE_COLOURS } from './limits.js';
import { splitText } from './split.js';

/** One Discord message, ready for interaction.reply/editReply/followUp or the channel messages route. */
export interface DiscordMessage {
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  /** Nothing in a Briefing message may ping anyone: article text is not trusted. */
  allowedMentions: { parse: [] };
  ephemeral: boolean;
}

const BLANK = '\u200b';
const HEADING_MAX = 200;

/** A piece of embed description and the separator it wants before it. */
interface TextUnit {
  kind: 'text';
  text: string;
  glue: '\n' | '\n\n';
}
interface FieldUnit {
  kind: 'field';
  field: APIEmbedField;
}
type Unit = TextUnit | FieldUnit;

const text = (value: string, glue: TextUnit['glue'] = '\n\n'): TextUnit => ({
  kind: 'text',
  text: value,
  glue,
});

function blockUnits(block: Block, max: number, afterHeading: boolean): Unit[] {
  const first = (units: TextUnit[]) => {
    if (afterHeading && units[0]) units[0].glue = '\n';
    return units;
  };
  switch (block.type) {
    case 'text':
      return first(splitText(escapeText(block.text), max).map((t) => text(t)));
    case 'heading':
      return [text(`**${clipEscaped(block.text, HEADING_MAX)}**`)];
    case 'quote': {
      const units = splitText(escapeText(`“${block.text}”`), max, '> ').map((t) => text(t));
      if (block.attribution)
        units.push(...splitText(`— ${escapeText(block.attribution)}`, max).map((t) => text(t, '\n')));
      if (block.context)
        units.push(...splitText(escapeText(block.context), max, '-# ').map((t) => text(t, '\n')));
      return first(units);
    }
    case 'list': {
      const lines = block.items.map((item, i) => `${block.ordered ? `${i + 1}.` : '-'} ${escapeText(item)}`);
      return first(splitText(lines.join('\n'), max).map((t) => text(t)));
    }
    case 'context':
      return first(splitText(escapeText(block.text), max, '-# ').map((t) => text(t)));
    case 'divider':
      return [text('─'.repeat(24))];
    case 'fields':
      return block.fields.flatMap((f) => {
        const name = clipEscaped(f.name, L.fieldName) || BLANK;
        const values = splitText(escapeText(f.value), L.fieldValue);
        return (values.length ? values : [BLANK]).map(
          (value, i): FieldUnit => ({
            kind: 'field',
            field: { name: i ? BLANK : name, value, inline: f.inline ?? false },
          }),
        );
      });
  }
}

function isWebUrl(value: string | undefined): value is string {
  if (!value || !URL.canParse(value)) return false;
  return ['http:', 'https:'].includes(new URL(value).protocol);
}

function buttons(
  actions: readonly Action[],
  catalog: readonly Command[],
): APIActionRowComponent<APIButtonComponent>[] {
  const seen = new Set<string>();
  const list: APIButtonComponent[] = [];
  for (const action of actions) {
    const customId = encodeAction(action, catalog);
    if (!customId || seen.has(customId)) continue;
    seen.add(customId);
    const label = neutraliseMentions(action.label).slice(0, L.buttonLabel).trim() || action.command;
    list.push({ type: ComponentType.Button, style: ButtonStyle.Secondary, label, custom_id: customId });
  }
  const rows: APIActionRowComponent<APIButtonComponent>[] = [];
  for (let i = 0; i < list.length && rows.length < L.actionRows; i += L.buttonsPerRow)
    rows.push({ type: ComponentType.ActionRow, components: list.slice(i, i + L.buttonsPerRow) });
  return rows;
}

/** Characters an embed counts towards the 6,000 per message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}

/**
 * Render a Reply as one or more Discord messages of embeds, never exceeding a limit: text is escaped
 * and split at paragraph, line, sentence or word boundaries; fields, embeds and messages start anew when
 * full. The title opens the first embed, the footer closes the last, buttons go on the last message.
 * Buttons need the catalogue: their state is encoded against the command's option definitions.
 */
export function renderReply(reply: Reply, catalog: readonly Command[] = []): DiscordMessage[] {
  const color = TONE_COLOURS[reply.tone ?? 'info'];
  const title = reply.title ? clipEscaped(reply.title, L.title) : undefined;
  const footer = reply.footer ? clipEscaped(reply.footer, L.footer, neutraliseMentions) : undefined;
  // Room per message once the footer is set aside; description pieces also leave room for the title.
  const budget = L.embedTotal - (footer?.length ?? 0);
  const pieceMax = Math.min(L.description, budget - (title?.length ?? 0));

  const messages: APIEmbed[][] = [];
  let embeds: APIEmbed[] = [];
  let chars = 0;
  // A new message starts with one empty embed; an empty embed left behind is dropped.
  const newMessage = () => {
    if (embeds.length > 1 && embedLength(embeds.at(-1) as APIEmbed) === 0) embeds.pop();
    embeds = [{ color }];
    chars = 0;
    messages.push(embeds);
  };
  const newEmbed = () => {
    if (embeds.length >= L.embedsPerMessage) newMessage();
    else embeds.push({ color });
  };
  newMessage();
  if (title) {
    embeds[0] = { ...embeds[0], title, ...(isWebUrl(reply.url) ? { url: reply.url } : {}) };
    chars = title.length;
  }
  const current = () => embeds.at(-1) as APIEmbed;

  let afterHeading = false;
  for (const block of reply.blocks) {
    for (const unit of blockUnits(block, pieceMax, afterHeading)) {
      if (unit.kind === 'field') {
        const size = unit.field.name.length + unit.field.value.length;
        if ((current().fields?.length ?? 0) >= L.fields) newEmbed();
        if (chars + size > budget) newMessage();
        const embed = current();
        embed.fields = [...(embed.fields ?? []), unit.field];
        chars += size;
        continue;
      }
      let glue = current().description ? unit.glue : '';
      const fits = (current().description?.length ?? 0) + glue.length + unit.text.length <= L.description;
      if (current().fields?.length || !fits) {
        newEmbed();
        glue = '';
      }
      if (chars + glue.length + unit.text.length > budget) {
        newMessage();
        glue = '';
      }
      const embed = current();
      embed.description = `${embed.description ?? ''}${glue}${unit.text}`;
      chars += glue.length + unit.text.length;
    }
    afterHeading = block.type === 'heading';
  }

  const last = current();
  if (footer) last.footer = { text: footer };
  const first = messages[0]?.[0];
  if (first && embedLength(first) === 0) first.description = 'Nothing to show.';

  const components = buttons(reply.actions ?? [], catalog);
  return messages.map((embedList, i) => ({
    embeds: embedList,
    components: i === messages.length - 1 ? components : [],
    allowedMentions: { parse: [] },
    // Errors are for the person who asked, unless the command says otherwise.
    ephemeral: reply.ephemeral ?? reply.tone === 'error',
  }));
}

/** The JSON body for POST /channels/:id/messages (the REST API's own field names). */
export function toChannelMessageBody(message: DiscordMessage) {
  return { embeds: message.embeds, components: message.components, allowed_mentions: { parse: [] } };
}
