import { stemmer } from 'stemmer';

// Function words carry no topic: they are left out of the similarity between sentences.
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves said says say
told according one two new last first year years time mr mrs ms per cent s t don didn doesn isn wasn won`.split(
    /\s+/,
  ),
);

/** Content-word stems of a text, in order (repeats kept): the unit of sentence similarity. */
export function contentTerms(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
  const terms: string[] = [];
  for (const raw of words) {
    const word = raw.replace(/['’](s|t|re|ve|ll|d|m)$/u, '');
    if (word.length < 2 || STOPWORDS.has(word) || /^\d+$/.test(word)) continue;
    terms.push(stemmer(word));
  }
  return terms;
}

/** Number of word tokens, for length limits. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
}
