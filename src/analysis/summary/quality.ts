import type { QuoteInfo } from './quotes.js';
import { wordCount } from './terms.js';

/** What makes a sentence a poor summary sentence on its own, as penalties (0 = fine). */
export interface SentenceQuality {
  /** Never pick: boilerplate, captions, bylines, or a quotation whose speaker it does not name. */
  excluded: boolean;
  /** Sum of soft penalties on the 0..1 score scale. */
  penalty: number;
  /** Reads well only after the sentence before it ("He said...", "But the..."). */
  needsPrevious: boolean;
}

// Bylines, datelines, photo captions, calls to action, social handles.
const BOILERPLATE =
  /^(by\s+[A-Z.]|photo|image|picture|video|source|credit|caption|scroll down|click here|read more|follow\s|share\s|subscribe|sign up|copyright|all rights reserved|published:|updated:|last updated|watch:|listen:|related:)/i;
const BOILERPLATE_ANYWHERE =
  /(click here|\(photo:|\(picture:|photo credit|getty images|pictured:|\bvia @|https?:\/\/|www\.)/i;

const DANGLING_SUBJECT =
  /^["“']?\s*(?:(?:when|after|before|as|while|since|although|though|because|if|once|until|unlike|like)\s+)?(he|she|they|it|his|her|their|its|this|these|those|him|them)\b/i;
const CONNECTIVE =
  /^["“']?\s*(but|and|or|so|yet|still|however|meanwhile|also|instead|then|now|nevertheless|moreover|furthermore|although|though|besides|indeed|otherwise|thus|hence|therefore|likewise|similarly)\b/i;
// "..., he said." / "..., she added." at the end: the speaker lives in another sentence.
const PRONOUN_ATTRIBUTION_TAIL =
  /,?["”']?\s*(he|she|they|it)\s+(said|says|added|explained|told\s+\S+|insisted|claimed|continued|went on)\.?["”']?$/i;

// A photo caption run into the next sentence without a full stop: "...spanning five years The result left".
const MERGED_CAPTION = /[a-z0-9] (?:The|A|An) [a-z]/;
// Caption language: "(pictured)", "(above)".
const CAPTION_POINTER = /\((?:pictured|above|below|inset)\b/i;

export function sentenceQuality(text: string, quote: QuoteInfo): SentenceQuality {
  const trimmed = text.trim();
  const words = wordCount(trimmed);
  let penalty = 0;
  let excluded = BOILERPLATE.test(trimmed) || BOILERPLATE_ANYWHERE.test(trimmed) || words < 4;

  // Quotations are rarely the best summary sentence; one without its speaker must not be shown at all.
  if (quote.share > 0.5) {
    if (quote.namedSpeaker) penalty += 0.15;
    else excluded = true;
  } else if (quote.share > 0.2) penalty += quote.namedSpeaker ? 0.05 : 0.15;

  const danglingSubject = DANGLING_SUBJECT.test(trimmed);
  const connective = CONNECTIVE.test(trimmed);
  if (PRONOUN_ATTRIBUTION_TAIL.test(trimmed)) penalty += 0.15;

  if (words < 8) penalty += 0.25;
  else if (words < 12) penalty += 0.08;
  if (words > 45) penalty += Math.min(0.3, (words - 45) * 0.015);
  if (/[?!]["”']?$/.test(trimmed)) penalty += 0.3;
  if (trimmed.endsWith(':')) penalty += 0.3;
  if (MERGED_CAPTION.test(trimmed)) penalty += 0.1;
  if (CAPTION_POINTER.test(trimmed)) penalty += 0;

  return { excluded, penalty, needsPrevious: danglingSubject || connective };
}
