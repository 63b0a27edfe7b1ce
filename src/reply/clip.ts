/** The first n UTF-16 units of text, one fewer when n would split a surrogate pair (an emoji's halves). */
export function safeSlice(text: string, n: number): string {
  const code = text.charCodeAt(n - 1);
  return text.slice(0, code >= 0xd800 && code <= 0xdbff ? n - 1 : n);
}

/**
 * The text cut to at most `max` UTF-16 units (the unit platforms count), ending in "…" when cut, and never
 * between the halves of a surrogate pair. With `atWord`, the cut goes back to the last space when that
 * keeps more than 60% of the room, and trailing punctuation before the ellipsis is dropped.
 */
export function clipText(text: string, max: number, options: { atWord?: boolean } = {}): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = safeSlice(text, max - 1);
  if (options.atWord) {
    const space = cut.lastIndexOf(' ');
    if (space > max * 0.6) cut = cut.slice(0, space);
    cut = cut.replace(/[\s,;:.]+$/, '');
  }
  return `${cut}…`;
}
