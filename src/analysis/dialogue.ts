import type { Attributed } from './attribution.js';
import { isSpeech } from './attribution.js';
import { type EntityIndex, type EntityRecord, firstMentionFrom, speakerName } from './entities.js';
import { nounIn, PERSON_NOUNS } from './lexicon/roles.js';
import type { Token } from './nlp.js';
import type { SpeakerResolver } from './speaker-resolution.js';
import { tokenIndexAt } from './speech-tags.js';
import type { Quote } from './types.js';

const INNER_OPEN = /(^|[\s(])["“‘']/g;
const INNER_CLOSE = /["”’'](?=[\s,.;:!?)]|$)/g;

/**
 * Is an offset of this quote's text inside a quotation nested in it ("My wife said, ‘Walter, ...’")?
 * Built once per quote and asked in text order: a long quote full of names is read once, not per name.
 */
function nestedQuoteTest(text: string): (at: number) => boolean {
  const opens = [...text.matchAll(INNER_OPEN)].map((m) => m.index ?? 0);
  const closes = [...text.matchAll(INNER_CLOSE)].map((m) => m.index ?? 0);
  let o = 0;
  let c = 0;
  return (at: number) => {
    while (o < opens.length && (opens[o] as number) < at) o++;
    while (c < closes.length && (closes[c] as number) < at) c++;
    return o > c;
  };
}

// A vocative sits between a comma (or the quote's start, or "dear") and a stop: "Come, Darcy," "My dear Mr. Bennet,".
// Words of address may stand between them: "my dear, patient Lucy", "dearest, loveliest Elizabeth".
const VOCATIVE_BEFORE =
  /(^|,\s*|\bdear\s+|\b(?:Oh|O)!?\s+)(?:(?:my|dear|dearest|poor|sweet|good|kind|patient|lovely|loveliest|darling|little|old|young|brave|foolish|silly|cruel|honest|faithful)(?:,\s*|\s+)){0,3}(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Madam|Captain|Colonel)\.?\s+)?$/;
const VOCATIVE_AFTER = /^(?:['’]s\b)?\s*(?:[,;!?.]|—|--|$)/;
// "my own nephew, Mr. Darcy." names the nephew (apposition); "my dear, Mr. Bennet" still addresses him.
const APPOSITION_BEFORE =
  /\b(?:my|your|his|her|our|their)\s+(?:\p{L}+\s+)?(?!dear\b)\p{L}+\s*,\s*(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?$/iu;

const ROLE_APPOSITION = /(?:^|[.!?]\s+)(?:[Tt]he|[Aa]n?|[Mm]y|[Oo]ur)\s+(?:\p{L}+\s+)?(\p{Ll}+)\s*,\s*$/u;

/** Names inside a quote that address someone: "You make me laugh, Charlotte;" → Charlotte is not speaking. */
export function addressees(
  quote: Pick<Quote, 'start' | 'end' | 'text'>,
  entities: EntityIndex,
): Set<EntityRecord> {
  const found = new Set<EntityRecord>();
  // The timeline is in text order: start at the first mention inside the quote.
  const timeline = entities.timeline;
  const lo = firstMentionFrom(timeline, quote.start);
  // Titles do not count: "Miss Elizabeth Bennet!" is still only the name.
  const letters = quote.text
    .replace(/\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord|Madam)\b\.?/g, '')
    .replace(/[^\p{L}]/gu, '').length;
  const insideNestedQuote = nestedQuoteTest(quote.text);
  for (let k = lo; k < timeline.length; k++) {
    const { mention, entity } = timeline[k] as EntityIndex['timeline'][number];
    if (mention.start >= quote.end) break;
    if (entity.kind !== 'person' || mention.end > quote.end) continue;
    const at = mention.start - quote.start;
    // A quote that is only the name ("Bingley.") answers a question; it addresses nobody.
    if (letters < mention.text.replace(/[^\p{L}]/gu, '').length + 2) continue;
    const before = quote.text.slice(Math.max(0, at - 24), at);
    const after = quote.text.slice(at + mention.text.length, at + mention.text.length + 3);
    if (!VOCATIVE_BEFORE.test(before) || !VOCATIVE_AFTER.test(after)) continue;
    if (APPOSITION_BEFORE.test(quote.text.slice(Math.max(0, at - 40), at))) continue;
    // "The driver, Pete, knew everyone's stop": set off on both sides after a subject that opens the
    // sentence, an apposition ("I am going to open the instrument, Eliza, and ..." still addresses her).
    const opening = at > 60 ? `…${quote.text.slice(at - 60, at)}` : quote.text.slice(0, at);
    const role = ROLE_APPOSITION.exec(opening)?.[1];
    if (role && nounIn(PERSON_NOUNS, role) && /^\s*,/.test(after)) continue;
    if (!insideNestedQuote(at)) found.add(entity);
  }
  // "Minister, will any unit close?": an office used as a word of address names the one who holds it.
  for (const m of quote.text.matchAll(ROLE_VOCATIVE)) {
    const office = (m[1] ?? '').toLowerCase();
    const holders = entities.people.filter((p) =>
      p.roles.some((r) => r.toLowerCase().split(/\s+/).includes(office)),
    );
    if (holders.length === 1) found.add(holders[0] as EntityRecord);
  }
  return found;
}

const ROLE_VOCATIVE =
  /(?:^|[.!?]\s+)(?:Mr\.?\s+|Madam\s+)?(Minister|Secretary|Senator|Governor|Mayor|President|Chancellor|Inspector|Detective|Sergeant|Captain|Colonel|Professor|Judge|Coach|Councillor|Commissioner|Chairman|Chairwoman|Chair)\s*[,!?]/g;

// Titles a person gives with their name for the record: "Detective Inspector Ruth Calloway".
const RECORD_TITLES =
  'Detective|Sergeant|Inspector|Constable|Chief|Superintendent|Doctor|Dr|Professor|Mr|Mrs|Ms|Miss|Captain|Officer';
const RECORD_TITLE = new RegExp(`\\b(?:${RECORD_TITLES})\\b\\.?`, 'g');
// "I'm Detective Sergeant Ben Okonjo", "My name is ...", "This is ..." (on the telephone).
const SELF_NAMING = new RegExp(
  `\\b(?:I['’]m|I am|my name is|my name['’]s|this is)\\s+(?:(?:${RECORD_TITLES}|Reverend|Father|Sister)\\.?\\s+)*$`,
  'i',
);

/**
 * The person a line says is speaking: "I'm Ben Okonjo", or a line that is nothing but a full name given for
 * the tape ("Detective Inspector Ruth Calloway.") after someone introduced themselves or asked who.
 */
export function selfNamed(
  quote: Pick<Quote, 'start' | 'end' | 'text'>,
  entities: EntityIndex,
  introductions: boolean,
): EntityRecord | null {
  const timeline = entities.timeline;
  const letters = quote.text.replace(/[^\p{L}]/gu, '').length;
  for (let k = firstMentionFrom(timeline, quote.start); k < timeline.length; k++) {
    const { mention, entity } = timeline[k] as EntityIndex['timeline'][number];
    if (mention.start >= quote.end) break;
    if (entity.kind !== 'person') continue;
    const before = quote.text.slice(
      Math.max(0, mention.start - quote.start - 60),
      mention.start - quote.start,
    );
    if (SELF_NAMING.test(before)) return entity;
    // The whole line is the name, with its titles: said for the record.
    const named = quote.text.replace(RECORD_TITLE, '').replace(/[^\p{L}]/gu, '').length;
    const nameLetters = mention.text.replace(/[^\p{L}]/gu, '').length;
    if (introductions && mention.text.includes(' ') && named <= nameLetters + 2 && letters > 0) return entity;
    // "Hannah Farrant, solicitor, for Mr Pennick": a full name and what the speaker is there as.
    const after = quote.text.slice(mention.end - quote.start);
    if (
      introductions &&
      mention.start === quote.start &&
      mention.text.includes(' ') &&
      /^,\s+\p{Ll}/u.test(after)
    )
      return entity;
  }
  return null;
}

const byParagraph = new WeakMap<Attributed[], { size: number; groups: Map<number, Attributed[]> }>();

/** The speech quotes of one paragraph (grouped once per result list: this runs for every paragraph). */
export function speechIn(results: Attributed[], paragraph: number): Attributed[] {
  let cached = byParagraph.get(results);
  // The list grows while quotes are attributed one by one: regroup when it has.
  if (!cached || cached.size !== results.length) {
    const groups = new Map<number, Attributed[]>();
    for (const r of results) {
      if (!isSpeech(r.quote)) continue;
      const list = groups.get(r.span.paragraph) ?? [];
      list.push(r);
      groups.set(r.span.paragraph, list);
    }
    cached = { size: results.length, groups };
    byParagraph.set(results, cached);
  }
  return cached.groups.get(paragraph) ?? [];
}

/**
 * Does the text read as dialogue (fiction, an interview transcript) rather than reported speech? Many
 * quote paragraphs that follow another quote paragraph with no tag of their own is the mark of dialogue;
 * news continues a speaker's turn in an untagged paragraph only now and then.
 */
export function isDialogue(
  results: Attributed[],
  entities: EntityIndex,
  paragraphs: number[] = [...new Set(results.map((r) => r.span.paragraph))],
): boolean {
  const quoted = new Set(paragraphs);
  let untaggedReplies = 0;
  for (const p of paragraphs) {
    const here = speechIn(results, p);
    if (here.length > 0 && quoted.has(p - 1) && !here.some((r) => r.tagged || r.span.continued))
      untaggedReplies++;
  }
  if (untaggedReplies < 3 || untaggedReplies / Math.max(1, paragraphs.length) < 0.3) return false;
  // People in a conversation ask each other things; a news source's quote running over several
  // paragraphs ("... ," Okafor said. / "Now it reaches the door ..." / "We have sandbags ...") does not.
  // So do they speak to each other by name ("Nobody knows anyone's number any more, Tom."), which a
  // source's quote in a report does not do.
  return results.some(
    (r) =>
      isSpeech(r.quote) &&
      (r.quote.text.includes('?') || (!r.tagged && addressees(r.quote, entities).size > 0)),
  );
}

function endsWithQuestion(results: Attributed[], paragraph: number): boolean {
  const last = speechIn(results, paragraph).at(-1);
  return !!last && /\?\s*$/.test(last.quote.text);
}

/**
 * Turn-taking for quote paragraphs that carry no tag. The conversation keeps its latest speaker and the
 * other participant: an untagged paragraph right after an exchange between two people goes to the one
 * whose turn it is (dialogue, interviews); after a single speaker it continues that speaker's turn (news);
 * after narration it goes to the narration's subject. A person addressed by name in a quote is not its
 * speaker.
 */
export function takeTurns(
  results: Attributed[],
  resolver: SpeakerResolver,
  tokens: Token[],
  entities: EntityIndex,
  paragraphBounds: (p: number) => { start: number; end: number } | undefined,
  text: string,
  // "Mr. Darcy ... immediately said, --": who the narration paragraph p says speaks next, if it does.
  saidAhead: (p: number) => EntityRecord | null = () => null,
): void {
  let last: EntityRecord | null = null;
  let other: EntityRecord | null = null;
  // The other participant was named by the speaker ("Jane, I congratulate you"): a firm cue even in news.
  let otherAddressed = false;
  let lastParagraph = -10;
  let lastSpoke = false;
  let unnamed: Attributed | null = null;
  const paragraphs = [...new Set(results.map((r) => r.span.paragraph))].sort((a, b) => a - b);
  const dialogue = isDialogue(results, entities, paragraphs);
  // Who spoke in the recent quote paragraphs, oldest first.
  const history: EntityRecord[] = [];
  for (const p of paragraphs) {
    const here = speechIn(results, p);
    if (here.length === 0) continue;
    if (p - lastParagraph > 2) {
      other = null;
      otherAddressed = false;
    }
    const adjacent = p - lastParagraph === 1;
    const afterUnnamed = unnamed;
    unnamed = null;
    const tagged = here.filter((r) => r.tagged && r.entity).pop();
    const addressed: Set<EntityRecord> = new Set(here.flatMap((r) => [...addressees(r.quote, entities)]));
    if (tagged) {
      const speaker = tagged.entity as EntityRecord;
      // An exchange needs two speakers in consecutive paragraphs; the same speaker again is a monologue.
      // A paragraph that only quotes a phrase of someone's ("... had lost 'its kindest reader'") is
      // narration, not their turn.
      const speaks = here.some((r) => r.quote.kind === 'direct');
      if (!speaks) other = null;
      else if (last && last !== speaker && adjacent && lastSpoke) {
        other = last;
        otherAddressed = false;
      } else if (last === speaker && !otherAddressed) other = null;
      const listener: EntityRecord | undefined = [...addressed].find((e) => e !== speaker);
      if (listener) {
        other = listener;
        otherAddressed = true;
      }
      last = speaker;
      lastSpoke = speaks;
      history.push(speaker);
      lastParagraph = p;
      continue;
    }
    if (here.some((r) => r.tagged)) {
      // '"...," said one woman from Gatundu.': an unnamed source had this turn (not an interviewer's
      // '"And the cracks?" I ask.', which the answer follows).
      const source = here.find((r) => r.phrase && r.quote.kind === 'direct');
      const asks = /\?\s*$/.test(here[here.length - 1]?.quote.text ?? '');
      unnamed = source?.phrase?.kind === 'description' && !asks ? source : null;
      lastParagraph = p;
      continue;
    }
    let speaker: EntityRecord | null = null;
    let confidence = 0.5;
    let mention: Quote['speakerMention'] = null;
    const first = here[0] as Attributed;
    const bounds = paragraphBounds(p);
    // "Asked about the penalty, he smiled. "You tell me."": the person the quote's own paragraph narrates.
    const narrator = bounds ? resolver.firstReferredTo(bounds.start, first.span.open) : null;
    const introduced =
      introducedSpeaker(text, paragraphBounds(p - 1), resolver) ??
      (p - 1 > lastParagraph ? saidAhead(p - 1) : null);
    if (afterUnnamed && adjacent && (first.span.continued || (!dialogue && !narrator && !introduced))) {
      // In a report, an untagged paragraph right after an unnamed source goes on with that source (and the
      // one after it too).
      mention = afterUnnamed.quote.speakerMention;
      confidence = 0.6;
      unnamed = afterUnnamed;
    } else if (first.span.continued && last) {
      speaker = last;
      confidence = 0.8;
    } else if (introduced && !addressed.has(introduced)) {
      speaker = introduced;
      confidence = 0.65;
    } else if (narrator && !addressed.has(narrator)) {
      speaker = narrator;
      confidence = 0.65;
    } else if (
      adjacent &&
      other &&
      other !== last &&
      !addressed.has(other) &&
      // In a report, two sources quoted one after the other (named in full, as reports name them) are not
      // talking to each other: a line after them goes on with the last, unless one of them asked the
      // other something (a hearing, an interview) or someone was spoken to.
      (dialogue ||
        otherAddressed ||
        [1, 2, 3].some((back) => endsWithQuestion(results, p - back)) ||
        !(reportSource(last) && reportSource(other)))
    ) {
      speaker = other;
      confidence = 0.6;
    } else if (adjacent && last && (dialogue || endsWithQuestion(results, p - 1))) {
      // A reply in a dialogue (or to a question): the other person in focus, not the one who just spoke.
      const sentence = tokens[tokenIndexAt(tokens, first.span.open)]?.sentence ?? 0;
      const excluded: Set<EntityRecord> = new Set([last, ...addressed]);
      speaker =
        resolver.salientPerson(first.span.open, sentence, 'unknown', excluded) ??
        (addressed.has(last) ? null : last);
      confidence = 0.5;
    } else if (adjacent && last && !addressed.has(last)) {
      speaker = last;
      confidence = 0.7;
    } else {
      const sentence = tokens[tokenIndexAt(tokens, first.span.open)]?.sentence ?? 0;
      let person: EntityRecord | null = resolver.salientPerson(first.span.open, sentence, 'unknown');
      // In a dialogue, narration about one participant ("Elizabeth could hardly help smiling") is their
      // turn: the next quote is the other's.
      const bounds = paragraphBounds(p - 1);
      const narrated = !!person && !!bounds && resolver.refersTo(person, bounds.start, bounds.end);
      if (dialogue && narrated && person && last && other && (person === last || person === other)) {
        person = person === last ? other : last;
      }
      if (person && !addressed.has(person)) {
        speaker = person;
        confidence = 0.55;
      } else if (last && !addressed.has(last)) {
        speaker = last;
        confidence = 0.4;
      }
    }
    if (speaker && speaker === last)
      mention =
        results.filter((r) => r.entity === last && r.quote.speakerMention).pop()?.quote.speakerMention ??
        null;
    for (const r of here) {
      r.entity = speaker;
      r.quote.speaker = speakerName(speaker);
      r.quote.speakerMention = mention;
      r.quote.confidence = confidence;
    }
    if (speaker) history.push(speaker);
    if (speaker && speaker !== last) {
      other = last;
      otherAddressed = false;
      last = speaker;
    }
    lastSpoke = true;
    const addressee = [...addressed].find((e) => e !== speaker);
    if (addressee) {
      other = addressee;
      otherAddressed = true;
    }
    lastParagraph = p;
  }
}

// "... and Mrs. Hurst began again.", "She went on.": a paragraph that ends by saying who speaks next.
const INTRODUCES_NEXT = /\s(?:began|continued|resumed|went\s+on)(?:\s+again)?\s*[.:]\s*$/;

const ADDRESSED_BY =
  /\s(?:accosted|addressed|interrupted|greeted|hailed|questioned)\s+(?:\p{Ll}+\s+)?by\s+((?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lady|Lord)\.?\s+)?\p{Lu}[\p{L}’'-]*(?:\s+\p{Lu}[\p{L}’'-]*){0,2})\s*[.:]\s*$/u;

/** The person a paragraph ends by introducing as the next to speak. */
export function introducedSpeaker(
  fullText: string,
  before: { start: number; end: number } | undefined,
  resolver: SpeakerResolver,
): EntityRecord | null {
  if (!before) return null;
  const text = fullText.slice(before.start, before.end);
  // "... when thus accosted by Miss Bingley.": the one who accosts speaks next.
  const agent = ADDRESSED_BY.exec(text);
  if (agent) {
    const from = before.start + agent.index + agent[0].lastIndexOf(agent[1] ?? '');
    const named = resolver.referencesIn(from, before.end).filter((c) => c.entity.kind === 'person');
    if (named.length === 1 && named[0]) return named[0].entity;
  }
  const verb = INTRODUCES_NEXT.exec(text);
  if (!verb) return null;
  // Narration, not a tag ('"If I might," Tilley began.'): a clause of its own after the last quote.
  const lastMark = Math.max(...['"', '“', '”'].map((m) => text.lastIndexOf(m, verb.index)));
  const from = before.start + lastMark + 1;
  const at = before.start + verb.index;
  if (fullText.slice(from, at).trim().split(/\s+/).length < 4) return null;
  // The verb's subject: a person named (or he/she) right before it ("... and Mrs. Hurst began again",
  // "She went on."), not anyone the sentence names ("Tom looked at Jane. Outside, the rain began.").
  const people = resolver.referencesIn(from, at).filter((c) => c.entity.kind === 'person');
  const subject = people[people.length - 1];
  return subject && SUBJECT_BEFORE_VERB.test(fullText.slice(subject.start, at)) ? subject.entity : null;
}

const SUBJECT_BEFORE_VERB =
  /^(?:(?:he|she)|(?:(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?(?:\p{Lu}[\p{L}’'-]*\s+){0,3}\p{Lu}[\p{L}’'-]*)\s*$/iu;

/** Named as a report names its sources: an organisation, or a person's full name. */
function reportSource(entity: EntityRecord | null): boolean {
  return !!entity && (entity.kind !== 'person' || entity.core.length >= 2);
}

/** People named inside a quote. */
export function mentionsInside(entities: EntityIndex, quote: Quote): EntityRecord[] {
  const timeline = entities.timeline;
  const lo = firstMentionFrom(timeline, quote.start);
  const found: EntityRecord[] = [];
  for (let k = lo; k < timeline.length && (timeline[k]?.mention.start ?? 0) < quote.end; k++) {
    const t = timeline[k] as EntityIndex['timeline'][number];
    if (t.mention.end <= quote.end) found.push(t.entity);
  }
  return found;
}
