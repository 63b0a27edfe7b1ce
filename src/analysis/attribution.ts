import { addressees, isDialogue, mentionsInside, takeTurns } from './dialogue.js';
import {
  type EntityIndex,
  type EntityRecord,
  firstMentionFrom,
  type PersonRecord,
  speakerName,
} from './entities.js';
import { GENDERED_ROLES } from './lexicon/honorifics.js';
import type { NameRun } from './name-runs.js';
import type { Token } from './nlp.js';
import { RunIndex, type SpeakerPhrase } from './noun-phrase.js';
import { classifyQuote } from './quote-kind.js';
import type { QuoteSpan } from './quote-marks.js';
import { speakerAhead } from './said-ahead.js';
import { decodeDialogue } from './scenes.js';
import { isStandIn, type ResolvedSpeaker, SpeakerResolver } from './speaker-resolution.js';
import { findTag, resumesSpeech, tokenIndexAt } from './speech-tags.js';
import type { Paragraph, Quote } from './types.js';

export interface Attributed {
  /** The tag phrase found in the quote's sentence, if any. */
  phrase?: SpeakerPhrase;
  /** A he/she read as a reply to someone else, where the one who just spoke could be going on. */
  mayContinue?: EntityRecord;
  span: QuoteSpan;
  quote: Quote;
  entity: EntityRecord | null;
  tagged: boolean;
  /** A letter its signature names the writer of (signLetters): as certain as a named tag. */
  signed?: boolean;
}

export interface AttributionInput {
  text: string;
  tokens: Token[];
  paragraphs: Paragraph[];
  spans: QuoteSpan[];
  runs: NameRun[];
  entities: EntityIndex;
  inQuote: (offset: number) => boolean;
}

export function isSpeech(quote: Quote): boolean {
  return quote.kind === 'direct' || quote.kind === 'partial';
}

/**
 * Classifies every quote and names its speaker: the tag in its sentence first, then a tagged quote in the
 * same paragraph, then turn-taking across paragraphs (continuation in news, alternation in dialogue).
 */
