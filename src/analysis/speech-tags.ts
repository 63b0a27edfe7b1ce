import { isPersonNoun } from './lexicon/roles.js';
import { SPEECH_VERBS } from './lexicon/speech-verbs.js';
import { hasOrganisationWord } from './name-runs.js';
import { type Token, tokenIndexAt } from './nlp.js';
import { phraseAt, phraseEndingAt, type RunIndex, type SpeakerPhrase } from './noun-phrase.js';
import type { QuoteSpan } from './quote-marks.js';
import { canSpeak } from './speaker-resolution.js';

/** A speech tag found next to a quote: the phrase naming the speaker and where the tag sits. */
export interface SpeechTag {
  phrase: SpeakerPhrase;
  /** The tag is in the quote's own sentence (not borrowed from a neighbour). */
  position: 'after' | 'before';
}

const SKIPPABLE = new Set(['ADV', 'AUX', 'PART']);
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'nor']);
const CARRIED_LETTER =
  /\b(?:brought|handed|received|read|showed|found|forwarded|passed)\b.*\b(?:following|a|the)\s+(?:letter|note|card|telegram|lines)\b/i;
// Speech that is only expected or possible ("would testify that", "may claim that"), not reported.
/** Does the noun phrase that ends at index v follow a preposition ("on a conference call")? */
function afterPreposition(tokens: Token[], v: number, floor: number): boolean {
  let k = v - 1;
  while (k >= floor && /^(?:DET|ADJ|NOUN|NUM|PRON)$/.test(tokens[k]?.pos ?? '') && v - k <= 4) k--;
  return k < v - 1 && tokens[k]?.pos === 'ADP';
}

