/**
 * Writes an invocation back as text that parseCommandText reads the same way: values with spaces (or
 * empty, or starting with a quote) are quoted, so `speaker:"John Kerry" article:x` never runs together.
 */

const QUOTES: readonly [string, string][] = [
  ['"', '"'],
  ["'", "'"],
  ['\u201c', '\u201d'],
];

export function formatOption(name: string, value: string): string {
  if (value && !/\s/.test(value) && !/^["'\u201c\u2018]/.test(value)) return `${name}:${value}`;
  const pair = QUOTES.find(([, close]) => !value.includes(close));
  // A value holding every closing quote cannot be quoted exactly; drop the straight double quotes.
  const [open, close] = pair ?? ['"', '"'];
  return `${name}:${open}${pair ? value : value.replaceAll('"', '')}${close}`;
}

export function formatCommandText(
  command: string,
  options: Readonly<Record<string, string | number | boolean>>,
  subcommand?: string,
): string {
  const parts = [`/${command}`];
  if (subcommand) parts.push(subcommand);
  for (const [name, value] of Object.entries(options)) parts.push(formatOption(name, String(value)));
  return parts.join(' ');
}
