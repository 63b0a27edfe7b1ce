import { isGroupWord } from './lexicon/demonyms.js';
import { FIRST_NAMES } from './lexicon/first-names.js';
import { familyNameOf, hasOrganisationWord, type NameRun } from './name-runs.js';
import type { Token } from './nlp.js';

/** Relatives whose given name alone, in apposition, takes the family name of the one they belong to. */
const KIN_NOUNS = new Set(
  `daughter son sister brother mother father wife husband widow widower niece nephew aunt uncle cousin
  granddaughter grandson grandmother grandfather stepdaughter stepson stepmother stepfather
  daughter-in-law son-in-law`
    .split(/\s+/)
    .filter(Boolean),
);

export interface KinName {
  /** The relative's run: a single given name ("Carys"). */
  run: NameRun;
  /** The run naming the one they belong to ("Wilf Antrobus"). */
  possessor: NameRun;
  /** The relative's full name: given name and the possessor's family name. */
  core: string[];
  /** "his" or "her" before the kin noun. */
  possessorGender: 'male' | 'female';
}

/** How far back (in sentences of narration) the possessor of "his daughter" may be named. */
const POSSESSOR_REACH = 3;

/**
 * "Wilf Antrobus ... His daughter, Carys, said": a lone given name set off by commas right after
 * "his/her <kin noun>," is that relative, and the nearest two-word name before it (outside quotes, not an
 * organisation) is whose relative. Returns each such relative with the family name it takes.
 */
export function kinNamedRuns(
  tokens: Token[],
  runs: NameRun[],
  inQuote: (offset: number) => boolean,
): KinName[] {
  const found: KinName[] = [];
  // Sentences of narration only: a quote of several sentences between the two names does not push the
  // possessor out of reach. Built on first use.
  let narration: number[] | undefined;
  const narrationBefore = (sentence: number) => {
    if (!narration) {
      narration = [];
      let count = 0;
      let last = -1;
      for (const t of tokens) {
        // A sentence is narration when its first word is outside quotes (its opening mark is not inside).
        if (t.sentence === last || /^\p{P}+$/u.test(t.text)) continue;
        last = t.sentence;
        narration[t.sentence] = count;
        if (!inQuote(t.start)) count++;
      }
    }
    return narration[sentence] ?? 0;
  };
  runs.forEach((run, k) => {
    if (run.core.length !== 1 || run.honorific || run.rolePrefix || inQuote(run.start)) return;
    const [possessive, kin, comma] = [run.first - 3, run.first - 2, run.first - 1].map(
      (t) => tokens[t]?.text.toLowerCase() ?? '',
    );
    if (comma !== ',' || !KIN_NOUNS.has(kin ?? '') || tokens[run.last + 1]?.text !== ',') return;
    if (possessive !== 'his' && possessive !== 'her') return;
    const reach = narrationBefore(tokens[run.first]?.sentence ?? 0) - POSSESSOR_REACH;
    for (let p = k - 1; p >= 0; p--) {
      const candidate = runs[p] as NameRun;
      if (narrationBefore(tokens[candidate.first]?.sentence ?? 0) < reach) break;
      if (inQuote(candidate.start) || candidate.ofPhrase) continue;
      if (candidate.core.length < 2 || candidate.core.length > 3) continue;
      if (hasOrganisationWord(candidate.words) || candidate.core.some(isGroupWord)) continue;
      // "the Castlebridge Wheelers" is a club, not the family: the owner's name starts with a given name.
      if (!candidate.honorific && !FIRST_NAMES.has((candidate.core[0] ?? '').toLowerCase())) continue;
      const family = familyNameOf(candidate.core);
      if (!family) return;
      found.push({
        run,
        possessor: candidate,
        core: [run.core[0] as string, family],
        possessorGender: possessive === 'his' ? 'male' : 'female',
      });
      return;
    }
  });
  return found;
}