export function attributeQuotes(input: AttributionInput): Quote[] {
  const { text, tokens, paragraphs, spans, entities } = input;
  const runs = new RunIndex(input.runs);
  const resolver = new SpeakerResolver(text, tokens, entities);
  resolver.readNarration(runs, input.inQuote);
  const paragraphEnd = (p: number) => paragraphs[p]?.end ?? text.length;
  const results: Attributed[] = [];
  const addressedCache = new Map<number, Set<EntityRecord>>();
  const spansIn = new Map<number, QuoteSpan[]>();
  for (const s of spans) {
    const list = spansIn.get(s.paragraph) ?? [];
    list.push(s);
    spansIn.set(s.paragraph, list);
  }
  const addressedIn = (paragraph: number): Set<EntityRecord> => {
    let found = addressedCache.get(paragraph);
    if (!found) {
      found = new Set(
        (spansIn.get(paragraph) ?? []).flatMap((s) => [
          ...addressees({ start: s.start, end: s.end, text: text.slice(s.start, s.end) }, entities),
        ]),
      );
      addressedCache.set(paragraph, found);
    }
    return found;
  };
  spans.forEach((span, index) => {
    const tag = findTag({ text, tokens, runs, spans, paragraphEnd, inQuote: input.inQuote }, index);
    const openIndex = tokenIndexAt(tokens, span.open);
    const sentence = tokens[openIndex]?.sentence ?? 0;
    let sentenceFirst = openIndex;
    while (sentenceFirst > 0 && tokens[sentenceFirst - 1]?.sentence === sentence) sentenceFirst--;
    const kind = classifyQuote(span, { text, tokens, openIndex, sentenceFirst, tagged: !!tag });
    const quote: Quote = {
      text: text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      paragraph: span.paragraph,
      kind,
      speaker: null,
      speakerMention: null,
      confidence: 0.5,
    };
    let entity: EntityRecord | null = null;
    let mayContinue: EntityRecord | undefined;
    if (tag && isSpeech(quote)) {
      const addressed = addressedIn(span.paragraph);
      const sentenceOfTag = tokens[tokenIndexAt(tokens, tag.phrase.start)]?.sentence ?? sentence;
      const paragraphStart = paragraphs[span.paragraph]?.start ?? 0;
      // Narration before the line that already says who ("Asked whether he would appeal, he said: ") is
      // read by the resolver, not as a reply to the line before.
      const leadIn = text.slice(paragraphStart, Math.min(span.open, tag.phrase.start)).toLowerCase();
      const pronoun = tag.phrase.kind === 'pronoun' ? tag.phrase.word : '';
      const inDialogue =
        !(pronoun && leadIn.split(/[^\p{L}]+/u).includes(pronoun)) &&
        !namesSomeoneBefore(entities, paragraphStart, tag.phrase.start) &&
        !resolver.namesByRole(paragraphStart, tag.phrase.start) &&
        !resolver.namesUnnamed(paragraphStart, tag.phrase.start);
      const replied = inDialogue
        ? conversationPronoun(
            tag.phrase,
            span.paragraph,
            results,
            addressedIn(span.paragraph - 1),
            addressed,
            text,
            entities,
            resumesSpeech(tokens, tag.phrase),
          )
        : null;
      const resolved: ResolvedSpeaker = replied ?? resolver.resolve(tag.phrase, sentenceOfTag, addressed);
      if (replied) mayContinue = continuingSpeaker(results, span.paragraph, replied.entity, addressed);
      quote.speaker = resolved.speaker;
      quote.speakerMention = resolved.mention;
      quote.confidence = resolved.confidence;
      entity = resolved.entity;
      if (entity?.kind === 'person' && !isStandIn(entity)) resolver.relativeNamed(tag.phrase, entity);
      if (entity)
        resolver.note(
          entity,
          tag.phrase.start,
          tokens[tokenIndexAt(tokens, tag.phrase.start)]?.sentence ?? sentence,
        );
    } else if (!isSpeech(quote)) {
      quote.confidence = 0.7;
    }
    const attributed: Attributed = { span, quote, entity, tagged: !!tag && isSpeech(quote) };
    if (tag) attributed.phrase = tag.phrase;
    if (mayContinue) attributed.mayContinue = mayContinue;
    results.push(attributed);
  });
  nameTheNarrator(results, entities);
  shareTagsWithinParagraphs(results);
  signLetters(results, entities);
  const aheadContext = { text, tokens, runs, inQuote: input.inQuote, resolver };
  const saidAhead = (p: number) => {
    const bounds = paragraphs[p];
    return bounds ? speakerAhead(bounds, aheadContext) : null;
  };
  takeTurns(results, resolver, tokens, entities, (p) => paragraphs[p], text, saidAhead);
  // Turn-taking may have named the people around a he/she that found nobody: try those again.
  const late = resolveLatePronouns(results, addressedIn, text, entities);
  if (late || resolveDistantPronouns(results, resolver, addressedIn)) {
    takeTurns(results, resolver, tokens, entities, (p) => paragraphs[p], text, saidAhead);
  }
  if (!isDialogue(results, entities)) continueMonologues(results);
  else
    decodeDialogue(results, {
      text,
      tokens,
      runs,
      inQuote: input.inQuote,
      paragraphs,
      entities,
      resolver,
    });
  return results.map((r) => r.quote);
}

function resolveLatePronouns(
  results: Attributed[],
  addressedIn: (paragraph: number) => Set<EntityRecord>,
  text: string,
  entities: EntityIndex,
): boolean {
  let changed = false;
  for (const r of results) {
    if (!r.tagged || r.entity || r.phrase?.kind !== 'pronoun') continue;
    // A pronoun already read as an unnamed person ("A neighbour ... she said") stays unnamed.
    if (r.quote.speakerMention?.text.toLowerCase() !== r.phrase.word) continue;
    const p = r.span.paragraph;
    const resolved = conversationPronoun(
      r.phrase,
      p,
      results,
      addressedIn(p - 1),
      addressedIn(p),
      text,
      entities,
      false,
    );
    if (!resolved?.entity) continue;
    giveTagInParagraph(results, r, resolved.entity, 0.6);
    changed = true;
  }
  return changed;
}

/**
 * The one who spoke the paragraph before, when a he/she read as a reply to them could as well be them going
 * on: the same gender, not addressed, and the line before asked nothing.
 */
