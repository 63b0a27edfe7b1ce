import type { Attributed } from './attribution.js';
import { addressees, introducedSpeaker, mentionsInside, selfNamed, speechIn } from './dialogue.js';
import { type EntityIndex, type EntityRecord, firstMentionFrom, type PersonRecord } from './entities.js';
import { GENDERED_ROLES } from './lexicon/honorifics.js';
import { SPEECH_VERBS } from './lexicon/speech-verbs.js';
import { type Token, tokenIndexAt } from './nlp.js';
import { phraseAt, type RunIndex } from './noun-phrase.js';
import { speakerAhead } from './said-ahead.js';
import { isStandIn, type SpeakerResolver } from './speaker-resolution.js';
import { NEGATIONS, resumesSpeech } from './speech-tags.js';
import type { Gender, Paragraph } from './types.js';

/**
 * The turns of a dialogue as the scene decoder (scenes.ts) sees them: one per quote paragraph, with what
 * the text says about who speaks it (its tag, the names it addresses, the narration around it), plus a
 * turn for each narration paragraph that reports someone's speech.
 */

export interface Turn {
  paragraph: number;
  quotes: Attributed[];
  /** Tagged by name or role: the speaker is known (null: known to be nobody we can name). */
  fixed?: EntityRecord | null;
  /** "he said", "said her mother": whoever it is, this gender. */
  gender?: Gender;
  /** A speaker the tag itself points to (a narration antecedent, a family member): preferred, not forced. */
  hint?: EntityRecord;
  continued: boolean;
  addressed: Set<EntityRecord>;
  /** People the line talks about by name: rarely its speaker. */
  talkedAbout: Set<EntityRecord>;
  /** People the paragraph's narration refers to (before the first quote, and after). */
  narratedBefore: Set<EntityRecord>;
  narratedAfter: Set<EntityRecord>;
  question: boolean;
  /** Narration characters between the previous turn's last quote and this turn's first. */
  gapChars: number;
  /** "she added", "he went on": the tag says the one who spoke last goes on. */
  resumes?: boolean;
  /** A paragraph of narration since the previous turn moves the story on in time ("In the afternoon, ..."). */
  timeShift?: boolean;
  /** People a tag names in this turn's scene. */
  sceneSpeakers?: ReadonlySet<EntityRecord>;
  /** A bare reply: it follows the previous line with nothing but its tag in between. */
  bare: boolean;
  /** The line names its own speaker ("I'm Ben Okonjo"). */
  selfNamed?: EntityRecord;
  /** An unnamed voice ('" I ask.') has already asked a question in this scene: an interviewer. */
  interviewerSeen?: boolean;
  /** "Can he be a sensible man, sir?": the gender of someone the line addresses without a name. */
  addressedGender?: Gender;
}

export interface SceneContext {
  text: string;
  tokens: Token[];
  runs: RunIndex;
  inQuote: (offset: number) => boolean;
  paragraphs: Paragraph[];
  entities: EntityIndex;
  resolver: SpeakerResolver;
}

/** A narration paragraph that opens on a new time: the scene that follows is a new one. */
const TIME_SHIFT = new RegExp(
  `^(?:${[
    '(?:In|During) the (?:morning|afternoon|evening|night)',
    '(?:The|On the) (?:next|following) (?:morning|afternoon|evening|night|day|week)',
    '(?:That|This|Next) (?:morning|afternoon|evening|night)',
    '(?:Later|Afterwards|Hours later|Days later)\\b',
    '(?:An?|One|Two|Three|Some) (?:hours?|days?|weeks?|months?|years?) (?:later|after(?:wards)?)\\b',
  ].join('|')})`,
  'i',
);

/** Longer than a tag ('," Ashworth replied, shaking his head.'): narration stands between the two lines. */
const BARE_TAG_CHARS = 80;

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', she: 'female' };

function tagGender(r: Attributed): Gender | undefined {
  const phrase = r.phrase;
  if (!phrase) return undefined;
  if (phrase.kind === 'pronoun') return PRONOUN_GENDER[phrase.word];
  if (phrase.kind === 'description' && /^(his|her|their)$/i.test(phrase.words[0] ?? ''))
    return GENDERED_ROLES.get(phrase.head);
  // "the girl said", "the old man replied": a description no role or name matched was only a guess.
  if (phrase.kind === 'description' && r.quote.confidence <= GUESSED && GENDERED_ROLES.has(phrase.head))
    return GENDERED_ROLES.get(phrase.head);
  return undefined;
}

