import type { EntityIndex, EntityRecord } from './entities.js';
import type { NameRun } from './name-runs.js';
import type { Token } from './nlp.js';
import { RunIndex } from './noun-phrase.js';
import { classifyQuote } from './quote-kind.js';
import type { QuoteSpan } from './quote-marks.js';
import { type ResolvedSpeaker, SpeakerResolver } from './speaker-resolution.js';
import { findTag, tokenIndexAt } from './speech-tags.js';
import type { Paragraph, Quote } from './types.js';

interface Attributed {
  span: QuoteSpan;
  quote: Quote;
  entity: EntityRecord | null;
  tagged: boolean;
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

function isSpeech(quote: Quote): boolean {
  return quote.kind === 'direct' || quote.kind === 'partial';
}

/** Names inside a quote that address someone: "You make me laugh, Charlotte;" → Charlotte is not speaking. */
function addressees(quote: Quote, entities: EntityIndex): Set<EntityRecord> {
  const found = new Set<EntityRecord>();
  for (const { mention, entity } of entities.timeline) {
    if (mention.start < quote.start || mention.end > quote.end) continue;
    if (entities.people.includes(entity as never) === false) continue;
    const text = quote.text;
    const at = mention.start - quote.start;
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + mention.text.length, at + mention.text.length + 1);
    if (/,\s?$/.test(before) || at === 0 || /^[,;!?.]/.test(after)) found.add(entity);
  }
  return found;
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
  spans.forEach((span, index) => {
    const tag = findTag({ tokens, runs, spans, paragraphEnd, inQuote: input.inQuote }, index);
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
    if (tag && isSpeech(quote)) {
      const resolved: ResolvedSpeaker = resolver.resolve(
        tag.phrase,
        tokens[tokenIndexAt(tokens, tag.phrase.start)]?.sentence ?? sentence,
      );
      quote.speaker = resolved.speaker;
      quote.speakerMention = resolved.mention;
      quote.confidence = resolved.confidence;
      entity = resolved.entity;
      if (entity)
        resolver.note(
          entity,
          tag.phrase.start,
          tokens[tokenIndexAt(tokens, tag.phrase.start)]?.sentence ?? sentence,
        );
    } else if (!isSpeech(quote)) {
      quote.confidence = 0.7;
    }
    results.push({ span, quote, entity, tagged: !!tag && isSpeech(quote) });
  });
  shareTagsWithinParagraphs(results);
  takeTurns(results, paragraphs, resolver, tokens, entities);
  return results.map((r) => r.quote);
}

/** '"We are ready," she said. "But not at any price."' — untagged quotes take their paragraph's tag. */
function shareTagsWithinParagraphs(results: Attributed[]): void {
  for (let k = 0; k < results.length; k++) {
    const r = results[k] as Attributed;
    if (r.tagged || !isSpeech(r.quote) || r.span.continued) continue;
    const same = results.filter((o) => o.tagged && o.span.paragraph === r.span.paragraph);
    const donor = same.filter((o) => o.span.start < r.span.start).pop() ?? same[0];
    if (!donor) continue;
    r.quote.speaker = donor.quote.speaker;
    r.quote.speakerMention = donor.quote.speakerMention;
    r.quote.confidence = Math.min(donor.quote.confidence, 0.85);
    r.entity = donor.entity;
    r.tagged = true;
  }
}

/** The speaker of a paragraph: the speaker of its last speech quote, if that one is known. */
function paragraphSpeaker(results: Attributed[], paragraph: number): Attributed | undefined {
  return results
    .filter((r) => r.span.paragraph === paragraph && isSpeech(r.quote) && r.quote.speaker !== null)
    .pop();
}

function takeTurns(
  results: Attributed[],
  paragraphs: Paragraph[],
  resolver: SpeakerResolver,
  tokens: Token[],
  entities: EntityIndex,
): void {
  for (const r of results) {
    if (r.tagged || !isSpeech(r.quote)) continue;
    const p = r.span.paragraph;
    const assign = (donor: { entity: EntityRecord | null; quote: Quote } | undefined, confidence: number) => {
      if (!donor?.entity) return false;
      r.entity = donor.entity;
      r.quote.speaker = donor.entity.name;
      r.quote.speakerMention = donor.quote.speakerMention;
      r.quote.confidence = confidence;
      return true;
    };
    if (r.span.continued) {
      assign(results.filter((o) => o.span.paragraph === p - 1 && isSpeech(o.quote)).pop(), 0.8);
      continue;
    }
    const previous = paragraphSpeaker(results, p - 1);
    const beforeThat = paragraphSpeaker(results, p - 2);
    const startsWithQuote = (q: number) =>
      results.some((o) => o.span.paragraph === q && o.span.open === paragraphs[q]?.start);
    const named = addressees(r.quote, entities);
    // Dialogue: two alternating speakers in the two paragraphs before, each opening with a quote.
    if (
      previous &&
      beforeThat &&
      previous.entity !== beforeThat.entity &&
      startsWithQuote(p - 1) &&
      startsWithQuote(p - 2)
    ) {
      if (!named.has(beforeThat.entity as EntityRecord) && assign(beforeThat, 0.6)) continue;
    }
    if (previous && !named.has(previous.entity as EntityRecord)) {
      if (assign(previous, 0.7)) continue;
    }
    // A narration paragraph before: its first person (the subject) is about to speak.
    const sentenceStart = tokens[tokenIndexAt(tokens, r.span.open)]?.sentence ?? 0;
    const person = resolver.salientPerson(r.span.open, sentenceStart, 'unknown');
    if (person && !named.has(person)) {
      r.entity = person;
      r.quote.speaker = person.name;
      r.quote.confidence = 0.55;
      continue;
    }
    if (previous) assign(previous, 0.4);
  }
}
