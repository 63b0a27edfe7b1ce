import type { Quote, Sentence } from '../types.js';

const PRONOUN = /^(he|she|they|it|we|i|you|his|her|their)$/i;

/** How much of a sentence is quotation, and whether the sentence itself names who said it. */
export interface QuoteInfo {
  /** Share of the sentence's characters inside quotation marks (0..1). */
  share: number;
  /** The sentence names the speaker of its quotation with a name, not only "he" or "she". */
  namedSpeaker: boolean;
}

export type OpenQuote = 'double' | 'single' | null;

// A single quotation mark opens a quote after a space or bracket and before a letter ("'We will..."),
// and closes one before a space, punctuation or the end ("...soon,' he said"). Anything else is an
// apostrophe ("don't", "players' wages", the "’ s" some sites print for possessives).
const SINGLE_OPENS = /(?:^|[\s([—–-])['‘](?=[\p{L}\d])/uy;
const SINGLE_CLOSES = /['’](?=[\s,.;:!?)\]]|$)/uy;

/**
 * Character ranges of a sentence inside quotation marks (double, or single as British and Australian
 * papers use them), and the quotation still open at its end (quotes can run over several sentences).
 */
export function quotedRanges(
  text: string,
  openAtStart: OpenQuote,
): { ranges: Array<[number, number]>; openAtEnd: OpenQuote } {
  const ranges: Array<[number, number]> = [];
  let open: OpenQuote = openAtStart;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || c === '“' || c === '”') {
      if (open === 'double') {
        ranges.push([from, i + 1]);
        open = null;
      } else if (open === null) {
        open = 'double';
        from = i;
      }
      continue;
    }
    if (c !== "'" && c !== '‘' && c !== '’') continue;
    if (open === 'single') {
      SINGLE_CLOSES.lastIndex = i;
      if (SINGLE_CLOSES.test(text)) {
        ranges.push([from, i + 1]);
        open = null;
      }
    } else if (open === null) {
      SINGLE_OPENS.lastIndex = Math.max(0, i - 1);
      const atStart = i === 0 && /[\p{L}\d]/u.test(text[1] ?? '');
      if (atStart || (i > 0 && SINGLE_OPENS.test(text))) {
        open = 'single';
        from = i;
      }
    }
  }
  if (open !== null) ranges.push([from, text.length]);
  return { ranges, openAtEnd: open };
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
export function quoteInfo(sentence: Sentence, quotes: readonly Quote[], openAtStart: OpenQuote): QuoteInfo {
  const length = Math.max(1, sentence.end - sentence.start);
  const analysed = quotes.filter((q) => q.start < sentence.end && q.end > sentence.start);
  if (analysed.length) {
    // The analysis knows scare quotes and titles from speech: only speech counts.
    let covered = 0;
    let named = false;
    for (const q of analysed) {
      if (q.kind !== 'direct' && q.kind !== 'partial') continue;
      covered += Math.min(q.end, sentence.end) - Math.max(q.start, sentence.start);
      const mention = q.speakerMention;
      const mentionInside = mention && mention.start >= sentence.start && mention.end <= sentence.end;
      if (q.speaker && mentionInside && !PRONOUN.test(mention.text.trim())) named = true;
    }
    return { share: Math.min(1, covered / length), namedSpeaker: named };
  }
  const { ranges } = quotedRanges(sentence.text, openAtStart);
  const covered = ranges.reduce((n, [a, b]) => n + (b - a), 0);
  const outside = ranges.reduceRight((t, [a, b]) => t.slice(0, a) + t.slice(b), sentence.text);
  const namedSpeaker = ATTRIBUTION.test(outside) && NAMED_NEAR_VERB.test(outside);
  return { share: Math.min(1, covered / length), namedSpeaker };
}

/** The quotation still open at the end of each sentence; quotations do not run across paragraphs. */
export function openQuoteAfter(sentences: readonly Sentence[]): OpenQuote[] {
  const result: OpenQuote[] = [];
  let open: OpenQuote = null;
  let paragraph = -1;
  for (const s of sentences) {
    if (s.paragraph !== paragraph) open = null;
    paragraph = s.paragraph;
    open = quotedRanges(s.text, open).openAtEnd;
    result.push(open);
  }
  return result;
}
