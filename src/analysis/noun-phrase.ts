import { nounIn, PERSON_NOUNS } from './lexicon/roles.js';
import type { NameRun } from './name-runs.js';
import type { Token } from './nlp.js';

/** A noun phrase that can name a speaker. */
export type SpeakerPhrase =
  | { kind: 'name'; run: NameRun; start: number; end: number }
  | { kind: 'pronoun'; word: string; start: number; end: number }
  | { kind: 'description'; definite: boolean; words: string[]; head: string; start: number; end: number };

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);
const INDEFINITE = new Set([
  'a',
  'an',
  'one',
  'another',
  'some',
  'several',
  'two',
  'three',
  'many',
  'other',
  'few',
]);
const DEFINITE = new Set(['the', 'this', 'that', 'his', 'her', 'their', 'its', 'our', 'my', 'your']);
const NP_POS = new Set(['NOUN', 'ADJ', 'PROPN', 'NUM']);

/** Name runs by the index of their first and last token, for phrase lookups. */
export class RunIndex {
  private readonly byFirst = new Map<number, NameRun>();
  private readonly byLast = new Map<number, NameRun>();
  constructor(runs: NameRun[]) {
    for (const run of runs) {
      this.byFirst.set(run.first, run);
      this.byLast.set(run.last, run);
    }
  }
  startingAt(i: number): NameRun | undefined {
    return this.byFirst.get(i);
  }
  endingAt(i: number): NameRun | undefined {
    return this.byLast.get(i);
  }
}

/** A noun, or a person noun the tagger read as an adjective at the end of a phrase ("the finance chief"). */
function isNounLike(token: Token, last: boolean): boolean {
  if (token.pos === 'NOUN' || token.pos === 'PROPN') return true;
  return last && token.pos === 'ADJ' && nounIn(PERSON_NOUNS, token.text.toLowerCase());
}

function describe(tokens: Token[], first: number, last: number, definite: boolean): SpeakerPhrase | null {
  const words = tokens.slice(first, last + 1).map((t) => t.text);
  const nouns = tokens.slice(first, last + 1).filter((t, k) => isNounLike(t, first + k === last));
  const head = nouns[nouns.length - 1]?.text.toLowerCase();
  if (!head) return null;
  return {
    kind: 'description',
    definite,
    words,
    head,
    start: tokens[first]?.start ?? 0,
    end: tokens[last]?.end ?? 0,
  };
}