const SPEECH_TO_COME = new Set(['would', 'will', 'could', 'might', 'may', 'shall']);
const LEAD_PUNCT = /^(?:[,—–\-"“”‘’']|--)$/;

export function isSpeechVerb(token: Token | undefined): boolean {
  return (
    !!token &&
    (token.pos === 'VERB' || token.pos === 'NOUN' || token.pos === 'AUX' || token.pos === 'PROPN') &&
    SPEECH_VERBS.has(token.text.toLowerCase())
  );
}

// Kept here for the modules that import it with the tag finder; it lives with the tokens.
export { tokenIndexAt };

function valid(phrase: SpeakerPhrase | null): phrase is SpeakerPhrase {
  return !!phrase && canSpeak(phrase);
}

/** Skips a ", who ..., " apposition or relative clause starting at a comma; returns the index after it. */
function skipApposition(tokens: Token[], i: number, limit: number): number {
  if (tokens[i]?.text !== ',') return i;
  for (let k = i + 1; k < limit; k++) if (tokens[k]?.text === ',') return k + 1;
  return i;
}

/** The speaker of the speech verb at index v, looking left: "Hartigan said", "Drummond, who ..., called". */
export function subjectBefore(
  tokens: Token[],
  runs: RunIndex,
  v: number,
  floor: number,
): SpeakerPhrase | null {
  let e = v - 1;
  while (e >= floor && SKIPPABLE.has(tokens[e]?.pos ?? '')) e--;
  // "A roofer who told homeowners ...": the relative pronoun's antecedent speaks.
  if (tokens[e]?.text.toLowerCase() === 'who' && tokens[e - 1]?.text !== ',') e--;
  // "Greyfriars Press, her publisher for half a century, which said ...", "Ana Ruiz, who said ...":
  // the antecedent before the comma, past an apposition.
  else if (/^(?:who|which)$/i.test(tokens[e]?.text ?? '') && tokens[e - 1]?.text === ',') {
    let end = e - 2;
    let k = end;
    while (k >= floor && tokens[k]?.text !== ',') k--;
    // Only a stretch with no verb of its own is an apposition ("the mayor thanked Ana Ruiz, who" is not).
    const verbless = tokens.slice(k + 1, end + 1).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX');
    if (k >= floor && verbless && /^(?:her|his|its|their|the|a|an)$/i.test(tokens[k + 1]?.text ?? ''))
      end = k - 1;
    const antecedent =
      end >= floor ? pastPlace(tokens, runs, phraseEndingAt(tokens, runs, end), floor) : null;
    return antecedent && tokenIndexAt(tokens, antecedent.start) >= floor ? antecedent : null;
  }
  // "Sloboda thanked Vranješ for ... and said the fee was ...", "Ilic said his government welcomed it but
  // warned that ...": the subject of the sentence's first verb.
  if (/^(?:and|but)$/i.test(tokens[e]?.text ?? '')) return firstVerbSubject(tokens, runs, floor, e);
  if (tokens[e]?.text === ',') {
    // "Mrs. Bennet who quarrelled with no compliments, answered": a relative clause without its own comma.
    const relative = relativeClauseSubject(tokens, runs, e, floor);
    if (relative) return relative;
    // Apposition: find the comma that opens it. "The port’s operator, Meridian Terminals, said": the name wins.
    const named = runs.endingAt(e - 1);
    let k = e - 1;
    while (k >= floor && tokens[k]?.text !== ',') k--;
    if (k < floor) return null;
    if (named && named.first === k + 1)
      return { kind: 'name', run: named, start: named.runStart, end: named.end };
    e = k - 1;
    // "Pauline Mercer, 74, who has used it since 1979, said": past an age or a second aside to the name.
    for (let asides = 0; asides < 2 && e >= floor && !phraseEndingAt(tokens, runs, e); asides++) {
      let c = e;
      while (c >= floor && tokens[c]?.text !== ',') c--;
      if (c < floor) break;
      e = c - 1;
    }
  }
  if (e < floor) return null;
  const phrase = pastPlace(tokens, runs, phraseEndingAt(tokens, runs, e), floor);
  if (!phrase) return null;
  const owner = describedMember(tokens, runs, tokenIndexAt(tokens, phrase.start), floor);
  if (owner) return owner;
  return tokenIndexAt(tokens, phrase.start) >= floor ? phrase : null;
}

/**
 * "The National Museum and Art Gallery in Port Moresby, which ..., said": the organisation a name after
 * "in/at/near" is attached to, not that name. The step back is taken only when what stands before the
 * preposition is an organisation's name.
 */
function pastPlace(
  tokens: Token[],
  runs: RunIndex,
  phrase: SpeakerPhrase | null,
  floor: number,
): SpeakerPhrase | null {
  if (phrase?.kind !== 'name') return phrase;
  const before = tokenIndexAt(tokens, phrase.start) - 1;
  if (!/^(?:in|at|near)$/i.test(tokens[before]?.text ?? '') || before - 1 < floor) return phrase;
  const owner = phraseEndingAt(tokens, runs, before - 1);
  return owner?.kind === 'name' && hasOrganisationWord(owner.run.core) ? owner : phrase;
}

/** The subject of the first finite verb between `floor` and `end`: the main clause's speaker. */
function firstVerbSubject(tokens: Token[], runs: RunIndex, floor: number, end: number): SpeakerPhrase | null {
  for (let k = floor; k < end; k++) {
    if (tokens[k]?.pos === 'VERB' && !/ing$/i.test(tokens[k]?.text ?? ''))
      return subjectBefore(tokens, runs, k, floor);
  }
  return null;
}

/** The phrase before the nearest "who" between the clause's last comma and `comma`, if there is one. */
function relativeClauseSubject(
  tokens: Token[],
  runs: RunIndex,
  comma: number,
  floor: number,
): SpeakerPhrase | null {
  for (let k = comma - 1; k > floor; k--) {
    const word = tokens[k]?.text.toLowerCase();
    if (word === ',' || word === ';') return null;
    if (word !== 'who') continue;
    if (tokens[k - 1]?.text === ',') return null;
    // "Moraes, a sleep physiologist at King's College London who ..., called": the clause follows an
    // apposition that opens with an article; the caller reads the name before it.
    let c = k - 1;
    while (c > floor && tokens[c]?.text !== ',') c--;
    if (tokens[c]?.text === ',' && /^(?:a|an|the)$/i.test(tokens[c + 1]?.text ?? '')) return null;
    const found = phraseEndingAt(tokens, runs, k - 1);
    if (!found || found.kind === 'pronoun') return null;
    // "Asante, an entomologist at Leeds who ..., called": the relative clause belongs to an apposition,
    // which the caller reads as one ("Asante" speaks, not "Leeds").
    const phrase = describedMember(tokens, runs, tokenIndexAt(tokens, found.start), floor) ?? found;
    const first = tokenIndexAt(tokens, phrase.start);
    if (tokens[first - 1]?.text === ',') return null;
    return first >= floor ? phrase : null;
  }
  return null;
}

const MEMBER_LINKS = new Set(['for', 'of', 'at', 'from', 'with', 'in', 'near', 'on']);

/**
 * "a spokeswoman for the American Bar Association said", "one commuter at Waterloo station said": the
 * speaker is the unnamed person, not the organisation or place named after the preposition.
 */
function describedMember(
  tokens: Token[],
  runs: RunIndex,
  first: number,
  floor: number,
): SpeakerPhrase | null {
  let k = first - 1;
  if (/^(the|a|an)$/i.test(tokens[k]?.text ?? '')) k--;
  if (k <= floor || !MEMBER_LINKS.has(tokens[k]?.text.toLowerCase() ?? '')) return null;
  // "a delegate from one of the oil-producing countries": past the quantifier to the person.
  if (
    /^(one|some|each|several|many)$/i.test(tokens[k - 1]?.text ?? '') &&
    MEMBER_LINKS.has(tokens[k - 2]?.text ?? '')
  )
    k -= 2;
  const head = phraseEndingAt(tokens, runs, k - 1);
  // "Tobias Reinholt of Carden Securities said": the person named before "of" speaks, not the firm.
  const person =
    head?.kind === 'name' &&
    !hasOrganisationWord(head.run.core) &&
    !head.run.ofPhrase &&
    head.run.core.length > 1;
  if (!person && (head?.kind !== 'description' || !isPersonNoun(head.head))) return null;
  if (!head) return null;
  if (tokenIndexAt(tokens, head.start) < floor) return null;
  return head;
}

const ANSWER_NOUNS = /^(?:answer|reply|response|rejoinder|retort)$/i;
const POSSESSIVE_SUBJECT: Record<string, string> = { his: 'he', her: 'she', their: 'they' };

/** '"Indeed I have, Sir," was her answer.', '," was Tom's reply': the owner of the answer speaks. */
function answerOf(tokens: Token[], runs: RunIndex, i: number, limit: number): SpeakerPhrase | null {
  if (!/^(?:was|came)$/i.test(tokens[i]?.text ?? '') || i + 2 >= limit) return null;
  const owner = tokens[i + 1] as Token;
  const word = POSSESSIVE_SUBJECT[owner.text.toLowerCase()];
  if (word && ANSWER_NOUNS.test(tokens[i + 2]?.text ?? ''))
    return { kind: 'pronoun', word, start: owner.start, end: owner.end };
  const run = runs.startingAt(i + 1);
  if (!run) return null;
  const k = run.last + 1;
  const answered = /^['’]s$/.test(tokens[k]?.text ?? '') && ANSWER_NOUNS.test(tokens[k + 1]?.text ?? '');
  return answered ? { kind: 'name', run, start: run.runStart, end: run.end } : null;
}

/** The tag after a quote: '," said Kell', '," the governor added', '," one neighbor, who ..., told reporters'. */
function tagAfter(tokens: Token[], runs: RunIndex, from: number, limit: number): SpeakerPhrase | null {
  let i = from;
  while (i < limit && LEAD_PUNCT.test(tokens[i]?.text ?? '')) i++;
  if (i >= limit) return null;
  const answer = answerOf(tokens, runs, i, limit);
  if (answer) return answer;
  if (isSpeechVerb(tokens[i])) {
    // "... as 'the least bad option', saying the authority faced a gap": the participle's subject is the
    // sentence's; what follows it is the start of what was said.
    if (/ing$/i.test(tokens[i]?.text ?? '') && tokens[i - 1]?.text === ',') {
      const sentence = tokens[i]?.sentence;
      let floor = i;
      while (floor > 0 && tokens[floor - 1]?.sentence === sentence) floor--;
      const subject = firstVerbSubject(tokens, runs, floor, i);
      return valid(subject) ? subject : null;
    }
    const phrase = phraseAt(tokens, runs, i + 1);
    return valid(phrase) ? phrase : null;
  }
  const phrase = phraseAt(tokens, runs, i);
  // Right before a speech verb any noun phrase speaks ('," the housekeeper added'); elsewhere only the
  // ones that denote people or organisations do.
  const describedSpeaker =
    phrase?.kind === 'description' && /^(the|a|an|his|her|their|one)$/i.test(phrase.words[0] ?? '');
  if (!phrase || !(describedSpeaker || valid(phrase))) return null;
  let j = tokenIndexAt(tokens, phrase.end);
  // '," the mayor of Springfield, Joe Quimby, said': the place a role belongs to.
  if (phrase.kind === 'description' && tokens[j]?.text === 'of') {
    let k = j + 1;
    if (tokens[k]?.text.toLowerCase() === 'the') k++;
    while (k < limit && tokens[k]?.pos === 'PROPN') k++;
    if (k > j + 1) j = k;
  }
  j = skipApposition(tokens, j, limit);
  while (j < limit && SKIPPABLE.has(tokens[j]?.pos ?? '') && !isSpeechVerb(tokens[j])) j++;
  return j < limit && isSpeechVerb(tokens[j]) ? phrase : null;
}

const LISTENER_VERBS = new Set(
  'tell tells told telling warn warns warned warning remind reminds reminded reminding assure assures assured assuring inform informs informed informing urge urges urged urging asking address addressing thank thanks thanked thanking'.split(
    ' ',
  ),
);
const CALLING = /^(?:call|calls|called|calling|describe|describes|described|describing|branded|dubbed)$/i;
const CALLED_OBJECT = /^(?:it|them|this|that|him|her|the|their|his|its)$/i;

/** 'Moraes called it "the strongest evidence yet"': naming something in one's own words is speech. */
export function callsIt(tokens: Token[], v: number): boolean {
  return (
    CALLING.test(tokens[v]?.text ?? '') &&
    tokens[v]?.pos === 'VERB' &&
    CALLED_OBJECT.test(tokens[v + 1]?.text ?? '') &&
    !/^(?:so|what|is|are|was|were|be|been)$/i.test(tokens[v - 1]?.text ?? '')
  );
}

const NONFINITE_LINKS = new Set(['to', 'by', 'in', 'without', 'after', 'before', 'while', 'from']);

/**
 * The speaker of an infinitive or gerund: 'she was mistress enough of herself to whisper to Elizabeth, "',
 * 'he ended the call by saying: "'. The subject of the verb that governs it speaks.
 */
function governingSubject(tokens: Token[], runs: RunIndex, v: number, floor: number): SpeakerPhrase | null {
  let k = v - 1;
  while (k >= floor && tokens[k]?.pos === 'ADV') k--;
  // ", telling lawmakers it had ...": a participle clause after a comma belongs to the main clause too.
  const participle = tokens[k]?.text === ',' && /ing$/i.test(tokens[v]?.text ?? '');
  if (!participle && !NONFINITE_LINKS.has(tokens[k]?.text.toLowerCase() ?? '')) return null;
  for (k--; k >= floor; k--) {
    const token = tokens[k] as Token;
    if (token.text === ';') return null;
    // The nearest verb may have no subject of its own ("survived a no-confidence vote ... hours after
    // telling"): go on back to one that has.
    if (token.pos === 'VERB' || token.pos === 'AUX') {
      const subject = subjectBefore(tokens, runs, k, floor);
      // "defended the programme, under which it borrowed ..., saying": past a relative clause's "it".
      if (subject && participle && subject.kind === 'pronoun' && subject.word === 'it') continue;
      if (subject) return subject;
    }
  }
  return null;
}

const ASIDE_LIMIT = 12;

/**
 * "he approached the table; and, while pretending to admire her work said in a whisper": a second clause
 * with no subject of its own, opened by "and," and an aside, is spoken by the first clause's subject. Only
 * non-finite verbs may stand in the aside.
 */
function coordinatedSubject(tokens: Token[], runs: RunIndex, v: number, floor: number): SpeakerPhrase | null {
  for (let k = v - 1; k >= Math.max(floor, v - ASIDE_LIMIT); k--) {
    const token = tokens[k] as Token;
    if (/^(?:and|but)$/i.test(token.text) && tokens[k + 1]?.text === ',')
      return firstVerbSubject(tokens, runs, floor, k);
    if (token.text === ';' || /^["“”‘’]$/.test(token.text)) return null;
    const infinitive = tokens[k - 1]?.text.toLowerCase() === 'to';
    if ((token.pos === 'VERB' || token.pos === 'AUX') && !/ing$/i.test(token.text) && !infinitive)
      return null;
  }
  return null;
}

function accordingTo(tokens: Token[], runs: RunIndex, from: number, limit: number): SpeakerPhrase | null {
  for (let k = from; k + 2 < limit + 1; k++) {
    if (tokens[k]?.text.toLowerCase() === 'according' && tokens[k + 1]?.text.toLowerCase() === 'to') {
      const phrase = phraseAt(tokens, runs, k + 2);
      if (valid(phrase)) return phrase;
    }
  }
  return null;
}

/** The tag before a quote in its sentence: 'Kell said: "', 'Kerry said that ... were "', 'X was blunt: "'. */
function tagBefore(
  tokens: Token[],
  runs: RunIndex,
  floor: number,
  openIndex: number,
  inQuote: (offset: number) => boolean,
): SpeakerPhrase | null {
  if (openIndex <= floor) return null;
  for (let v = openIndex - 1; v >= floor; v--) {
    if (!(isSpeechVerb(tokens[v]) || callsIt(tokens, v)) || inQuote((tokens[v] as Token).start)) continue;
    // "told analysts on a conference call that ...": a speech word ending a phrase after a preposition is a
    // noun ("The ministry claims:" is still a verb).
    if (tokens[v]?.pos === 'NOUN' && afterPreposition(tokens, v, floor)) continue;
    // "Miss Bennet could not assert it": a speech that did not happen tags nothing; nor does reported speech
    // still to come ("Otieno told the court that an examiner would testify that they were 'traced, not
    // written'"). Habitual speech ("Ruiz would tell the staff, ...") did happen.
    if ([tokens[v - 1], tokens[v - 2]].some((t) => NEGATIONS.has(t?.text.toLowerCase() ?? ''))) continue;
    if (
      SPEECH_TO_COME.has(tokens[v - 1]?.text.toLowerCase() ?? '') &&
      tokens.slice(v + 1, v + 4).some((t) => t.text.toLowerCase() === 'that')
    )
      continue;
    // "The agency quoted Defence Minister Oskar Lindqvist as saying ...": the one quoted speaks.
    if (/^(saying|telling)$/i.test(tokens[v]?.text ?? '') && tokens[v - 1]?.text.toLowerCase() === 'as') {
      const quoted = phraseEndingAt(tokens, runs, v - 2);
      if (valid(quoted) && quoted.kind !== 'pronoun' && tokenIndexAt(tokens, quoted.start) >= floor)
        return quoted;
    }
    // "she was grateful to her uncle for saying", "he thanked Ruth for asking": the one thanked speaks.
    if (/ing$/i.test(tokens[v]?.text ?? '') && tokens[v - 1]?.text.toLowerCase() === 'for') {
      const thanked = phraseEndingAt(tokens, runs, v - 2);
      if (valid(thanked) && tokenIndexAt(tokens, thanked.start) >= floor) return thanked;
    }
    const subject = subjectBefore(tokens, runs, v, floor);
    // "because it suggested ...": an "it" in the middle of a sentence is rarely the speaker; one that opens
    // it ("It said in a statement that ...") is the organisation just named.
    const midSentenceIt =
      subject?.kind === 'pronoun' && subject.word === 'it' && tokenIndexAt(tokens, subject.start) !== floor;
    if (valid(subject) && !midSentenceIt) return subject;
    const governing = governingSubject(tokens, runs, v, floor);
    if (valid(governing) && !(governing.kind === 'pronoun' && governing.word === 'it')) return governing;
    const coordinated = coordinatedSubject(tokens, runs, v, floor);
    if (valid(coordinated)) return coordinated;
    // "telling parliament that ...": the phrase after a verb of telling is the listener, never the speaker.
    const inverted = LISTENER_VERBS.has(tokens[v]?.text.toLowerCase() ?? '')
      ? null
      : phraseAt(tokens, runs, v + 1);
    // '"Come," said he, "we must go."': an inverted pronoun tags a quote it sits between.
    const betweenQuotes = /^["“”‘’']$/.test(tokens[v - 1]?.text ?? '');
    if (valid(inverted) && (inverted.kind !== 'pronoun' || betweenQuotes)) return inverted;
  }
  const according = accordingTo(tokens, runs, floor, openIndex);
  if (according) return according;
  if (tokens[openIndex - 1]?.text === ':') {
    // "a servant brought the following note for Elizabeth:": the one who brings or reads a letter out did
    // not write it.
    const clause = tokens
      .slice(floor, openIndex)
      .map((t) => t.text)
      .join(' ');
    if (CARRIED_LETTER.test(clause)) return null;
    // A colon introduction: the clause's subject speaks. Skip a leading participle clause ("Asked ..., ").
    let k = floor;
    if (tokens[k]?.pos === 'VERB') {
      while (k < openIndex && tokens[k]?.text !== ',') k++;
      k++;
    }
    for (; k < openIndex - 1; k++) {
      const phrase = phraseAt(tokens, runs, k);
      if (valid(phrase)) return phrase;
    }
  }
  return null;
}

export interface TagContext {
  text: string;
  tokens: Token[];
  runs: RunIndex;
  spans: QuoteSpan[];
  paragraphEnd: (paragraph: number) => number;
  inQuote: (offset: number) => boolean;
}

/** The speech tag of a quote within its own sentence, or null. */
export function findTag(ctx: TagContext, index: number): SpeechTag | null {
  const { tokens, runs, spans } = ctx;
  const span = spans[index] as QuoteSpan;
  const next = spans[index + 1];
  const openIndex = tokenIndexAt(tokens, span.open);
  const closeOffset = span.close ?? ctx.paragraphEnd(span.paragraph);
  const after = span.close === null ? tokens.length : tokenIndexAt(tokens, closeOffset + 1);
  const closeToken = span.close === null ? undefined : tokens[tokenIndexAt(tokens, span.close)];
  const afterSentence = tokens[after]?.sentence;
  // '"Where would we go?" Tom said.': the splitter ends the sentence at the question mark, but a tag
  // right after the closing mark still belongs to the quote.
  const endsAsking = /[?!]$/.test(ctx.text.slice(span.start, span.end).trimEnd());
  const sameSentence =
    !!closeToken &&
    (closeToken.sentence === afterSentence || (endsAsking && closeToken.sentence + 1 === afterSentence));
  let limit = after;
  const nextOpen = next && next.paragraph === span.paragraph ? next.open : Number.POSITIVE_INFINITY;
  while (
    limit < tokens.length &&
    tokens[limit]?.sentence === afterSentence &&
    (tokens[limit] as Token).start < nextOpen
  )
    limit++;
  if (sameSentence && (tokens[after] as Token).start < ctx.paragraphEnd(span.paragraph)) {
    const phrase = tagAfter(tokens, runs, after, limit) ?? accordingTo(tokens, runs, after, limit);
    if (phrase) return { phrase, position: 'after' };
  }
  // Before the quote, back to its sentence start (words inside other quotes are skipped).
  const sentence = tokens[openIndex]?.sentence;
  let floor = openIndex;
  while (floor > 0 && tokens[floor - 1]?.sentence === sentence) floor--;
  const phrase = tagBefore(tokens, runs, floor, openIndex, ctx.inQuote);
  return phrase ? { phrase, position: 'before' } : null;
}

const RESUMING = /^(?:added|continued|resumed|persisted|pursued)$/i;

/** "he continued", "added she", "she went on": the verb beside the pronoun says the speaker goes on. */
export function resumesSpeech(tokens: Token[], phrase: SpeakerPhrase): boolean {
  const i = tokenIndexAt(tokens, phrase.start);
  const after = tokens[i + 1];
  if (after?.text.toLowerCase() === 'went') return tokens[i + 2]?.text.toLowerCase() === 'on';
  return [tokens[i - 1], after].some((t) => !!t && RESUMING.test(t.text));
}
