/**
 * Text clean-up shared by every article format. Quotation marks are never touched: attribution and
 * quote analysis rely on them exactly as the publisher wrote them.
 */

// C0/C1 controls (except newline and tab, which are handled as whitespace) and bidirectional overrides,
// which can make text display differently from what it says.
const CONTROL =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Horizontal whitespace of any kind (tabs, no-break and other Unicode spaces), but not newlines.
const HORIZONTAL_SPACE = /[^\S\n]+/g;

/** Line endings to \n, Unicode NFC, controls removed, spaces collapsed, lines trimmed. */
export function normaliseText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .normalize('NFC')
    .replace(CONTROL, '')
    .replace(HORIZONTAL_SPACE, ' ')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/**
 * Paragraphs of normalised text: separated by blank lines. Lines inside a paragraph (hard-wrapped text)
 * are joined with a space, so every paragraph is one line and sentences never break mid-line.
 */
export function paragraphsOf(text: string): string[] {
  return normaliseText(text)
    .split(/\n\n+/)
    .map((p) => p.replace(/\n/g, ' ').trim())
    .filter(Boolean);
}
