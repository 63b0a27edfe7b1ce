import { createHash } from 'node:crypto';
import { attributeQuotes } from './attribution.js';
import { type EntityIndex, findEntities } from './entities.js';
import { findNameRuns } from './name-runs.js';
import { findQuoteSpans, insideQuotes } from './quote-marks.js';
import { analyseSentences, splitParagraphs } from './sentences.js';
import type { Analysis, Entity, Person } from './types.js';

export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function toPeople(entities: EntityIndex): Person[] {
  return entities.people
    .filter((p) => p.mentions.length > 0)
    .map((p) => {
      const person: Person = {
        name: p.name,
        aliases: [...p.aliases].filter((a) => a !== p.name),
        gender: p.gender,
        mentions: p.mentions
          .map(({ start, end, text }) => ({ start, end, text }))
          .sort((a, b) => a.start - b.start),
      };
      if (p.roles[0]) person.role = p.roles[0];
      return person;
    });
}

function toEntities(groups: EntityIndex['organisations']): Entity[] {
  return groups.map((g) => ({
    name: g.name,
    kind: g.kind,
    mentions: g.mentions.map(({ start, end, text }) => ({ start, end, text })),
  }));
}

/**
 * The full analysis of one article text. Pure: the same text always gives the same analysis, which is
 * why it is cached by content hash (see cache.ts). Offsets index into `text` exactly as given.
 */
export function analyze(text: string): Analysis {
  const paragraphs = splitParagraphs(text);
  const { tokens, sentences } = analyseSentences(text, paragraphs);
  const spans = findQuoteSpans(text, paragraphs);
  const runs = findNameRuns(text, tokens);
  const inQuote = insideQuotes(spans);
  const entities = findEntities(text, tokens, inQuote, runs);
  const quotes = attributeQuotes({ text, tokens, paragraphs, spans, runs, entities, inQuote });
  return {
    hash: hashText(text),
    paragraphs,
    sentences,
    people: toPeople(entities),
    organisations: toEntities(entities.organisations),
    places: toEntities(entities.places),
    quotes,
  };
}
