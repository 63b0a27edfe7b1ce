import type { Paragraph } from './types.js';

/** A quotation found in the text, before it is classified or attributed. */
export interface QuoteSpan {
  /** Offsets of the quoted text inside the marks (whitespace trimmed). */
  start: number;
  end: number;
  /** Offset of the opening mark (of a letter's inner paragraphs, which have none: the paragraph's start). */
  open: number;
  /** Offset of the closing mark, or null when the quote runs to the end of its paragraph. */
  close: number | null;
  paragraph: number;
  /** The quote continues into the next paragraph (multi-paragraph quote, no closing mark here). */
  continues: boolean;
  /** This quote continues one from the previous paragraph. */
  continued: boolean;
  /** Closed by no mark and not continued: bad input, or a mark we misread. */
  unbalanced: boolean;
}

type Family = 'double' | 'single' | 'guillemet';

interface Mark {
  index: number;
  family: Family;
  canOpen: boolean;
  canClose: boolean;
}

const LETTER = /[\p{L}\p{N}]/u;
// Characters after which a mark can open a quotation.
const OPEN_BEFORE = /[\s([{\-—–/:;,"“‘'«]/;
// Characters after which a mark can close a quotation.
const CLOSE_AFTER = /[\s)\]}.,;:!?\-—–…"”’'»]/;
// Elisions that start with an apostrophe: 'em, 'tis, 'twas, 'n', '90s.
const ELISION = /^(?:em|tis|twas|n|cause|til|round|\d\ds?)\b/i;

function classify(text: string, index: number, from: number, to: number): Mark | null {
  const char = text[index] ?? '';
  const before = index > from ? (text[index - 1] ?? ' ') : ' ';
  const after = index + 1 < to ? (text[index + 1] ?? ' ') : ' ';
  const spaceBefore = OPEN_BEFORE.test(before);
  const spaceAfter = CLOSE_AFTER.test(after) || index + 1 >= to;
  switch (char) {
    case '“':
      return { index, family: 'double', canOpen: !/\s/.test(after), canClose: !spaceBefore && spaceAfter };
    case '”':
      return {
        index,
        family: 'double',
        canOpen: spaceBefore && !/\s/.test(after),
        canClose: !/\s/.test(before) || index + 1 >= to,
      };
    case '"':
      return {
        index,
        family: 'double',
        canOpen: spaceBefore && !/\s/.test(after),
        canClose: !/\s/.test(before),
      };
    case '«':
      return { index, family: 'guillemet', canOpen: true, canClose: false };
    case '»':
      return { index, family: 'guillemet', canOpen: false, canClose: true };
    case '‘':
    case '’':
    case "'": {
      // A mark between two letters is an apostrophe (can’t, Millbrook’s); so is an elision.
      if (LETTER.test(before) && LETTER.test(after)) return null;
      const rest = text.slice(index + 1, Math.min(to, index + 8));
      const canOpen = spaceBefore && !/\s/.test(after) && char !== '’' ? !ELISION.test(rest) : false;
      const canClose = char !== '‘' && !/\s/.test(before) && spaceAfter;
      if (!canOpen && !canClose) {
        // ’ used as an opening mark by bad typography.
        if (char === '’' && spaceBefore && LETTER.test(after) && !ELISION.test(rest)) {
          return { index, family: 'single', canOpen: true, canClose: false };
        }
        return null;
      }
      return { index, family: 'single', canOpen, canClose };
    }
    default:
      return null;
  }
}

function marksIn(text: string, from: number, to: number): Mark[] {
  const marks: Mark[] = [];
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    // Fast skip: every quotation mark is one of these code points.
    if (
      c !== 34 &&
      c !== 39 &&
      c !== 0x201c &&
      c !== 0x201d &&
      c !== 0x2018 &&
      c !== 0x2019 &&
      c !== 0xab &&
      c !== 0xbb
    )
      continue;
    const mark = classify(text, i, from, to);
    if (mark) marks.push(mark);
  }
  return marks;
}

/** A possessive plural ("the workers’ union") looks like a closing single mark; a later closer wins. */
function isLikelyPossessive(text: string, mark: Mark, later: Mark[]): boolean {
  if (mark.family !== 'single' || text[mark.index - 1] !== 's') return false;
  if (!/^\s+[a-z]/.test(text.slice(mark.index + 1, mark.index + 3))) return false;
  return later.some((m) => m.family === 'single' && m.canClose && !m.canOpen);
}

function trimmed(text: string, start: number, end: number): [number, number] {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
  return [a, b];
}

function opensWithMark(text: string, paragraph: Paragraph | undefined, family: Family): boolean {
  if (!paragraph) return false;
  const mark = classify(text, paragraph.start, paragraph.start, paragraph.end);
  return !!mark && mark.canOpen && mark.family === family;
}

const LETTER_PARAGRAPHS = 8;
// A letter closes on a valediction ("Yours ever,", "Your's, &c.") before its signature.
const VALEDICTION = /\b(?:your['’]?s|sincerely|faithfully|affectionately|with\s+love)\b/i;

/**
 * '"My dear Friend,' / 'IF you are not so compassionate ...' / '... Yours ever,' / 'CAROLINE BINGLEY."': a
 * letter quoted whole opens its mark once and closes it at the signature, its paragraphs in between carry
 * no marks (a letter read out from its middle too). The quote runs to that closing mark when the
 * paragraphs after hold no mark at all until one whose first mark of the family can only close (within a
 * few paragraphs), and a valediction comes right before it. Anything else (a missing opening mark, an inch
 * sign) stays in its paragraph.
 */
function letterEnd(
  text: string,
  paragraphs: Paragraph[],
  from: Paragraph,
  outer: Mark,
): { paragraph: number; close: number } | null {
  if (outer.family === 'single') return null;
  for (let k = from.index + 1; k <= from.index + LETTER_PARAGRAPHS; k++) {
    const paragraph = paragraphs[k];
    if (!paragraph) return null;
    const first = marksIn(text, paragraph.start, paragraph.end).find((m) => m.family !== 'single');
    if (!first) continue;
    const closes = first.family === outer.family && first.canClose && !first.canOpen;
    const signed = VALEDICTION.test(text.slice((paragraphs[k - 1] as Paragraph).start, first.index));
    return closes && signed ? { paragraph: k, close: first.index } : null;
  }
  return null;
}

/**
 * Every top-level quotation in the text. Marks are paired paragraph by paragraph with a stack, so quotes
 * nested in quotes stay inside their outer quote; a paragraph that ends inside a quote continues into the
 * next paragraph only when that one opens with a mark of the same kind. Unbalanced marks never reach past
 * their paragraph.
 */
export function findQuoteSpans(text: string, paragraphs: Paragraph[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried = false;
  // A letter quoted whole: its end (paragraph and closing mark), once found (see letterEnd).
  let letter: { paragraph: number; close: number } | null = null;
  for (const paragraph of paragraphs) {
    let marks = marksIn(text, paragraph.start, paragraph.end);
    const stack: Mark[] = [];
    const continuedHere = carried;
    carried = false;
    if (letter) {
      const { close } = letter;
      const last = paragraph.index === letter.paragraph;
      const [start, end] = trimmed(text, paragraph.start, last ? close : paragraph.end);
      if (end > start)
        spans.push({
          start,
          end,
          open: paragraph.start,
          close: last ? close : null,
          paragraph: paragraph.index,
          continues: !last,
          continued: true,
          unbalanced: false,
        });
      if (!last) continue;
      letter = null;
      marks = marks.filter((m) => m.index > close);
    }
    const emit = (open: Mark, close: number | null, extra: Partial<QuoteSpan>) => {
      const [start, end] = trimmed(text, open.index + 1, close ?? paragraph.end);
      if (end <= start) return;
      spans.push({
        start,
        end,
        open: open.index,
        close,
        paragraph: paragraph.index,
        continues: false,
        continued: continuedHere && open.index === paragraph.start,
        unbalanced: false,
        ...extra,
      });
    };
    for (let m = 0; m < marks.length; m++) {
      const mark = marks[m] as Mark;
      const top = stack[stack.length - 1];
      if (!top) {
        if (mark.canOpen) stack.push(mark);
        continue;
      }
      if (
        mark.family === top.family &&
        mark.canClose &&
        !isLikelyPossessive(text, mark, marks.slice(m + 1))
      ) {
        stack.pop();
        if (stack.length === 0) emit(top, mark.index, {});
        continue;
      }
      if (mark.canOpen) stack.push(mark);
    }
    const outer = stack[0];
    if (!outer) continue;
    const next = paragraphs[paragraph.index + 1];
    const carries = opensWithMark(text, next, outer.family);
    const end = carries ? null : letterEnd(text, paragraphs, paragraph, outer);
    if (carries) {
      emit(outer, null, { continues: true });
      carried = true;
    } else if (end) {
      emit(outer, null, { continues: true });
      letter = end;
    } else if (outer.family !== 'single' || outer.index === paragraph.start) {
      // An unclosed double mark: the quote ends with its paragraph, never later.
      emit(outer, null, { unbalanced: true });
    }
  }
  return spans;
}

/** A membership test for "is this offset inside a quotation?" over the sorted spans. */
export function insideQuotes(spans: QuoteSpan[]): (offset: number) => boolean {
  return (offset) => {
    let lo = 0;
    let hi = spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const span = spans[mid] as QuoteSpan;
      if (offset < span.start) hi = mid - 1;
      else if (offset >= span.end) lo = mid + 1;
      else return true;
    }
    return false;
  };
}
