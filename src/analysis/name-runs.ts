import { CALENDAR_WORDS, NOT_NAME_WORDS } from './lexicon/calendar.js';
import { FIRST_NAMES } from './lexicon/first-names.js';
import { HONORIFICS, NAME_TITLES, titleKey } from './lexicon/honorifics.js';
import { HYPHENED_GIVEN_NAME } from './lexicon/hyphenated-names.js';
import { HYPHENED_PARTICLE, isNameParticle } from './lexicon/name-particles.js';
import { isPostNominal } from './lexicon/post-nominals.js';
import { nounIn, ORGANISATION_WORDS, PERSON_NOUNS } from './lexicon/roles.js';
import type { Token } from './nlp.js';

/** A run of capitalised tokens split into its title/role prefix and the name itself. */
export interface NameRun {
  /** Token indices [first, last] of the whole run (prefix included). */
  first: number;
  last: number;
  /** Index of the first token of the name core. */
  coreFirst: number;
  /** Character span of the core name (possessive 's excluded). */
  start: number;
  end: number;
  /** Start of the whole run including the role prefix. */
  runStart: number;
  core: string[];
  /** Courtesy title kept with the name ("Mrs", "Dr."), if any. */
  honorific?: string;
  /** Office or role words before the name ("US Secretary of State", "Riverside coach"). */
  rolePrefix?: string;
  /** The core follows "of"/"and" inside the run ("Government of Australia"): not a person's name. */
  ofPhrase: boolean;
  /** Every word of the run, prefix included. */
  words: string[];
  /** A lone capitalised word at a sentence start: a name only if the article names it elsewhere. */
  weak: boolean;
}

const CLOSED_CLASSES = new Set([
  'PUNCT',
  'DET',
  'PRON',
  'ADP',
  'CCONJ',
  'SCONJ',
  'AUX',
  'PART',
  'SYM',
  'NUM',
  'SPACE',
]);
const CONNECTORS = new Set(['of', 'and', 'for']);

/** "Kerry's" -> "Kerry"; "Key’s" -> "Key". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/i, '').replace(/['’]$/, '');
}

/** Upper-case first letter, checked without a Unicode regex (this runs for every token). */
function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isCapitalised(token: Token, sentenceStart: boolean): boolean {
  if (!startsUpper(token.text)) return HYPHENED_PARTICLE.test(token.text);
  if (token.pos === 'PROPN') return true;
  // A courtesy title opening a sentence ("Miss Harlow arrived.") is tagged as the verb "miss": still a title.
  // So is an office ("Justice Samuel Kariuki said ..."); a title alone makes no name (see below).
  if (sentenceStart && isTitleWord(token.text)) return true;
  // wink sometimes tags a capitalised name as NOUN/ADJ/VERB ("Sue"); trust capitals except at a sentence start.
  return !sentenceStart && !CLOSED_CLASSES.has(token.pos);
}

function isTitleWord(word: string): boolean {
  const key = titleKey(word);
  return HONORIFICS.has(key) || NAME_TITLES.has(key);
}

/** Words that complete an office after "of" ("Secretary of State", "Minister of Health"). */
const OFFICE_OBJECTS = new Set(
  'state defense defence health education justice staff commerce energy transport transportation labor labour agriculture finance interior housing treasury police homeland culture trade environment'.split(
    ' ',
  ),
);

