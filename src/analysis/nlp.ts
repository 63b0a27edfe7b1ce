import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** One token with its character offsets into the analysed text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Universal POS tag from wink (PROPN, NOUN, VERB, PUNCT, ...). */
  pos: string;
  /** Index of the wink sentence the token belongs to (within the analysed text). */
  sentence: number;
}

export interface TokenizedText {
  tokens: Token[];
  /** Sentence spans as wink split them: [firstToken, lastToken] inclusive. */
  sentenceTokenRanges: Array<[number, number]>;
}

// Loading the model costs ~100 ms, so it is created once on first use.
let nlpInstance: ReturnType<typeof winkNLP> | undefined;
function nlp() {
  // Only sentence boundaries and parts of speech: wink's entity, negation and sentiment passes cost time and
  // find nothing we use.
  nlpInstance ??= winkNLP(model, ['sbd', 'pos']);
  return nlpInstance;
}

/**
 * Tokens, POS tags and sentence boundaries for `text.slice(from, to)`, with offsets into the whole `text`
 * (so callers never re-base offsets by hand).
 */
export function tokenize(text: string, from = 0, to = text.length): TokenizedText {
  const engine = nlp();
  const its = engine.its;
  const body = text.slice(from, to);
  const doc = engine.readDoc(body);
  const tokens: Token[] = [];
  const sentenceTokenRanges: Array<[number, number]> = [];
  let cursor = 0;
  const words = doc.tokens().out() as string[];
  const tags = doc.tokens().out(its.pos) as string[];
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    // wink keeps the original characters of each token; find them in order to recover offsets.
    let start = body.indexOf(word, cursor);
    if (start < 0) start = cursor;
    const end = Math.min(body.length, start + word.length);
    tokens.push({ text: word, start: from + start, end: from + end, pos: tags[i] ?? 'X', sentence: 0 });
    cursor = end;
  }
  doc.sentences().each((s, index) => {
    const [first, last] = s.out(its.span) as unknown as [number, number];
    sentenceTokenRanges.push([first, last]);
    for (let t = first; t <= last; t++) {
      const token = tokens[t];
      if (token) token.sentence = index;
    }
  });
  return { tokens, sentenceTokenRanges };
}
