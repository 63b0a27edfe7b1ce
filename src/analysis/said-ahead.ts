import type { EntityRecord } from './entities.js';
import { SPEECH_VERBS } from './lexicon/speech-verbs.js';
import { type Token, tokenIndexAt } from './nlp.js';
import type { RunIndex } from './noun-phrase.js';
import type { SpeakerResolver } from './speaker-resolution.js';
import { subjectBefore } from './speech-tags.js';
import type { Paragraph } from './types.js';

export interface AheadContext {
  text: string;
  tokens: Token[];
  runs: RunIndex;
  inQuote: (offset: number) => boolean;
  resolver: SpeakerResolver;
}

// A speech verb closing a paragraph before a comma, colon or dash: "immediately said, --", "replied:".
const SAID_AHEAD = /\s(\p{Ll}+)\s*(?:,\s*)?(?::|—|–|--|,)\s*(?:—|–|--)?\s*$/u;

/**
 * "Mr. Darcy felt their rudeness and immediately said, --" and the line in the next paragraph: a paragraph
 * of narration that ends on a speech verb introduces the speaker of the next line. Only a name or a
 * he/she the narration resolves, never a description.
 */
export function speakerAhead(bounds: Paragraph, ctx: AheadContext): EntityRecord | null {
  // Only the paragraph's end is read: the pattern would backtrack through a long run of spaces.
  const from = Math.max(bounds.start, bounds.end - 60);
  const verb = SAID_AHEAD.exec(ctx.text.slice(from, bounds.end));
  if (!verb || !SPEECH_VERBS.has(verb[1] ?? '')) return null;
  const v = tokenIndexAt(ctx.tokens, from + verb.index + 1);
  const token = ctx.tokens[v];
  if (!token || token.pos !== 'VERB' || ctx.inQuote(token.start)) return null;
  // "Holt was asked:": the one asked does not speak next.
  if (/^(?:was|were|is|are|been|being|be)$/i.test(ctx.tokens[v - 1]?.text ?? '')) return null;
  let floor = v;
  while (floor > 0 && ctx.tokens[floor - 1]?.sentence === token.sentence) floor--;
  const phrase = subjectBefore(ctx.tokens, ctx.runs, v, floor);
  if (!phrase || phrase.kind === 'description') return null;
  const entity = ctx.resolver.resolve(phrase, token.sentence).entity;
  return entity?.kind === 'person' ? entity : null;
}
