import { escapeMarkdown } from 'discord.js';
import { safeSlice } from '../../reply/clip.js';

const ZERO_WIDTH_SPACE = '\u200b';

/**
 * Break anything Discord would turn into a mention: @everyone, @here, <@user>, <@&role>, <#channel>.
 * allowedMentions already stops the ping; this also stops the highlight and the rendered mention.
 */
export function neutraliseMentions(text: string): string {
  return text
    .replace(/@(everyone|here)/gi, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/g, `<$1${ZERO_WIDTH_SPACE}$2>`);
}

/**
 * Plain text (article text, user input) made safe for Discord markdown: formatting characters, headings,
 * list markers, block quotes, subtext and masked links are escaped; mentions are neutralised.
 */
export function escapeText(text: string): string {
  const escaped = escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  })
    // Line-start ">" (block quote) and "-#" (subtext) are not covered by escapeMarkdown.
    .replace(/^(\s*)>/gm, '$1\\>')
    .replace(/^(\s*)-#/gm, '$1\\-#');
  return neutraliseMentions(escaped);
}

/** Escape and shorten to at most max characters, cutting the plain text so no escape is split. */
export function clipEscaped(text: string, max: number, format: (t: string) => string = escapeText): string {
  let escaped = format(text);
  if (escaped.length <= max) return escaped;
  let keep = Math.min(text.length, max);
  while (keep > 0) {
    escaped = format(`${safeSlice(text, keep).trimEnd()}…`);
    if (escaped.length <= max) return escaped;
    keep -= Math.max(1, escaped.length - max);
  }
  return '…';
}