function continuingSpeaker(
  results: Attributed[],
  paragraph: number,
  chosen: EntityRecord | null,
  addressed: Set<EntityRecord>,
): EntityRecord | undefined {
  const previous = recentResults(results, paragraph - 1, paragraph);
  const last = previous[previous.length - 1];
  const justSpoke = last?.entity;
  if (!justSpoke || justSpoke === chosen || justSpoke.kind !== 'person' || addressed.has(justSpoke)) return;
  if (chosen?.kind !== 'person' || justSpoke.gender !== chosen.gender) return;
  if (/\?\s*$/.test(last.quote.text)) return;
  return justSpoke;
}

/**
 * '"...," Benítez said. / "José Luis thinks I gave up too early ...," he said.' Outside a dialogue (a news
 * report), quote paragraphs in a row are one source going on, not a reply: a he/she goes to the one who
 * just spoke.
 */
function continueMonologues(results: Attributed[]): void {
  for (const r of results) {
    const person = r.mayContinue;
    if (!person || !r.tagged) continue;
    const before = r.entity;
    for (const o of recentResults(results, r.span.paragraph, r.span.paragraph + 1)) {
      if (o.entity !== before) continue;
      o.entity = person;
      o.quote.speaker = speakerName(person);
      o.quote.confidence = 0.6;
    }
  }
}

/**
 * A story told in the first person: '"You must be tired, Nora." / "A little," I said.' The narrator is
 * never named in the narration (that says "I"), only by the others, to her face: the person addressed in
 * the line just before an "I said", whom the narration never names. "I said" lines go to her; with no such
 * person they stay unattributed.
 */
function nameTheNarrator(results: Attributed[], entities: EntityIndex): void {
  const mine = results.filter((r) => r.tagged && r.phrase?.kind === 'pronoun' && r.phrase.word === 'i');
  if (mine.length < 2) return;
  const votes = new Map<EntityRecord, number>();
  for (const r of mine) {
    const before = recentResults(results, r.span.paragraph - 1, r.span.paragraph);
    for (const b of before)
      for (const e of addressees(b.quote, entities))
        if (e.kind === 'person' && e.mentions.every((m) => m.inQuote)) votes.set(e, (votes.get(e) ?? 0) + 1);
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  let narrator = ranked[0];
  if (!narrator) {
    // Nobody is addressed right before an "I said": the one person the others call by name anywhere,
    // whom the narration never names and the narrator never addresses.
    const byNarrator = new Set(mine.flatMap((r) => [...addressees(r.quote, entities)]));
    const mineSet = new Set(mine);
    const iParagraphs = new Set(mine.map((r) => r.span.paragraph));
    const called = new Set<EntityRecord>();
    for (const r of results) {
      if (mineSet.has(r) || !isSpeech(r.quote)) continue;
      // Only a line in the exchange with the narrator (within two paragraphs of one of the narrator's lines).
      const p = r.span.paragraph;
      if (![p - 2, p - 1, p + 1, p + 2].some((q) => iParagraphs.has(q))) continue;
      for (const e of addressees(r.quote, entities))
        if (e.kind === 'person' && e.mentions.every((m) => m.inQuote) && !byNarrator.has(e)) called.add(e);
    }
    const only = called.size === 1 ? [...called][0] : undefined;
    if (only) narrator = [only, 1];
  }
  if (!narrator || (ranked[1] && ranked[1][1] === narrator[1])) return;
  for (const r of mine) {
    r.entity = narrator[0];
    r.quote.speaker = speakerName(narrator[0]);
    r.quote.confidence = 0.6;
  }
}

/** The unresolved quotes of `tagged`'s paragraph that share its tag now go to `person`. */
function giveTagInParagraph(
  results: Attributed[],
  tagged: Attributed,
  person: EntityRecord,
  confidence: number,
): void {
  for (const o of results) {
    if (o.span.paragraph !== tagged.span.paragraph || o.entity) continue;
    if (o.quote.speakerMention !== tagged.quote.speakerMention) continue;
    o.entity = person;
    o.quote.speaker = speakerName(person);
    o.quote.confidence = confidence;
  }
}

/**
 * A he/she tag that nothing nearby resolved (the scene began before the text did): the nearest person of
 * that gender the narration names, before the quote first, else after it; never someone the quote addresses.
 */
function resolveDistantPronouns(
  results: Attributed[],
  resolver: SpeakerResolver,
  addressedIn: (paragraph: number) => Set<EntityRecord>,
): boolean {
  let changed = false;
  for (const r of results) {
    if (!r.tagged || r.entity || r.phrase?.kind !== 'pronoun') continue;
    const word = r.phrase.word;
    if (word !== 'he' && word !== 'she') continue;
    // A pronoun already read as an unnamed person ("A cyclist ... she said") stays unnamed.
    if (r.quote.speakerMention?.text.toLowerCase() !== word) continue;
    const person = resolver.nearestOfGender(
      r.phrase.start,
      word === 'he' ? 'male' : 'female',
      addressedIn(r.span.paragraph),
    );
    if (!person) continue;
    giveTagInParagraph(results, r, person, 0.45);
    changed = true;
  }
  return changed;
}

/** The speech results in paragraphs `from` to `before` (exclusive), in text order (results are in text order). */
function recentResults(results: Attributed[], from: number, before: number): Attributed[] {
  // Binary search for the first result at or after `before`: this runs once per line of a dialogue.
  let lo = 0;
  let hi = results.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((results[mid] as Attributed).span.paragraph < before) lo = mid + 1;
    else hi = mid;
  }
  const found: Attributed[] = [];
  for (let k = lo - 1; k >= 0; k--) {
    const r = results[k] as Attributed;
    if (r.span.paragraph < from) break;
    if (isSpeech(r.quote)) found.unshift(r);
  }
  return found;
}

