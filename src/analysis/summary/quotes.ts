import type { Quote, Sentence } from '../types.js';

const OPEN_CLOSE = /["“”]/g;
const PRONOUN = /^(he|she|they|it|we|i|you|his|her|their)$/i;

/** How much of a sentence is quotation, and whether the sentence itself names who said it. */
export interface QuoteInfo {
  /** Share of the sentence's characters inside quotation marks (0..1). */
  share: number;
  /** The sentence names the speaker of its quotation with a name, not only "he" or "she". */
  namedSpeaker: boolean;
}

/** Character ranges within the sentence text that lie inside double quotation marks. */
function quotedRanges(text: string, openAtStart: boolean): Array<[number, number]> {
  const marks = [...text.matchAll(OPEN_CLOSE)].map((m) => m.index);
  const ranges: Array<[number, number]> = [];
  let open: number | null = openAtStart ? 0 : null;
  for (const at of marks) {
    if (open === null) open = at;
    else {
      ranges.push([open, at + 1]);
      open = null;
    }
  }
  // A quotation still open at the end continues into the next sentence.
  if (open !== null) ranges.push([open, text.length]);
  return ranges;
}

const ATTRIBUTION =
  /\b(said|says|told|added|explained|insisted|claimed|stated|warned|noted|argued|admitted|revealed|announced|confirmed|tweeted|wrote|according to)\b/i;
// A capitalised name next to an attribution verb: "Kerry said", "said John Kerry", "told Sky News".
const NAMED_NEAR_VERB =
  /(\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+)*\s*,?\s+(?:\w+\s+)?(said|says|told|added|explained|insisted|claimed|stated|warned|noted|argued|admitted|revealed|announced|confirmed|tweeted|wrote)\b)|(\b(said|says|told|added|according to)\s+(?:the\s+)?[A-Z][\p{L}'’-]+)/u;

/**
 * Quotation features of one sentence. Uses the analysis' quotes when it has them (speaker and the
 * words that named the speaker), and otherwise the quotation marks and attribution verbs in the text.
 */
export function quoteInfo(
  sentence: Sentence,
  quotes: readonly Quote[],
  insideQuoteAtStart: boolean,
): QuoteInfo {
  const length = Math.max(1, sentence.end - sentence.start);
  const analysed = quotes.filter(
    (q) => (q.kind === 'direct' || q.kind === 'partial') && q.start < sentence.end && q.end > sentence.start,
  );
  if (analysed.length) {
    let covered = 0;
    let named = false;
    for (const q of analysed) {
      covered += Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start);
      const mention = q.speakerMention;
      const mentionInside = mention && mention.start >= sentence.start && mention.end <= sentence.end;
      if (q.speaker && mentionInside && !PRONOUN.test(mention.text.trim())) named = true;
    }
    return { share: Math.min(1, covered / length), namedSpeaker: named };
  }
  const ranges = quotedRanges(sentence.text, insideQuoteAtStart);
  const covered = ranges.reduce((n, [a, b]) => n + (b - a), 0);
  const outside = ranges.reduceRight((t, [a, b]) => t.slice(0, a) + t.slice(b), sentence.text);
  const namedSpeaker = ATTRIBUTION.test(outside) && NAMED_NEAR_VERB.test(outside);
  return { share: Math.min(1, covered / length), namedSpeaker };
}

/** Whether a double quotation is still open at the end of each sentence (quotes can span sentences). */
export function openQuoteAfter(sentences: readonly Sentence[], text: string): boolean[] {
  const result: boolean[] = [];
  let open = false;
  let paragraph = -1;
  for (const s of sentences) {
    // A new paragraph that starts with a quotation mark reopens it; otherwise quotes end with paragraphs.
    if (s.paragraph !== paragraph) open = false;
    paragraph = s.paragraph;
    const marks = text.slice(s.start, s.end).match(OPEN_CLOSE)?.length ?? 0;
    if (marks % 2 === 1) open = !open;
    result.push(open);
  }
  return result;
}
