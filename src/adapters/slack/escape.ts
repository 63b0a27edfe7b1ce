/**
 * Slack mrkdwn escaping. Slack reads `<...>` as a mention, a special command (<!channel>, <!here>) or a
 * link, so article text must never carry a raw `<` or `>`; `&` is escaped first so entities stay literal.
 * Slack documents exactly these three escapes: https://api.slack.com/reference/surfaces/formatting#escaping
 */
export function escapeMrkdwn(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      // Belt and braces: a bare "@channel" is not a mention in API messages, but a word joiner after the
      // @ keeps it inert even where a client or a future setting would parse it.
      .replace(/@(channel|here|everyone)\b/gi, '@\u2060$1')
      // Slack has no escape for its formatting marks, so a zero-width space on each side of * _ ~ `
      // keeps article text such as "*not* bold" or "_maybe_" from opening bold, italics, strike or code.
      // An underscore inside a word (file_name, SLACK_DIGEST_MANAGERS) opens nothing in Slack and stays
      // as it is, so a name copied from a reply is the name.
      .replace(/[*~`]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\u200b$&\u200b')
  );
}

/** Undo Slack's escaping of what a user typed (event text and slash-command text arrive escaped). */
export function unescapeSlackText(text: string): string {
  return text
    .replace(/<(?:https?|mailto):[^|>]*\|([^>]*)>/g, '$1')
    .replace(/<((?:https?|mailto):[^>]*)>/g, '$1')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** A link Slack will render, or undefined for anything that is not a plain http(s) URL. */
export function mrkdwnLink(url: string, label: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  const href = parsed.href.replace(/\|/g, '%7C').replace(/</g, '%3C').replace(/>/g, '%3E');
  return `<${href}|${escapeMrkdwn(label)}>`;
}