/** Does the narration between `from` and `to` name a person ("Barrow shrugged off the criticism.")? */
function namesSomeoneBefore(entities: EntityIndex, from: number, to: number): boolean {
  return entities.timeline.some(
    (t) =>
      t.entity.kind === 'person' && !t.mention.inQuote && t.mention.start >= from && t.mention.start < to,
  );
}

/**
 * A he/she tag inside a dialogue (the paragraph before holds speech): the person the previous quote
 * addressed, else the other recent speakers, else the one who just spoke, taking the first whose gender
 * fits. '"... Mr. Darcy!" / "It ought to be good," he replied' is Mr. Darcy's reply.
 */
function conversationPronoun(
  phrase: SpeakerPhrase,
  paragraph: number,
  results: Attributed[],
  previouslyAddressed: Set<EntityRecord>,
  addressedHere: Set<EntityRecord>,
  text: string,
  entities: EntityIndex,
  resumes: boolean,
): ResolvedSpeaker | null {
  const relational =
    phrase.kind === 'description' && /^(his|her)$/i.test(phrase.words[0] ?? '')
      ? GENDERED_ROLES.get(phrase.head)
      : undefined;
  const pronoun = phrase.kind === 'pronoun' && (phrase.word === 'he' || phrase.word === 'she');
  if (!pronoun && (!relational || relational === 'unknown')) return null;
  const gender = relational ?? (phrase.kind === 'pronoun' && phrase.word === 'he' ? 'male' : 'female');
  // '"...," he continued after a pause': the one who spoke last goes on, across a line of narration.
  const lastSpeaker = recentResults(results, paragraph - 2, paragraph)
    .map((r) => r.entity)
    .filter((e) => e !== null)
    .pop();
  if (
    pronoun &&
    resumes &&
    lastSpeaker?.kind === 'person' &&
    lastSpeaker.gender === gender &&
    !addressedHere.has(lastSpeaker)
  )
    return {
      speaker: speakerName(lastSpeaker),
      entity: lastSpeaker,
      mention: { start: phrase.start, end: phrase.end, text: text.slice(phrase.start, phrase.end) },
      confidence: 0.8,
    };
  const previous = recentResults(results, paragraph - 1, paragraph);
  // A paragraph of narration that only quotes a phrase ("told Aldous the letters came 'a little late'")
  // is not a turn in a conversation: its subject is the he/she of the next line.
  if (!previous.some((r) => r.quote.kind === 'direct')) return null;
  if (relational) {
    // "said her sister" answering a quote that addressed one woman by name: that woman.
    const addressed = [...previouslyAddressed].filter(
      (e): e is PersonRecord => e.kind === 'person' && e.gender === gender && !addressedHere.has(e),
    );
    if (addressed.length !== 1) return null;
    const person = addressed[0] as PersonRecord;
    return {
      speaker: speakerName(person),
      entity: person,
      mention: { start: phrase.start, end: phrase.end, text: text.slice(phrase.start, phrase.end) },
      confidence: 0.7,
    };
  }
  const justSpoke = previous
    .map((r) => r.entity)
    .filter((e) => e !== null)
    .pop();

  const recent = recentResults(results, paragraph - 10, paragraph)
    .filter((r) => r.entity && r.entity !== justSpoke)
    .map((r) => r.entity as EntityRecord)
    .reverse();
  const mentioned = previous.flatMap((r) => mentionsInside(entities, r.quote));
  const ordered = [...previouslyAddressed, ...recent, ...mentioned, ...(justSpoke ? [justSpoke] : [])].filter(
    (e): e is PersonRecord => e.kind === 'person' && !addressedHere.has(e),
  );
  const person =
    ordered.find((e) => e.gender === gender) ??
    ordered.find((e) => e.gender === 'unknown' && previouslyAddressed.has(e));
  if (!person) return null;
  return {
    speaker: speakerName(person),
    entity: person,
    mention: { start: phrase.start, end: phrase.end, text: text.slice(phrase.start, phrase.end) },
    confidence: 0.8,
  };
}