/** The confidence the resolver gives a description it could only guess at. */
const GUESSED = 0.5;

// Between a tag's speaker and the person spoken to: '" said she to Charlotte', '" Grady told Ashworth'.
// '" Kamala said, kissing Leela', '" said he, turning to Jane': the one the speaker turns to.
const TO_LISTENER =
  /^\s*(?:\p{L}+\s+){0,2}?(?:to|at)\s+$|^\s*(?:told|asked|assured|answered|reminded|warned|urged)\s+$|^\s*(?:\p{L}+)?,\s+(?:\p{L}+ly\s+)?(?:turning|kissing|facing|addressing|hugging|embracing|nodding|looking|glancing|smiling|winking|pointing|gesturing|patting|touching|taking|eyeing|watching|studying|interrupting)\s+(?:(?:to|at|towards|round to|over to)\s+)?$/u;

/** The person a tag says the line was spoken to. */
function tagListener(r: Attributed, ctx: SceneContext): EntityRecord | null {
  const phrase = r.phrase;
  if (!phrase) return null;
  const timeline = ctx.entities.timeline;
  for (let k = firstMentionFrom(timeline, phrase.end); k < timeline.length; k++) {
    const { mention, entity } = timeline[k] as EntityIndex['timeline'][number];
    if (mention.start > phrase.end + 40) break;
    if (mention.inQuote || entity.kind !== 'person') continue;
    return TO_LISTENER.test(ctx.text.slice(phrase.end, mention.start)) ? entity : null;
  }
  return null;
}

