import { CALENDAR_WORDS } from './lexicon/calendar.js';
import { FIRST_NAMES } from './lexicon/first-names.js';
import { GENDERED_ROLES } from './lexicon/honorifics.js';
import { PERSON_NOUNS } from './lexicon/roles.js';
import type { NameRun } from './name-runs.js';
import type { Token } from './nlp.js';
import type { Gender } from './types.js';

const NOUN_PHRASE_POS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM', 'PART', 'PRON']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my']);

/** Does a phrase contain a noun that denotes a person ("the company’s chief executive", "a retired postman")? */
export function hasPersonNoun(words: string[]): boolean {
  return words.some((w) => PERSON_NOUNS.has(w.toLowerCase()));
}

export function genderOfWords(words: string[]): Gender {
  for (const w of words) {
    const g = GENDERED_ROLES.get(w.toLowerCase());
    if (g && g !== 'unknown') return g;
  }
  return 'unknown';
}

/**
 * Lower-case role words right before a name ("coach Mark Hartigan", "Riverside coach Mark Hartigan",
 * "the composer Noor Vale", "spokesman Eli Brandt"): returns the role text, or undefined.
 */
export function roleBefore(text: string, tokens: Token[], run: NameRun): string | undefined {
  let k = run.first - 1;
  let first = -1;
  while (k >= 0) {
    const t = tokens[k] as Token;
    if (t.sentence !== tokens[run.first]?.sentence) break;
    const lower = t.text.toLowerCase();
    // Pieces of a hyphenated word ("president-elect", "four-term") stay together whatever their tags.
    const hyphen =
      (/^[a-z]+$/.test(t.text) &&
        ((tokens[k + 1]?.text === '-' && tokens[k + 1]?.start === t.end) ||
          (tokens[k - 1]?.text === '-' && tokens[k - 1]?.end === t.start))) ||
      (t.text === '-' && tokens[k - 1]?.end === t.start);
    if (
      ((t.pos === 'NOUN' || t.pos === 'ADJ' || (t.pos === 'VERB' && t.text.endsWith('ed'))) &&
        /^[a-z-]+$/.test(t.text)) ||
      hyphen
    ) {
      first = k;
      k--;
      continue;
    }
    // A capitalised qualifier before a lower-case role: "Riverside coach", "Harlow Vale manager".
    if (first >= 0 && t.pos === 'PROPN' && !DETERMINERS.has(lower)) {
      first = k;
      k--;
      continue;
    }
    // A capitalised job noun opening the sentence, left out of the name run: "Analyst Tobias Reinholt".
    const opensSentence = tokens[k - 1]?.sentence !== t.sentence;
    if (first < 0 && k === run.first - 1 && opensSentence && /^[A-Z][a-z]+$/.test(t.text)) {
      if (PERSON_NOUNS.has(lower)) first = k;
      break;
    }
    if (first >= 0 && /['’]s$/.test(t.text)) {
      first = k;
      k--;
      continue;
    }
    break;
  }
  if (first < 0) return undefined;
  const role = text.slice(tokens[first]?.start, tokens[run.first - 1]?.end);
  // The head is the last word as written, hyphens kept ("president-elect").
  const head = role.split(/\s+/).pop() ?? '';
  if (!PERSON_NOUNS.has(head.toLowerCase())) return undefined;
  return role;
}

/**
 * An apposition after a name: "Derek Hale, the council's treasurer, said" or "said Kell, a four-term
 * legislator from Brannock." Returns the description when it names a person's role.
 */
/** A known given name followed by a capitalised word: someone's name ("Thomas Kessler"). */
function namesAnotherPerson(tokens: Token[]): boolean {
  return tokens.some(
    (t, k) =>
      FIRST_NAMES.has(t.text.toLowerCase()) &&
      /^\p{Lu}/u.test(t.text) &&
      /^\p{Lu}/u.test(tokens[k + 1]?.text ?? ''),
  );
}

export function appositionAfter(text: string, tokens: Token[], run: NameRun): string | undefined {
  const comma = tokens[run.last + 1];
  if (comma?.text !== ',') return undefined;
  const first = run.last + 2;
  const head = tokens[first];
  if (!head || head.sentence !== comma.sentence) return undefined;
  if (
    !DETERMINERS.has(head.text.toLowerCase()) &&
    !/['’]s$/.test(head.text) &&
    head.pos !== 'NOUN' &&
    head.pos !== 'ADJ'
  )
    return undefined;
  let last = first;
  while (last + 1 < tokens.length) {
    const t = tokens[last + 1] as Token;
    if (
      t.sentence !== head.sentence ||
      /^[,.;:!?"“”‘’()—–]$/.test(t.text) ||
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      t.text === 'who' ||
      t.text === 'which'
    )
      break;
    last++;
    if (last - first > 10) return undefined;
  }
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  if (!hasPersonNoun(words)) return undefined;
  // "Rosa Iglesias, businessman Thomas Kessler and ...": a list of people, not a description of her.
  if (namesAnotherPerson(tokens.slice(first, last + 1))) return undefined;
  const start =
    DETERMINERS.has(head.text.toLowerCase()) &&
    (head.text === 'the' || head.text === 'a' || head.text === 'an')
      ? first + 1
      : first;
  return text.slice(tokens[start]?.start, tokens[last]?.end);
}

/**
 * A description before a name set off by commas: "Meridian’s chief executive, Howard Lindgren, said",
 * "The local MP, Graham Tulley, said".
 */
export function appositionBefore(text: string, tokens: Token[], run: NameRun): string | undefined {
  const comma = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  if (comma?.text !== ',' || !after || after.text !== ',') return undefined;
  const last = run.first - 2;
  const first = descriptionStart(tokens, last, comma.sentence);
  if (first > last || last - first > 8) return undefined;
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  if (!hasPersonNoun(words)) return undefined;
  const head = tokens[first]?.text.toLowerCase() ?? '';
  const start = head === 'the' || head === 'a' || head === 'an' ? first + 1 : first;
  return text.slice(tokens[start]?.start, tokens[last]?.end);
}

const POSSESSIVE = /^['’]s?$/;

/**
 * Where a description ending at token `last` begins, walking back. The walk stops at its first
 * determiner or possessive pronoun ("the mayor", "her husband"): words before it belong to the clause,
 * not the description ("On Tuesday the mayor", "at town hall the mayor"). Past a possessive ’s it takes
 * only the owner ("the council’s treasurer", "Meridian’s chief executive"), never a day or month before it.
 * Tokens that are not words ("@everyone", "#news") end it too.
 */
function descriptionStart(tokens: Token[], last: number, sentence: number): number {
  let k = last;
  let owner = false;
  for (; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.sentence !== sentence || !NOUN_PHRASE_POS.has(t.pos)) break;
    const lower = t.text.toLowerCase();
    if (!/^[\p{L}\p{N}'’-]+$/u.test(t.text)) break;
    if (owner && CALENDAR_WORDS.has(lower)) break;
    if (DETERMINERS.has(lower) || t.pos === 'DET') return k;
    if (POSSESSIVE.test(t.text)) owner = true;
  }
  return k + 1;
}