function sentenceStartOf(tokens: Token[], i: number): boolean {
  const previous = tokens[i - 1];
  if (!previous || previous.sentence !== tokens[i]?.sentence) return true;
  if (!/^["“‘'(]$/.test(previous.text)) return false;
  // A straight quote closing a quoted clause ('"We have a text," Park said') starts no sentence.
  const inside = tokens[i - 2];
  return !(inside?.text === ',' && inside.end === previous.start);
}

/** "Park Seo-yeon" at a sentence start, where the tagger reads "Park" as a noun: a family name first. */
function familyNameFirst(tokens: Token[], i: number): boolean {
  const token = tokens[i] as Token;
  const next = tokens[i + 1];
  return (
    startsUpper(token.text) &&
    !!next &&
    next.sentence === token.sentence &&
    next.start > token.end &&
    HYPHENED_GIVEN_NAME.test(next.text)
  );
}

/** Runs of capitalised tokens (joined by "of", "and" ... between capitals), sentence by sentence. */
export function findNameRuns(text: string, tokens: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const token = tokens[i] as Token;
    const sentenceStart = sentenceStartOf(tokens, i);
    if (
      !(isCapitalised(token, sentenceStart) || familyNameFirst(tokens, i)) ||
      NOT_NAME_WORDS.has(token.text.toLowerCase()) ||
      /^I['’]/.test(token.text)
    ) {
      i++;
      continue;
    }
    // "said von der Leyen", "de la Cruz said": lower-case particles before the name belong to it.
    let start = i;
    while (
      start > i - 3 &&
      isNameParticle(tokens[start - 1]?.text ?? '') &&
      tokens[start - 1]?.sentence === token.sentence
    )
      start--;
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1] as Token;
      const current = tokens[last] as Token;
      if (next.sentence !== token.sentence || /['’]s$/i.test(current.text)) break;
      if (isCapitalised(next, false)) {
        last++;
        continue;
      }
      // "Det" + "." as wink splits some abbreviations: keep the stop with its word. And "Transport and
      // Logistics Workers' Federation": a plural possessive inside a name keeps the run.
      const following = tokens[last + 2];
      const attached = next.text === '.' || (/^['’]$/.test(next.text) && /s$/.test(current.text));
      if (
        attached &&
        next.start === current.end &&
        following &&
        following.sentence === token.sentence &&
        isCapitalised(following, false)
      ) {
        last += 2;
        continue;
      }
      const after = tokens[last + 2];
      // "Sen. Paul Whitcombe of Maine", "Analyst Tobias Reinholt of Carden Securities": a person's name
      // before "of" ends there; what follows is where they are from or work.
      if (next.text === 'of' && personBeforeOf(tokens, start, last)) break;
      // "Ursula von der Leyen", "Khalid bin Saeed": name particles before a capitalised word.
      let particle = last + 1;
      while (particle <= last + 3 && isNameParticle(tokens[particle]?.text ?? '')) particle++;
      const named = tokens[particle];
      if (particle > last + 1 && named?.sentence === token.sentence && isCapitalised(named, false)) {
        last = particle;
        continue;
      }
      if (
        CONNECTORS.has(next.text) &&
        after &&
        isCapitalised(after, false) &&
        after.sentence === token.sentence
      ) {
        last += 2;
        continue;
      }
      // "Office of the Director of Public Prosecutions", "University of the West Indies": an organisation's
      // name goes on past "of the".
      const past = tokens[last + 3];
      if (
        next.text === 'of' &&
        after?.text === 'the' &&
        past &&
        past.sentence === token.sentence &&
        isCapitalised(past, false) &&
        hasOrganisationWord(tokens.slice(start, last + 1).map((t) => t.text))
      ) {
        last += 3;
        continue;
      }
      break;
    }
    // "Jane and Elizabeth" are two names; "Harbor and Dock Workers Union" is one organisation.
    const words = tokens.slice(start, last + 1).map((t) => t.text);
    const pieces: Array<[number, number]> = [];
    if (words.includes('and') && !hasOrganisationWord(words)) {
      let from = start;
      for (let k = start; k <= last; k++) {
        if (tokens[k]?.text === 'and') {
          pieces.push([from, k - 1]);
          from = k + 1;
        }
      }
      pieces.push([from, last]);
    } else pieces.push([start, last]);
    const split = pieces.map(([a, b]) => (a <= b ? splitRun(text, tokens, a, b) : null));
    // "Agnes and Tom Reid": given names joined before one surname share it.
    const final = split[split.length - 1];
    const surname = final?.core.length === 2 ? final.core[1] : undefined;
    // "Mr. and Mrs. Gardiner": a lone courtesy title before the family name is that family's other member.
    pieces.forEach(([a, b], k) => {
      if (split[k] || !final?.honorific || final.core.length !== 1 || k === pieces.length - 1) return;
      // The title ends the piece ("On Mr." at a sentence start keeps its opening word out).
      const at = tokens[b]?.text === '.' && b > a ? b - 1 : b;
      const title = tokens[at]?.text ?? '';
      if (!/^(Mr|Mrs|Ms|Miss|Dr)\.?$/.test(title)) return;
      const start = tokens[at]?.start ?? 0;
      const end = tokens[b]?.end ?? start;
      split[k] = {
        ...final,
        first: at,
        last: b,
        coreFirst: at,
        start,
        end,
        runStart: start,
        honorific: title,
        words: tokens.slice(a, b + 1).map((t) => t.text),
      };
    });
    for (const run of split) {
      if (!run) continue;
      const given = run.core[0]?.toLowerCase() ?? '';
      if (surname && run !== final && run.core.length === 1 && !run.honorific && FIRST_NAMES.has(given)) {
        run.core = [...run.core, surname];
        run.weak = false;
      }
      runs.push(run);
    }
    i = last + 1;
  }
  return runs;
}

/** Do tokens [i, last] end in a person's name (title, role noun or given name, then a surname)? */
function personBeforeOf(tokens: Token[], i: number, last: number): boolean {
  let from = i;
  for (let k = i; k <= last; k++) if (tokens[k]?.text === 'and') from = k + 1;
  const words = tokens
    .slice(from, last + 1)
    .map((t) => t.text)
    .filter((w) => w !== '.' && !isNameParticle(w));
  if (words.length < 2 || hasOrganisationWord(words) || words.some((w) => CONNECTORS.has(w))) return false;
  let k = 0;
  const titleLike = (w: string) =>
    isTitleWord(w) || /^[A-Z][a-z]{1,4}\.$/.test(w) || (k === 0 && nounIn(PERSON_NOUNS, w));
  while (k < words.length && titleLike(words[k] as string)) k++;
  const names = words.length - k;
  if (names < 2 || names > 3) return false;
  // A role noun just before the run ("Analyst Tobias Reinholt" where the tagger left "Analyst" out).
  const before = tokens[from - 1];
  const roleBefore = !!before && /^[A-Z]/.test(before.text) && nounIn(PERSON_NOUNS, before.text);
  // "The conference chair, Park Seo-yeon of ...": a name in apposition to a role.
  const apposedToRole =
    before?.text === ',' && nounIn(PERSON_NOUNS, tokens[from - 2]?.text.toLowerCase() ?? '');
  const personalName = words.slice(k).some((w) => HYPHENED_GIVEN_NAME.test(w));
  return (
    FIRST_NAMES.has((words[k] as string).toLowerCase()) ||
    k > 0 ||
    roleBefore ||
    apposedToRole ||
    personalName
  );
}

/** Month and day abbreviations that are also short forms of given names ("Dec" for Declan, "Jan"). */
const NAME_LIKE_ABBREVIATIONS = new Set('jan feb jun jul aug sep oct nov dec fri'.split(' '));

/** "Dec knelt on the wet boards": a month's abbreviation followed by a verb is someone's short name. */
function clippedNameActing(core: string[], tokens: Token[], last: number): boolean {
  const next = tokens[last + 1];
  return (
    core.length === 1 &&
    // "Sales in Oct rose": after a preposition it is the month.
    tokens[last - 1]?.pos !== 'ADP' &&
    NAME_LIKE_ABBREVIATIONS.has((core[0] as string).toLowerCase()) &&
    !!next &&
    /^\p{Ll}/u.test(next.text) &&
    // The tagger calls some past tenses nouns ("knelt"): a noun straight before a preposition acts here.
    (next.pos === 'VERB' ||
      next.pos === 'AUX' ||
      (next.pos === 'NOUN' && /^(?:ADP|PRON|PUNCT)$/.test(tokens[last + 2]?.pos ?? '')))
  );
}

/** Separate leading titles and role words from the name core. */
function splitRun(text: string, tokens: Token[], first: number, last: number): NameRun | null {
  // One piece per name word; "von der Leyen" is one piece, its particles kept with the word they precede.
  const pieces: Array<{ word: string; index: number; to: number }> = [];
  let particles: { words: string[]; index: number } | null = null;
  for (let k = first; k <= last; k++) {
    const t = tokens[k] as Token;
    const previous = pieces[pieces.length - 1];
    if ((t.text === '.' || /^['’]$/.test(t.text)) && previous) {
      previous.word += t.text;
      previous.to = k;
    } else if (isNameParticle(t.text) && k < last) {
      particles ??= { words: [], index: k };
      particles.words.push(t.text);
    } else {
      const word = stripPossessive(t.text);
      pieces.push({
        word: particles ? `${particles.words.join(' ')} ${word}` : word,
        index: particles?.index ?? k,
        to: k,
      });
      particles = null;
    }
  }
  // "Fiona Adair KC", "Sam Lee OBE", "Robert Downey Jr.": letters after a name are not part of it.
  let nameEnd = pieces.length;
  while (nameEnd > 1 && isPostNominal(pieces[nameEnd - 1]?.word ?? '')) nameEnd--;
  const words = pieces.slice(0, nameEnd).map((p) => p.word);
  // The core is the longest tail without title words or connectors, at most three tokens, starting at a
  // known first name when there is one.
  let coreStart = words.length;
  while (coreStart > 0) {
    const w = words[coreStart - 1] as string;
    if (isTitleWord(w) || CONNECTORS.has(w) || (w.endsWith('.') && w.length <= 5)) break;
    coreStart--;
  }
  if (coreStart === words.length) {
    // Only title words ("the Secretary of State", "Judge"): not a name.
    return null;
  }
  if (words.length - coreStart > 3) {
    const named = words.findIndex((w, k) => k >= coreStart && FIRST_NAMES.has(w.toLowerCase()));
    if (named >= 0 && words.length - named <= 3) coreStart = named;
  } else {
    const named = words.findIndex((w, k) => k >= coreStart && FIRST_NAMES.has(w.toLowerCase()));
    if (named > coreStart && words.length - named >= 2) coreStart = named;
  }
  // "Economist Priya Shah", "Lawyer Tom Reyes": a capitalised job noun opening the run is a role, not a
  // first name (unless it is also a first name, "Dean Hart"), when a two-word name remains.
  if (
    coreStart === 0 &&
    words.length === 3 &&
    nounIn(PERSON_NOUNS, words[0] as string) &&
    !FIRST_NAMES.has((words[0] as string).toLowerCase()) &&
    !hasOrganisationWord(words)
  )
    coreStart = 1;
  // "Secretary of State Jane Doe": the office's object is not part of the name.
  if (
    coreStart > 0 &&
    words.length - coreStart > 1 &&
    OFFICE_OBJECTS.has((words[coreStart] as string).toLowerCase()) &&
    CONNECTORS.has(words[coreStart - 1] as string)
  )
    coreStart++;
  // "MR. BENNET was among the earliest": a name set in capitals (chapter openings) reads as "Bennet".
  // One word in capitals is an acronym or a sign ("UNICEF", "a sign that says TREIN"), not a shouted name.
  const shouting =
    words.length > 1 && words.every((w) => w === w.toUpperCase()) && words.some((w) => w.length > 3);
  const core = words
    .slice(coreStart)
    .map((w) => (shouting && w.length > 1 ? `${w[0]}${w.slice(1).toLowerCase()}` : w));
  const ofPhrase = coreStart > 0 && CONNECTORS.has(words[coreStart - 1] as string);
  if (
    core.every((w) => CALENDAR_WORDS.has(w.toLowerCase().replace(/\.$/, ''))) &&
    !clippedNameActing(core, tokens, last)
  )
    return null;
  const prefixWords = words.slice(0, coreStart);
  let honorific: string | undefined;
  const lastPrefix = prefixWords[prefixWords.length - 1];
  if (lastPrefix && HONORIFICS.has(titleKey(lastPrefix))) honorific = prefixWords.pop();
  if (honorific && shouting) honorific = `${honorific[0]}${honorific.slice(1).toLowerCase()}`;
  const coreFirst = pieces[coreStart]?.index ?? first;
  const firstCore = tokens[coreFirst] as Token;
  const lastCore = tokens[pieces[nameEnd - 1]?.to ?? last] as Token;
  const end = lastCore.start + stripPossessive(lastCore.text).length;
  const prefixEnd = pieces[prefixWords.length]?.index ?? coreFirst;
  const prefix =
    prefixWords.length > 0 ? text.slice(tokens[first]?.start, tokens[prefixEnd - 1]?.end) : undefined;
  const rolePrefix =
    prefix && prefixWords.some((w) => NAME_TITLES.has(titleKey(w)) || nounIn(PERSON_NOUNS, w))
      ? prefix
      : undefined;
  const run: NameRun = {
    first,
    last,
    coreFirst,
    start: firstCore.start,
    end,
    runStart: tokens[first]?.start ?? firstCore.start,
    core,
    words: pieces.map((p) => p.word),
    ofPhrase,
    weak: sentenceStartOf(tokens, first) && core.length === 1 && prefixWords.length === 0 && !honorific,
  };
  if (honorific) run.honorific = honorific;
  if (rolePrefix) run.rolePrefix = rolePrefix;
  return run;
}

/** Does this run look like an organisation name? */
export function hasOrganisationWord(words: string[]): boolean {
  // "United" names clubs ("Leeds United"), not the countries "United States" or "United Kingdom".
  return words.some(
    (w, k) =>
      ORGANISATION_WORDS.has(w) && !(w === 'United' && /^(?:States|Kingdom|Arab)$/.test(words[k + 1] ?? '')),
  );
}

/**
 * The family name in a full name: the last word, or the first when the given name is a hyphenated one
 * with a lower-case half ("Park Seo-yeon", "Kim Min-jun"), which is written after the family name.
 */
export function familyNameOf(core: string[]): string | undefined {
  const last = core[core.length - 1];
  return core.length > 1 && last && HYPHENED_GIVEN_NAME.test(last) ? core[0] : last;
}