// A letter's close: a valediction ("Yours ever,"), then the signature as the last line.
const SIGNED =
  /(?:^|\n|[.!?]\s+|(?:--|—)\s*)(?:your['’]?s|your\s+\p{L}+|ever\s+yours|with\s+love|love|sincerely|faithfully)\b[^\n]{0,40}\n+[ \t]*([^\n]{2,60})$/iu;

/**
 * A letter read out or quoted whole ("My dear Friend, ... Yours ever, / CAROLINE BINGLEY.") is the words of
 * the one who signed it, whoever the narration says brought or read it (a tag is overruled).
 */
function signLetters(results: Attributed[], entities: EntityIndex): void {
  for (let k = 0; k < results.length; k++) {
    const first = results[k] as Attributed;
    if (!isSpeech(first.quote) || first.span.continued) continue;
    // The quote's paragraphs: a letter runs over several.
    const chain = [first];
    while (chain[chain.length - 1]?.span.continues && results[k + chain.length]?.span.continued)
      chain.push(results[k + chain.length] as Attributed);
    const last = chain[chain.length - 1] as Attributed;
    const signed = SIGNED.exec(chain.map((r) => r.quote.text).join('\n\n'));
    if (!signed?.[1]) continue;
    const from = last.quote.end - signed[1].length;
    const timeline = entities.timeline;
    let signer: EntityRecord | null = null;
    for (let m = firstMentionFrom(timeline, from); m < timeline.length; m++) {
      const t = timeline[m] as EntityIndex['timeline'][number];
      if (t.mention.start >= last.quote.end) break;
      if (t.entity.kind === 'person') signer = t.entity;
    }
    if (!signer) continue;
    // '"It was greatly my wish ...," he added, "as soon as ... Your's, &c. / E. GARDINER."': the letter's
    // first part, before the tag in its paragraph, is the same letter.
    for (let b = k - 1; b >= 0 && results[b]?.span.paragraph === first.span.paragraph; b--)
      if (isSpeech((results[b] as Attributed).quote)) chain.unshift(results[b] as Attributed);
    for (const r of chain) {
      r.entity = signer;
      r.quote.speaker = speakerName(signer);
      r.quote.speakerMention = null;
      r.quote.confidence = 0.8;
      r.tagged = true;
      r.signed = true;
    }
  }
}

/** '"We are ready," she said. "But not at any price."' — untagged quotes take their paragraph's tag. */
function shareTagsWithinParagraphs(results: Attributed[]): void {
  const byParagraph = new Map<number, Attributed[]>();
  for (const r of results) {
    const list = byParagraph.get(r.span.paragraph) ?? [];
    list.push(r);
    byParagraph.set(r.span.paragraph, list);
  }
  for (let k = 0; k < results.length; k++) {
    const r = results[k] as Attributed;
    if (r.tagged || !isSpeech(r.quote) || r.span.continued) continue;
    const same = (byParagraph.get(r.span.paragraph) ?? []).filter((o) => o.tagged);
    const donor = same.filter((o) => o.span.start < r.span.start).pop() ?? same[0];
    if (!donor) continue;
    r.quote.speaker = donor.quote.speaker;
    r.quote.speakerMention = donor.quote.speakerMention;
    r.quote.confidence = Math.min(donor.quote.confidence, 0.85);
    r.entity = donor.entity;
    r.tagged = true;
  }
}
