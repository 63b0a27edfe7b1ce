/** A tiny ANSI styling helper: the renderer decides once whether to colour, so it stays pure. */
const CODES = {
  bold: [1, 22],
  dim: [2, 22],
  italic: [3, 23],
  underline: [4, 24],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

export type Style = keyof typeof CODES;
export type Styler = (style: Style, text: string) => string;

export function styler(color: boolean): Styler {
  if (!color) return (_style, text) => text;
  return (style, text) => {
    const [open, close] = CODES[style];
    return text ? `\u001b[${open}m${text}\u001b[${close}m` : text;
  };
}