function isPossessive(token: Token | undefined): boolean {
  return !!token && (/['’]s$/.test(token.text) || token.text === "'s" || token.text === '’s');
}

/** "Whitlock’s" as one token or as "Whitlock" + "’s". */
function possessiveRun(tokens: Token[], run: NameRun): boolean {
  const next = tokens[run.last + 1];
  return (
    isPossessive(tokens[run.last]) ||
    (!!next && /^['’]s$/.test(next.text) && next.start === tokens[run.last]?.end)
  );
}

/** A name right after lower-case role words that start at token j ("general secretary Alan Brookes"). */
function nameAfterRole(tokens: Token[], runs: RunIndex, j: number): NameRun | null {
  let role = false;
  for (let k = j; k < j + 4; k++) {
    const token = tokens[k];
    if (!token || token.sentence !== tokens[j]?.sentence) return null;
    const after = runs.startingAt(k);
    if (after) return role && k > j ? after : null;
    if ((token.pos !== 'NOUN' && token.pos !== 'ADJ') || token.text !== token.text.toLowerCase()) return null;
    role ||= nounIn(PERSON_NOUNS, token.text);
  }
  return null;
}

/**
 * A name whose role follows a short capitalised run the name finder left out of it, often because the
 * tagger took it for a verb: "Fed Chair Jerome Powell", "UN envoy Jane Doe". The capitalised run only
 * says whose role it is; the person after the role is the phrase.
 */
function nameAfterCapitalised(tokens: Token[], runs: RunIndex, i: number): NameRun | null {
  const sentence = tokens[i]?.sentence;
  for (let k = i; k < i + 3; k++) {
    const token = tokens[k];
    if (!token || token.sentence !== sentence || !/^[A-Z][A-Za-z.&-]*$/.test(token.text)) return null;
    if (PRONOUNS.has(token.text.toLowerCase()) || DEFINITE.has(token.text.toLowerCase())) return null;
    const next = runs.startingAt(k + 1);
    if (next?.rolePrefix) return next;
    if (!next) {
      const named = nameAfterRole(tokens, runs, k + 1);
      if (named) return named;
    }
  }
  return null;
}

/** The phrase that starts at token i ("Kell", "the governor", "one lobbyist", "she"), if any. */
export function phraseAt(tokens: Token[], runs: RunIndex, i: number): SpeakerPhrase | null {
  const token = tokens[i];
  if (!token) return null;
  const lower = token.text.toLowerCase();
  if (PRONOUNS.has(lower)) return { kind: 'pronoun', word: lower, start: token.start, end: token.end };
  const run = runs.startingAt(i);
  const led = run ? null : nameAfterCapitalised(tokens, runs, i);
  if (led) return { kind: 'name', run: led, start: led.runStart, end: led.end };
  // "Union general secretary Alan Brookes": an organisation or place before a role names whose role it is;
  // the person after the role is the phrase.
  const named = run ? nameAfterRole(tokens, runs, run.last + 1) : null;
  if (named) return { kind: 'name', run: named, start: named.runStart, end: named.end };
  // "Whitlock’s admission", "Estrevian official": a name used as a modifier is not the speaker.
  if (run && !possessiveRun(tokens, run) && tokens[run.last + 1]?.pos !== 'NOUN') {
    return { kind: 'name', run, start: run.runStart, end: run.end };
  }
  if (run && possessiveRun(tokens, run)) {
    // "Kim's deputy, Laura Finch": a person noun after a possessive name is a description of someone;
    // "Whitlock's admission" is nobody.
    let k = isPossessive(tokens[run.last]) ? run.last : run.last + 1;
    while (NP_POS.has(tokens[k + 1]?.pos ?? '') && tokens[k + 1]?.sentence === token.sentence) k++;
    const head = tokens[k];
    if (head && k > run.last + 1 && nounIn(PERSON_NOUNS, head.text.toLowerCase()))
      return describe(tokens, i, k, true);
    return null;
  }
  if (INDEFINITE.has(lower) || DEFINITE.has(lower) || token.pos === 'NOUN' || token.pos === 'ADJ') {
    let last = i;
    while (last + 1 < tokens.length) {
      const next = tokens[last + 1] as Token;
      if (next.sentence !== token.sentence) break;
      const nextRun = runs.startingAt(last + 1);
      if (nextRun && tokens[last]?.text === 'of') {
        // "one of Benning’s former employees" goes on; "one resident of Mill Street" stops before "of".
        if (possessiveRun(tokens, nextRun)) {
          last = isPossessive(tokens[nextRun.last + 1]) ? nextRun.last + 1 : nextRun.last;
          continue;
        }
        last--;
        break;
      }
      // "spokesman Eli Brandt": the name wins over its role; "one Estrevian official" is a description.
      if (nextRun && tokens[nextRun.last + 1]?.pos !== 'NOUN') {
        return { kind: 'name', run: nextRun, start: nextRun.runStart, end: nextRun.end };
      }
      if (nextRun) {
        last = nextRun.last;
        continue;
      }
      if (
        NP_POS.has(next.pos) ||
        isPossessive(next) ||
        (next.text === '-' && next.start === tokens[last]?.end)
      ) {
        last++;
        continue;
      }
      if (next.text === 'of' && (NP_POS.has(tokens[last + 2]?.pos ?? '') || isPossessive(tokens[last + 2]))) {
        last++;
        continue;
      }
      break;
    }
    if (last === i && (INDEFINITE.has(lower) || DEFINITE.has(lower))) return null;
    return describe(tokens, i, last, !INDEFINITE.has(lower));
  }
  return null;
}

/** The phrase that ends at token e ("Hartigan", "the coach", "she", "one neighbor"). */
export function phraseEndingAt(tokens: Token[], runs: RunIndex, e: number): SpeakerPhrase | null {
  const token = tokens[e];
  if (!token) return null;
  const lower = token.text.toLowerCase();
  if (PRONOUNS.has(lower)) return { kind: 'pronoun', word: lower, start: token.start, end: token.end };
  const run = runs.endingAt(e);
  if (run) return { kind: 'name', run, start: run.runStart, end: run.end };
  // "the former", "the latter": the tagger often reads them as adjectives.
  const before = tokens[e - 1];
  if ((lower === 'former' || lower === 'latter') && before?.text.toLowerCase() === 'the')
    return {
      kind: 'description',
      definite: true,
      words: [before.text, token.text],
      head: lower,
      start: before.start,
      end: token.end,
    };
  if (!isNounLike(token, true)) return null;
  let first = e;
  while (first - 1 >= 0) {
    const previous = tokens[first - 1] as Token;
    if (previous.sentence !== token.sentence) break;
    const p = previous.text.toLowerCase();
    if (INDEFINITE.has(p) || DEFINITE.has(p)) {
      first--;
      break;
    }
    // "oil-producing countries": the second half of a hyphenated modifier, whatever its tag.
    const hyphenated = tokens[first - 2]?.text === '-' && tokens[first - 2]?.end === previous.start;
    if (
      NP_POS.has(previous.pos) ||
      isPossessive(previous) ||
      previous.text === '-' ||
      p === 'of' ||
      hyphenated
    ) {
      first--;
      continue;
    }
    break;
  }
  const det = tokens[first]?.text.toLowerCase() ?? '';
  return describe(tokens, first, e, !INDEFINITE.has(det));
}
