import { escapeMrkdwn } from './escape.js';

const ESCAPED_WIDTH: Record<string, number> = { '&': 5, '<': 4, '>': 4 };

/** Length of the longest prefix of `raw` whose escaped form fits in `limit`, not splitting a surrogate pair. */
function fittingPrefix(raw: string, limit: number): number {
  let used = 0;
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] ?? '';
    const width = /[\uD800-\uDBFF]/.test(ch) ? 2 : 1;
    const cost = ESCAPED_WIDTH[ch] ?? width;
    if (used + cost > limit) break;
    used += cost;
    i += width;
  }
  // Escaping "@here" adds a word joiner that per-character costs miss: shrink until the whole fits.
  while (i > 1 && escapeMrkdwn(raw.slice(0, i)).length > limit) {
    i -= /[\uDC00-\uDFFF]/.test(raw[i - 1] ?? '') ? 2 : 1;
  }
  return i;
}

const BREAKS = ['\n\n', '\n', '. ', '; ', ', ', ' '];

/**
 * Split plain text into pieces whose escaped form fits in `limit`, preferring paragraph, line, sentence
 * and word boundaries (a boundary in the second half of the window; otherwise a hard cut).
 */
export function splitText(raw: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = raw.trim();
  while (rest) {
    if (escapeMrkdwn(rest).length <= limit) {
      pieces.push(rest);
      break;
    }
    const window = Math.max(1, fittingPrefix(rest, limit));
    let cut = window;
    for (const mark of BREAKS) {
      const at = rest.lastIndexOf(mark, window - mark.length);
      if (at >= window / 2) {
        cut = at + mark.trimEnd().length;
        break;
      }
    }
    const piece = rest.slice(0, cut).trim();
    if (piece) pieces.push(piece);
    rest = rest.slice(cut).trim();
  }
  return pieces;
}

/** The text cut to fit `limit` once escaped, ending in an ellipsis when cut. */
export function clipEscaped(raw: string, limit: number): string {
  if (escapeMrkdwn(raw).length <= limit) return raw;
  const head = splitText(raw, limit - 1)[0] ?? '';
  return `${head}…`;
}
