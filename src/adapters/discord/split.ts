/**
 * Splitting escaped text to a size limit, at the cleanest boundary available: between paragraphs, then
 * lines, then sentences, then words; a hard cut only for a single unbroken run longer than the limit.
 */

/** Split text into chunks of at most max characters; every line of every chunk starts with prefix. */
export function splitText(text: string, max: number, prefix = ''): string[] {
  const room = max - prefix.length;
  if (room < 1) throw new Error(`splitText: limit ${max} leaves no room after the prefix`);
  const lines = text.split('\n').flatMap((line) => wrapLine(line, room).map((piece) => prefix + piece));
  return packLines(lines, max, prefix)
    .map((chunk) => trimBlankLines(chunk, prefix))
    .filter((chunk) => chunk.length > 0);
}

/** Greedy packing of lines; an overflowing chunk breaks at its last paragraph break if that is not too early. */
function packLines(lines: string[], max: number, prefix: string): string[] {
  const chunks: string[] = [];
  let current: string[] = [];
  let length = -1;
  const blank = prefix.trimEnd();
  for (const line of lines) {
    if (current.length && length + 1 + line.length > max) {
      const lastBreak = current.lastIndexOf(blank, current.length - 1);
      const head = lastBreak > 0 ? current.slice(0, lastBreak) : current;
      if (lastBreak > 0 && head.join('\n').length >= max / 2) {
        chunks.push(head.join('\n'));
        current = current.slice(lastBreak + 1);
      } else {
        chunks.push(current.join('\n'));
        current = [];
      }
      length = current.length ? current.join('\n').length : -1;
    }
    current.push(line.length === prefix.length && line.trim() === blank ? blank : line);
    length += 1 + line.length;
  }
  if (current.length) chunks.push(current.join('\n'));
  return chunks;
}

function trimBlankLines(chunk: string, prefix: string): string {
  const blank = prefix.trimEnd();
  const lines = chunk.split('\n');
  while (lines.length && lines[0]?.trim() === blank) lines.shift();
  while (lines.length && lines.at(-1)?.trim() === blank) lines.pop();
  return lines.join('\n');
}

/** Break one line into pieces of at most room characters. */
export function wrapLine(line: string, room: number): string[] {
  const pieces: string[] = [];
  let rest = line;
  while (rest.length > room) {
    const cut = findCut(rest, room);
    pieces.push(rest.slice(0, cut).trimEnd());
    rest = rest.slice(cut).trimStart();
  }
  pieces.push(rest);
  return pieces;
}

const SENTENCE_END = /[.!?…]["'”’)\]]*(?=\s)/g;

function findCut(text: string, room: number): number {
  const window = text.slice(0, room + 1);
  let sentence = -1;
  for (const match of window.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    if (end <= room) sentence = end;
  }
  if (sentence >= room / 2) return sentence;
  const space = window.search(/\s\S*$/);
  if (space >= room / 3) return space;
  return hardCut(text, room);
}

/** Cut at room, but never between an escaping backslash and what it escapes, or inside a surrogate pair. */
function hardCut(text: string, room: number): number {
  let cut = room;
  const code = text.charCodeAt(cut - 1);
  if (code >= 0xd800 && code <= 0xdbff) cut--;
  let backslashes = 0;
  while (cut - 1 - backslashes >= 0 && text[cut - 1 - backslashes] === '\\') backslashes++;
  if (backslashes % 2 === 1) cut--;
  return Math.max(1, cut);
}
