import type { Token } from './nlp.js';
import type { QuoteSpan } from './quote-marks.js';
import { callsIt, isSpeechVerb } from './speech-tags.js';
import type { QuoteKind } from './types.js';

// Words that name a work, product or programme just before its quoted title.
const TITLE_CUES = new Set(
  `titled entitled called named code-named codenamed dubbed film movie documentary book novel memoir song album
  single show series programme program podcast play opera musical exhibition campaign petition operation
  study paper report article column headline slogan brand product headset phone device app game model
  launch`.split(/\s+/),
);
const SMALL_WORDS = new Set('a an the of in on at to for and or but nor with by from as vs'.split(' '));
const SCARE_CUES = new Set(['so-called', 'so', 'called']);

/** Is the quoted text written like a title ("The Salt Road", "Keep Millbrook Reading", "Lumen S")? */
export function looksLikeTitle(quoted: string): boolean {
  const body = quoted.replace(/[,.;:!?]+$/, '').trim();
  if (!body || /[.!?]\s/.test(body) || body === body.toUpperCase()) return false;
  const words = body.split(/\s+/);
  if (words.length > 8) return false;
  return words.every((w, k) => /^[\p{Lu}\d]/u.test(w) || (k > 0 && SMALL_WORDS.has(w.toLowerCase())));
}

/**
 * Do these tokens read closing mark, short interruption, comma ('”, said he,', '," turning to Charlotte,')?
 * The quote after them resumes the one before.
 */
function resumesAfterTag(tail: Token[]): boolean {
  const mark = tail.findLastIndex((t) => /^["“”‘’']$/.test(t.text));
  if (mark < 0) return false;
  const interruption = tail.slice(mark + 1);
  return (
    interruption.some((t) => isSpeechVerb(t)) ||
    (interruption.length <= 6 && interruption.some((t) => t.pos === 'VERB'))
  );
}

export interface KindContext {
  text: string;
  tokens: Token[];
  /** Index of the quote's opening-mark token. */
  openIndex: number;
  /** Index of the first token of the quote's sentence. */
  sentenceFirst: number;
  /** The quote has a speech tag in its sentence. */
  tagged: boolean;
}

/**
 * direct: a whole utterance (opens its sentence, follows a colon or a tag); partial: a fragment of speech
 * embedded in reported speech; scare: a term set off in quotes; title: the name of a work or product.
 */
export function classifyQuote(span: QuoteSpan, ctx: KindContext): QuoteKind {
  const quoted = ctx.text.slice(span.start, span.end);
  if (span.continued || span.continues) return 'direct';
  const before = ctx.tokens.slice(ctx.sentenceFirst, ctx.openIndex);
  const previous = before[before.length - 1];
  const opensSentence = before.length === 0 || /^(["“‘'(—–-]|--)$/.test(previous?.text ?? '');
  const words = quoted
    .replace(/[,.;:!?]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (!opensSentence && looksLikeTitle(quoted) && previous?.text !== ':') {
    const cue = before.slice(-3).some((t) => TITLE_CUES.has(t.text.toLowerCase()));
    const afterVerb = !!previous && /^(said|says|told|added|asked|replied|wrote|,)$/i.test(previous.text);
    if (cue || (!afterVerb && words.length <= 4)) return 'title';
  }
  if (opensSentence || previous?.text === ':') return 'direct';
  // 'as the housekeeper added, "I have never ..."': a speech verb and a comma introduce a whole utterance.
  if (/^[,:]$/.test(previous?.text ?? '') && isSpeechVerb(before[before.length - 2])) return 'direct';
  if (previous?.text === ',' && /^\p{Lu}/u.test(quoted) && ctx.tagged) return 'direct';
  // 'said, in a colder voice, "Are you pleased?"': a capitalised utterance after a reporting clause.
  if (previous?.text === ',' && /^\p{Lu}/u.test(quoted) && before.slice(-12).some((t) => isSpeechVerb(t)))
    return 'direct';
  // The second half of a quote split around its tag: '"Come," said he, "we must go."'
  if (/^[,;]$/.test(previous?.text ?? '') && resumesAfterTag(before.slice(-12))) return 'direct';
  // '... more."  Then addressing her daughter, "Oh! ..."': a short lead-in right after a quote.
  const leadIn = ctx.tokens[ctx.sentenceFirst - 1];
  if (
    previous?.text === ',' &&
    before.length <= 6 &&
    leadIn &&
    /^["”’']$/.test(leadIn.text) &&
    /^\p{Lu}/u.test(quoted)
  )
    return 'direct';
  if (
    ctx.tagged &&
    /^\p{Lu}/u.test(quoted) &&
    /[.!?,]$/.test(quoted) &&
    words.length > 3 &&
    before.some((t) => t.pos === 'VERB')
  ) {
    // 'He said "We will win."' — a full sentence after the verb.
    if (previous && /^(said|says|told|added|asked|replied|wrote)$/i.test(previous.text)) return 'direct';
  }
  // A capitalised run of sentences after a comma is somebody's utterance, whatever the clause before it
  // ('... to whisper to Elizabeth, soon after they were seated, "This is a most unfortunate affair; ..."').
  if (previous?.text === ',' && /^\p{Lu}/u.test(quoted) && /[.!?;]\s+\p{L}/u.test(quoted) && words.length > 8)
    return 'direct';
  // So is one whole sentence that speaks in the first or second person ('And gravely glancing at Mr. Darcy,
  // "There is a fine old saying ... and I shall keep mine to swell my song."'): no term is set off so.
  if (
    previous?.text === ',' &&
    /^\p{Lu}/u.test(quoted) &&
    /[.!?]$/.test(quoted) &&
    words.length > 8 &&
    /\b(?:I|we|you|my|our|your|me|us)\b/i.test(quoted)
  )
    return 'direct';
  const cue = before.slice(-2).some((t) => SCARE_CUES.has(t.text.toLowerCase()));
  // 'Moraes called it "the strongest evidence yet"' is her words; 'what researchers call "jet lag"' is not.
  const calledIt = before.slice(-4).some((_t, k, tail) => callsIt(tail, k));
  // "what researchers call 'social jet lag'", "what executives call its 'asset-light' strategy": a term
  // some group uses. "what he called 'a factory footprint ...'" is one person's words.
  const tail = before.slice(-6);
  const what = tail.findIndex((t) => t.text.toLowerCase() === 'what');
  const verb = tail.findIndex(
    (t, k) => k > what && /^(?:call|calls|called|dub|dubs|term|terms)$/i.test(t.text),
  );
  const subject = what >= 0 && verb > what ? tail.slice(what + 1, verb) : [];
  if (subject.length > 0 && subject.every((t) => t.pos === 'NOUN' && /s$/i.test(t.text))) return 'scare';
  if (cue && !calledIt && !(previous?.text.toLowerCase() === 'called' && ctx.tagged)) return 'scare';
  return ctx.tagged ? 'partial' : 'scare';
}