// A reported utterance goes on into its content: "assured her that", "asked whether", "told the court that",
// or a clause without "that" ("She said she was sorry").
const CONTENT =
  /^\s*(?:(?:[\p{L}’'-]+\s+){0,3}?(?:that|whether|if|how|what|why|when|where)\b|(?:he|she|they|we|I|it|there)\s+(?:had|has|was|were|would|could|should|might|must|did|is|are|will|thought|knew|felt|hoped|wished)\b)/u;

/**
 * A narration paragraph between two lines that reports what someone said ("Elizabeth could hardly help
 * smiling, as she assured her that ...") is that person's turn: the next line is somebody else's. The
 * speaker is the person nearest before the speech verb in its sentence; the verb must go on into the
 * content of what was said ("He argued anyway." only introduces the next line) and not be negated.
 */
function reportedSpeaker(bounds: Paragraph, ctx: SceneContext): EntityRecord | null {
  const { tokens, resolver, text } = ctx;
  let found: EntityRecord | null = null;
  for (let i = tokenIndexAt(tokens, bounds.start); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.start >= bounds.end) break;
    if (token.pos !== 'VERB' || !SPEECH_VERBS.has(token.text.toLowerCase())) continue;
    if ([tokens[i - 1], tokens[i - 2]].some((t) => NEGATIONS.has(t?.text.toLowerCase() ?? ''))) continue;
    if (!CONTENT.test(text.slice(token.end, Math.min(bounds.end, token.end + 40)))) continue;
    let first = i;
    while (first > 0 && tokens[first - 1]?.sentence === token.sentence) first--;
    const from = Math.max(bounds.start, tokens[first]?.start ?? bounds.start);
    const people = resolver.referencesIn(from, token.start).filter((c) => c.entity.kind === 'person');
    // "he complimented Mrs. Bennet on ..., said he had heard ...": a verb after a comma goes on with the
    // sentence's subject, not with the person the clause before it spoke to.
    const continues = tokens[i - 1]?.text === ',';
    found = (continues ? people[0] : people[people.length - 1])?.entity ?? found;
  }
  return found;
}

/** The first person the narration between two offsets refers to: by name, he/she, or as a relative. */
function firstPersonOrRelative(
  from: number,
  to: number,
  ctx: SceneContext,
): { start: number; entity: EntityRecord } | null {
  const found = [
    ...ctx.resolver.referencesIn(from, to).map((c) => ({ start: c.start, entity: c.entity })),
    ...relativesMentioned(from, to, ctx),
  ].sort((x, y) => x.start - y.start)[0];
  return found?.entity.kind === 'person' ? found : null;
}

/** 'Tomás pulled the cover off the engine. "Fuel filter, maybe."': the subject of the narration before an untagged line. */
function leadBeat(bounds: Paragraph, first: Attributed, ctx: SceneContext): EntityRecord | null {
  if (first.tagged || first.span.open <= bounds.start) return null;
  const found = firstPersonOrRelative(bounds.start, first.span.open, ctx);
  if (!found) return null;
  // "On his quitting the room, she sat down, ... impossible for Darcy to refrain from saying, '...'": when
  // the narration reports speech itself, only a subject that opens its sentence ("Her mother set down
  // her cup.") is plain enough.
  let reportsSpeech = false;
  for (let k = tokenIndexAt(ctx.tokens, bounds.start); k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k] as Token;
    if (t.start >= first.span.open) break;
    if (t.pos === 'VERB' && SPEECH_VERBS.has(t.text.toLowerCase())) {
      reportsSpeech = true;
      break;
    }
  }
  if (!reportsSpeech) return found.entity;
  const i = tokenIndexAt(ctx.tokens, found.start);
  const previous = ctx.tokens[i - 1];
  const opens =
    !previous || previous.sentence !== ctx.tokens[i]?.sentence || /^["“”‘’']$/.test(previous.text);
  return opens ? found.entity : null;
}

/** The subject of a sentence of narration between two untagged quotes of one paragraph. */
function untaggedBeat(quotes: Attributed[], ctx: SceneContext): EntityRecord | null {
  for (let k = 0; k + 1 < quotes.length; k++) {
    const a = quotes[k] as Attributed;
    const b = quotes[k + 1] as Attributed;
    if (a.tagged || b.tagged || a.span.close === null) continue;
    const from = a.span.close + 1;
    const to = b.span.open;
    const between = ctx.text.slice(from, to);
    // A sentence of its own: it starts with a capital after the closing mark.
    if (!/^\s+\p{Lu}/u.test(between)) continue;
    const found = firstPersonOrRelative(from, to, ctx);
    if (found) return found.entity;
  }
  return null;
}

const KIN = new Set(
  'mother father wife husband sister brother aunt uncle son daughter niece nephew cousin grandmother grandfather gran granny grandma nan nana grandad granddad grandpa mum mom dad stepmother stepfather'.split(
    ' ',
  ),
);

/**
 * Relatives the narration mentions between two offsets ("she was met by her father"): the family member
 * when the family name says who, else an unnamed stand-in, so that the person can take turns in the
 * scene. Not when a name follows at once ("his wife, Mary Hale," names her).
 */
export function relativesMentioned(
  from: number,
  to: number,
  ctx: SceneContext,
): Array<{ start: number; entity: PersonRecord }> {
  const { tokens, text } = ctx;
  const found: Array<{ start: number; entity: PersonRecord }> = [];
  for (let i = tokenIndexAt(tokens, from); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.start >= to) break;
    const word = token.text.toLowerCase();
    // "his father", "her mother", and "Nell's father".
    const owned = word === 'his' || word === 'her' || !!ctx.runs.startingAt(i);
    if (!owned || ctx.inQuote(token.start)) continue;
    // "older than her father", "like his mother": a comparison, not someone in the room.
    if (/^(?:than|like)$/i.test(tokens[i - 1]?.text ?? '')) continue;
    const phrase = phraseAt(tokens, ctx.runs, i);
    if (phrase?.kind !== 'description' || phrase.words.length > 3 || !KIN.has(phrase.head)) continue;
    if (/^,?\s+(?:\p{Lu}\p{Ll}+|Mr|Mrs|Ms|Miss|Dr)\b/u.test(text.slice(phrase.end, phrase.end + 20)))
      continue;
    const entity = ctx.resolver.relativeMentioned(phrase, token.sentence);
    if (entity) found.push({ start: phrase.start, entity });
  }
  return found;
}

// "sir" and "madam" as words of address: between a stop or the line's start and a stop.
const SIR =
  /(?:^|[,;:!?.—-]\s*|\b(?:my|dear|good|kind)\s+)(sir|madam|ma['’]am|my lord|my lady)\s*(?=[,;:!?.—-]|$)/i;

/** The gender of a person a line addresses as "sir" or "madam". */
function vocativeGender(text: string): Gender | undefined {
  const word = SIR.exec(text)?.[1]?.toLowerCase();
  if (!word) return undefined;
  return word === 'sir' || word === 'my lord' ? 'male' : 'female';
}

/** Where the narration last refers to `entity` between the offsets, or -1. */
function lastReference(resolver: SpeakerResolver, entity: EntityRecord, from: number, to: number): number {
  const refs = resolver.referencesIn(from, to).filter((c) => c.entity === entity);
  return refs[refs.length - 1]?.start ?? -1;
}

function reportedTurn(paragraph: number, speaker: EntityRecord): Turn {
  return {
    paragraph,
    quotes: [],
    fixed: speaker,
    continued: false,
    addressed: new Set(),
    talkedAbout: new Set(),
    narratedBefore: new Set(),
    narratedAfter: new Set(),
    question: false,
    gapChars: 0,
    bare: false,
  };
}

export function buildTurns(results: Attributed[], ctx: SceneContext): Turn[] {
  const { entities, resolver, paragraphs } = ctx;
  const turns: Turn[] = [];
  const quoteParagraphs = [...new Set(results.map((r) => r.span.paragraph))].sort((a, b) => a - b);
  let previousEnd = 0;
  let previousParagraph = -100;
  for (const p of quoteParagraphs) {
    const quotes = speechIn(results, p);
    if (quotes.length === 0) continue;
    const bounds = paragraphs[p] as Paragraph;
    if (p - previousParagraph > 1 && previousParagraph >= 0) {
      for (let q = previousParagraph + 1; q < p; q++) {
        const reported = reportedSpeaker(paragraphs[q] as Paragraph, ctx);
        if (reported) turns.push(reportedTurn(q, reported));
      }
    }
    const first = quotes[0] as Attributed;
    const last = quotes[quotes.length - 1] as Attributed;
    // The narration paragraphs since the previous line, and this paragraph's own lead-in.
    const timeShift =
      previousParagraph >= 0 &&
      paragraphs
        .slice(previousParagraph + 1, p + 1)
        .some((q) => TIME_SHIFT.test(ctx.text.slice(q.start, q.start + 40)));
    const turn: Turn = {
      paragraph: p,
      quotes,
      continued: first.span.continued,
      addressed: new Set(quotes.flatMap((r) => [...addressees(r.quote, entities)])),
      talkedAbout: new Set(),
      narratedBefore: new Set(),
      narratedAfter: new Set(),
      question: /\?\s*$/.test(last.quote.text),
      gapChars: Math.max(0, first.span.open - previousEnd),
      timeShift,
      bare:
        p - previousParagraph === 1 &&
        !/\S/.test(ctx.text.slice(bounds.start, first.span.open)) &&
        first.span.open - previousEnd < BARE_TAG_CHARS,
    };
    // After a self-introduction or a "who are you?", a line that is only a name is its speaker's.
    const previousTurn = turns[turns.length - 1];
    const introductions = !!previousTurn && (!!previousTurn.selfNamed || previousTurn.question);
    const self = quotes.map((r) => selfNamed(r.quote, entities, introductions)).find((e) => e);
    const sirOrMadam = quotes.map((r) => vocativeGender(r.quote.text)).find((g) => g !== undefined);
    if (sirOrMadam) turn.addressedGender = sirOrMadam;
    for (const r of quotes) {
      const listener = tagListener(r, ctx);
      if (listener) turn.addressed.add(listener);
    }
    for (const r of quotes)
      for (const e of mentionsInside(entities, r.quote)) if (!turn.addressed.has(e)) turn.talkedAbout.add(e);
    if (self) {
      turn.selfNamed = self;
      turn.addressed.delete(self);
      turn.talkedAbout.delete(self);
    }
    for (const e of resolver.referredBetween(bounds.start, first.span.open))
      if (e.kind === 'person') turn.narratedBefore.add(e);
    const introduced = introducedSpeaker(ctx.text, paragraphs[p - 1], resolver);
    if (introduced) turn.hint = introduced;
    const ahead =
      p >= 1 && p - 1 > previousParagraph ? speakerAhead(paragraphs[p - 1] as Paragraph, ctx) : null;
    if (ahead && !introduced) turn.hint = ahead;
    const kin = relativesMentioned(previousEnd, first.span.open, ctx);
    for (const k of kin) if (k.start >= bounds.start) turn.narratedBefore.add(k.entity);
    for (const e of resolver.referredBetween((last.span.close ?? last.span.end) + 1, bounds.end))
      if (e.kind === 'person') turn.narratedAfter.add(e);
    // '"At church!" Her mother pressed her hands together. "A man with four horses ..."': a beat between
    // two lines of one paragraph; its subject speaks them.
    const beat = untaggedBeat(quotes, ctx) ?? leadBeat(bounds, first, ctx);
    if (beat) {
      turn.narratedBefore.add(beat);
      turn.hint ??= beat;
    }
    // Quotes with a tag of their own ('"Go," she said. "Now."': the second only borrows the first's).
    const tagged = quotes.filter((r) => r.tagged && r.phrase);
    const speakers = new Set(tagged.map((r) => r.entity));
    const gendered = tagged.find((r) => tagGender(r) !== undefined);
    const named = tagged.find((r) => tagGender(r) === undefined);
    // "the witness said" that no role in the text matched was resolved by a guess: a hint, not a fact.
    const guessed =
      named?.phrase?.kind === 'description' &&
      named.quote.confidence <= GUESSED &&
      named.entity?.kind === 'person';
    if (guessed && speakers.size === 1) turn.hint = named.entity as EntityRecord;
    // "'Mr Baciu,' the woman said. 'I'm Detective Inspector Pascoe.'": an unnamed description that
    // introduces herself is that person.
    else if (
      named &&
      speakers.size === 1 &&
      named.entity === null &&
      self &&
      named.phrase?.kind === 'description'
    )
      turn.hint = self;
    else if (named && speakers.size === 1) turn.fixed = named.entity;
    else if (speakers.size > 1) turn.fixed = tagged[tagged.length - 1]?.entity ?? null;
    else if (gendered) {
      turn.gender = tagGender(gendered);
      const phrase = gendered.phrase;
      if (phrase?.kind === 'pronoun') {
        // Only a first line: after an untagged line of the same paragraph it is that line's speaker going on.
        if (gendered === first && resumesSpeech(ctx.tokens, phrase)) turn.resumes = true;
        // The antecedent a he/she finds in the narration since the last line; in a bare exchange there is none.
        const sentence = ctx.tokens[tokenIndexAt(ctx.tokens, phrase.start)]?.sentence ?? 0;
        const person = resolver.salientPerson(
          phrase.start,
          sentence,
          turn.gender ?? 'unknown',
          turn.addressed,
        );
        // Only a person of that known gender: "she" is no evidence for someone whose gender was never shown.
        const named =
          person && person.gender === turn.gender
            ? lastReference(resolver, person, previousEnd, phrase.start)
            : -1;
        if (person && named >= 0) turn.hint = person;
        // "she was met by her father ... 'Lizzy,' said he": a relative the narration mentions after that.
        const relative = kin
          .filter((k) => k.entity.gender === turn.gender && k.start > named && k.start < phrase.start)
          .pop();
        if (relative) turn.hint = relative.entity;
      } else if (
        gendered.entity?.kind === 'person' &&
        gendered.entity.name &&
        // A relative the text never names is a hint only where the narration brought them in.
        (!isStandIn(gendered.entity) || kin.some((k) => k.entity === gendered.entity))
      )
        turn.hint = gendered.entity;
    }
    const signed = quotes.find((r) => r.signed);
    if (signed) turn.fixed = signed.entity;
    // A named tag decides; a speech 'carried over' into a paragraph another person is tagged in is broken marks.
    if (turn.fixed !== undefined) turn.continued = false;
    turns.push(turn);
    previousEnd = (last.span.close ?? last.span.end) + 1;
    previousParagraph = p;
  }
  return turns;
}
