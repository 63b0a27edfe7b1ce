import {
  type EntityIndex,
  type EntityRecord,
  firstMentionFrom,
  type GroupRecord,
  type PersonRecord,
  speakerName,
} from './entities.js';
import { DEMONYMS, isGroupWord } from './lexicon/demonyms.js';
import { FIRST_NAMES } from './lexicon/first-names.js';
import { GENDERED_ROLES, TITLE_OF_ADDRESS } from './lexicon/honorifics.js';
import { nounIn, ORGANISATION_NOUNS, PERSON_NOUNS } from './lexicon/roles.js';
import { STATEMENT_NOUNS } from './lexicon/speech-verbs.js';
import { hasOrganisationWord, type NameRun } from './name-runs.js';
import { type Token, tokenIndexAt } from './nlp.js';
import { phraseAt, type RunIndex, type SpeakerPhrase } from './noun-phrase.js';
import type { Gender, Mention } from './types.js';

export interface ResolvedSpeaker {
  speaker: string | null;
  entity: EntityRecord | null;
  mention: Mention;
  confidence: number;
}

interface Salient {
  start: number;
  sentence: number;
  entity: EntityRecord;
  /** "Lydia's being settled": a possessor, seldom what a following he/she means. */
  possessive?: boolean;
}

/** The courtesy title a relation carries in the owner's family. */
const STAND_IN_IDS = -1000;
/** Words that open a phrase put before a sentence's subject ("Turning to X, she said"). */
const FRONTING_PREPOSITIONS = new Set('after before with without upon on at to towards'.split(' '));
/** After a role: ", Pauline Shawcross," or " of the opposition group, Pauline Shawcross,". */
const APPOSED_NAME = /^(?:\s+(?:of|for|at|in)\s+[^,.;:"“”‘’]{1,60})?\s*,\s*\p{Lu}/u;
const PARENTS = new Set(['father', 'mother']);
/** Titles that hold an office under another word: a Justice is a judge. */
const HEAD_SYNONYMS: Record<string, readonly string[]> = { judge: ['justice'] };
/** Relations above a group of siblings, which "their" can own without being one of them. */
const ELDER_KIN = new Set(
  'father mother dad mum mom uncle aunt grandfather grandmother gran nan grandad grandpa grandma'.split(' '),
);
/** Words that end the head of an apposition ("her publisher for half a century", "the employer of ..."). */
const APPOSITION_STOPS = new Set('of for since in at on with whose who which that to from'.split(' '));
const KIN_TITLE = /^(?:Aunt|Auntie|Uncle|Grandma|Grandpa|Granny|Nan|Cousin)\s/;

/** A relative the text never names ("her mother"), standing in so that dialogue turns stay in order. */
export function isStandIn(person: PersonRecord): boolean {
  return person.id <= STAND_IN_IDS;
}

const FAMILY_TITLES: Record<string, string> = {
  wife: 'Mrs.',
  lady: 'Mrs.',
  husband: 'Mr.',
  mother: 'Mrs.',
  father: 'Mr.',
};

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', she: 'female' };
// Titles followed by a family name ("Mrs. Bennet"); Sir and Lady take a given name ("Lady Catherine").
const FAMILY_NAME_TITLE = /^(Mr|Mrs|Ms|Miss|Dr)\b/;
const LOOK_BACK_SENTENCES = 8;
/** Sentences a quote between an unnamed person and the he/she of its tag may run to. */
const MAX_QUOTED_SENTENCES = 8;
const HOUSEHOLD_SENTENCES = 8;

/** "officials", "residents", "analysts": the plural of a noun that stands for a person. */
function isPluralPersonNoun(head: string): boolean {
  if (!/s$/.test(head) || PERSON_NOUNS.has(head)) return false;
  const singular = head.endsWith('ies') ? `${head.slice(0, -3)}y` : head.replace(/e?s$/, '');
  return PERSON_NOUNS.has(singular) || PERSON_NOUNS.has(head.slice(0, -1));
}

/** Does a phrase name something that can speak (a person, an organisation, a pronoun)? */
export function canSpeak(phrase: SpeakerPhrase): boolean {
  if (phrase.kind !== 'description') return phrase.kind === 'name' || phrase.word !== 'you';
  return (
    pairReference(phrase) !== null ||
    nounIn(PERSON_NOUNS, phrase.head) ||
    ORGANISATION_NOUNS.has(phrase.head) ||
    STATEMENT_NOUNS.has(phrase.head) ||
    phrase.words.some((w) => PERSON_NOUNS.has(w.toLowerCase()) || ORGANISATION_NOUNS.has(plain(w)))
  );
}

/** "the former" / "the latter": the first or the second of the two people just named. */
function pairReference(phrase: SpeakerPhrase): 0 | 1 | null {
  if (phrase.kind !== 'description' || phrase.words.length !== 2 || !/^the$/i.test(phrase.words[0] ?? ''))
    return null;
  return phrase.head === 'former' ? 0 : phrase.head === 'latter' ? 1 : null;
}

function plain(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '');
}

/** Organisation nouns that name the same kind of body ("the company" may be "Halberd Corporation"). */
const KINDS_OF_ORGANISATION: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['company', 'firm', 'corporation', 'business', 'group', 'manufacturer', 'retailer', 'operator']),
  new Set(['charity', 'foundation', 'trust', 'organisation', 'organization', 'society', 'association']),
  new Set(['union', 'federation', 'association']),
  // A body of members: "the group" may be an alliance, a coalition or a network of them.
  new Set(['group', 'alliance', 'coalition', 'network', 'association', 'federation']),
  new Set(['government', 'administration', 'ministry', 'department', 'office', 'agency', 'authority']),
  new Set(['council', 'authority', 'board', 'committee', 'commission']),
  new Set(['club', 'team']),
];

/** Does the organisation's name leave room for the description's noun (no other kind named)? */
function sameKindOfOrganisation(entity: GroupRecord, noun: string): boolean {
  const kinds = entity.words.map((w) => w.toLowerCase()).filter((w) => ORGANISATION_NOUNS.has(w));
  return kinds.every((k) => k === noun || KINDS_OF_ORGANISATION.some((set) => set.has(k) && set.has(noun)));
}

/** Turns a speaker phrase into the person or organisation it refers to in this article. */
export class SpeakerResolver {
  /** Candidates by sentence, each list in text order (looked up sentence by sentence, so kept apart). */
  private readonly salient = new Map<number, Salient[]>();
  private readonly standIns = new Map<string, PersonRecord>();
  private couples?: { size: number; list: Array<[string, PersonRecord, PersonRecord]> };
  private kinTitledPeople?: { size: number; list: PersonRecord[] };
  /** Relatives the narration mentions, by offset (asked again for every range that covers them). */
  private readonly relatives = new Map<number, PersonRecord | null>();
  /** "his uncle" → the person a tag with those words was found to be. */
  private readonly namedRelatives = new Map<string, PersonRecord>();
  /** "her father" → the person the next sentence introduces by name, if it does (see introducedAfter). */
  private readonly introductions = new Map<string, PersonRecord | null>();
  private readonly byStart = new Map<number, EntityRecord>();
  /** Heads of unnamed people introduced so far ("a police spokesperson" → spokesperson), by first offset. */
  private readonly unnamedHeads = new Map<string, number>();
  /** Unnamed people who open a sentence ("A neighbour who lives opposite said ..."), in text order. */
  private readonly unnamedSubjects: Array<{ start: number; end: number; sentence: number }> = [];
  /** Offsets of sentence-opening role descriptions resolved to a named person ("The judge said ..."). */
  private readonly roleSubjects: number[] = [];
  private inQuote?: (offset: number) => boolean;
  /** Roles the text gives organisations in apposition ("Greyfriars Press, her publisher"), in text order. */
  private bodyRoles?: Array<{ org: GroupRecord; head: string; start: number }>;

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly entities: EntityIndex,
  ) {
    for (const { mention, entity } of entities.timeline) {
      this.byStart.set(mention.start, entity);
      if (!mention.inQuote)
        this.note(
          entity,
          mention.start,
          mention.sentence,
          /^['’]s\b/.test(text.slice(mention.end, mention.end + 3)),
        );
    }
  }

  /**
   * Reads the narration once in order: he/she (and him/her) is resolved and becomes salient itself
   * (so "Moreau ... She praised Lindahl" keeps Moreau in focus), and unnamed people ("a police spokesperson")
   * are remembered so that "the spokesperson" is not guessed onto a named person.
   */
  readNarration(runs: RunIndex, inQuote: (offset: number) => boolean): void {
    this.inQuote = inQuote;
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i] as Token;
      if (inQuote(token.start)) continue;
      const lower = token.text.toLowerCase();
      // "after asking her how Mr. and Mrs. Prior did, a question which she could not answer": an object
      // pronoun keeps its person in focus too ("her" before a noun is a possessive, and is not read).
      const objectHer = lower === 'her' && !/^(?:NOUN|ADJ|PROPN|NUM)$/.test(this.tokens[i + 1]?.pos ?? '');
      if (lower === 'he' || lower === 'she' || objectHer || lower === 'him') {
        const gender = lower === 'he' || lower === 'him' ? 'male' : 'female';
        const person = this.salientPerson(token.start, token.sentence, gender);
        if (person && !this.unnamedSince(person, token.start, token.sentence))
          this.note(person, token.start, token.sentence);
      } else if (
        (lower === 'her' || lower === 'his') &&
        TITLE_OF_ADDRESS.has(this.tokens[i + 1]?.text ?? '')
      ) {
        // "her ladyship ... she did not scruple to call out": the titled person is in focus.
        const next = this.tokens[i + 1] as Token;
        const holder = this.personByRole([next.text], next.text, token.start);
        if (holder) this.note(holder, token.start, token.sentence);
      } else if (lower === 'the' && this.tokens[i - 1]?.sentence !== token.sentence) {
        // "The judge said she ...": a role that opens a sentence puts its holder in focus for the pronouns.
        const phrase = phraseAt(this.tokens, runs, i);
        // "The leader of the opposition group, Pauline Shawcross, accused ...": the name that follows says
        // who, whoever else holds a role of that name.
        const apposed = phrase && APPOSED_NAME.test(this.text.slice(phrase.end, phrase.end + 80));
        if (phrase?.kind === 'description' && PERSON_NOUNS.has(phrase.head) && !apposed) {
          const holder = this.personByRole(phrase.words.slice(1), phrase.head, phrase.start);
          if (holder) {
            this.note(holder, phrase.start, token.sentence);
            this.roleSubjects.push(phrase.start);
          }
        }
      } else if (lower === 'a' || lower === 'an' || lower === 'one') {
        const phrase = phraseAt(this.tokens, runs, i);
        if (phrase?.kind === 'description' && PERSON_NOUNS.has(phrase.head)) {
          if (!this.unnamedHeads.has(phrase.head)) this.unnamedHeads.set(phrase.head, phrase.start);
          if (this.tokens[i - 1]?.sentence !== token.sentence || this.afterFrontedPhrase(i))
            this.unnamedSubjects.push({ start: phrase.start, end: phrase.end, sentence: token.sentence });
        }
      }
    }
  }

  /** "At the Alliance party, a volunteer ...": token i follows an opening phrase with no verb, and a comma. */
  private afterFrontedPhrase(i: number): boolean {
    if (this.tokens[i - 1]?.text !== ',') return false;
    const sentence = this.tokens[i]?.sentence;
    let k = i - 2;
    while (k >= 0 && this.tokens[k]?.sentence === sentence) {
      const pos = this.tokens[k]?.pos;
      if (pos === 'VERB' || pos === 'AUX' || this.tokens[k]?.text === ',') return false;
      k--;
    }
    // "At the party", "Outside the town hall" (which the tagger may call an adjective), "Later that day".
    const first = this.tokens[k + 1];
    return first?.pos === 'ADP' || first?.pos === 'ADV' || /^(?:outside|inside)$/i.test(first?.text ?? '');
  }

  /**
   * An unnamed person opened this or the previous sentence after `person` was last referred to: a he/she
   * here is far more likely that unnamed person ("A neighbour said she ... "...," she said").
   */
  unnamedSince(
    person: EntityRecord,
    position: number,
    sentence: number,
  ): { start: number; end: number } | undefined {
    const u = this.unnamedNear(position, sentence);
    return u && !this.refersTo(person, u.start, position) ? u : undefined;
  }

  /** An unnamed person who opened this or the previous sentence before `position`. */
  private unnamedNear(position: number, sentence: number): { start: number; end: number } | undefined {
    for (let k = this.unnamedSubjects.length - 1; k >= 0; k--) {
      const u = this.unnamedSubjects[k] as { start: number; end: number; sentence: number };
      if (u.start >= position) continue;
      if (u.sentence >= sentence - 1) return u;
      // "A young woman ... filmed it. "My grandmother will watch. She waited," she said.": the sentences
      // of the quote in between do not count, only the narration's.
      if (u.sentence < sentence - MAX_QUOTED_SENTENCES || !this.inQuote) return undefined;
      let stops = 0;
      for (let i = tokenIndexAt(this.tokens, u.end); i < this.tokens.length; i++) {
        const t = this.tokens[i] as Token;
        if (t.start >= position) break;
        if (/^[.!?]$/.test(t.text) && !this.inQuote(t.start) && ++stops > 1) break;
      }
      return stops <= 1 ? u : undefined;
    }
    return undefined;
  }

  /** Sentence of the token at or after `offset` (the last sentence past the end). */
  private sentenceAt(offset: number): number {
    let lo = 0;
    let hi = this.tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.tokens[mid]?.start ?? 0) < offset) lo = mid + 1;
      else hi = mid;
    }
    return this.tokens[Math.min(lo, this.tokens.length - 1)]?.sentence ?? 0;
  }

  /**
   * The narration's references between two offsets, in no particular order. Only the sentences that
   * overlap the range are read: this runs for every line of a long dialogue.
   */
  private *referencesBetween(from: number, to: number): Generator<Salient> {
    if (to <= from) return;
    const first = Math.max(0, this.sentenceAt(from) - 1);
    const last = this.sentenceAt(to);
    for (let s = first; s <= last; s++) {
      for (const c of this.salient.get(s) ?? []) if (c.start >= from && c.start < to) yield c;
    }
  }

  /** The first person the narration refers to (by name or resolved he/she) between the offsets. */
  firstReferredTo(from: number, to: number): EntityRecord | null {
    let best: Salient | null = null;
    for (const c of this.referencesBetween(from, to)) {
      if (c.entity.kind === 'person' && (!best || c.start < best.start)) best = c;
    }
    return best?.entity ?? null;
  }

  /** Does narration between the offsets open a sentence with a role held by a named person? */
  namesByRole(from: number, to: number): boolean {
    return this.roleSubjects.some((at) => at >= from && at < to);
  }

  /** Does narration between the offsets open a sentence with an unnamed person ("A neighbour ... said")? */
  namesUnnamed(from: number, to: number): boolean {
    return this.unnamedSubjects.some((u) => u.start >= from && u.start < to);
  }

  /** A resolved speaker becomes the most salient candidate at the tag's position. */
  note(entity: EntityRecord, start: number, sentence: number, possessive = false): void {
    let list = this.salient.get(sentence);
    if (!list) {
      list = [];
      this.salient.set(sentence, list);
    }
    let at = list.length;
    while (at > 0 && (list[at - 1] as Salient).start > start) at--;
    list.splice(at, 0, possessive ? { start, sentence, entity, possessive } : { start, sentence, entity });
  }

  /** Is the person referred to (by name or resolved pronoun, outside quotes) between the two offsets? */
  refersTo(entity: EntityRecord, from: number, to: number): boolean {
    for (const c of this.referencesBetween(from, to)) if (c.entity === entity) return true;
    return false;
  }

  /** The narration's references between the two offsets, in text order. */
  referencesIn(from: number, to: number): Array<{ start: number; entity: EntityRecord }> {
    return [...this.referencesBetween(from, to)].sort((a, b) => a.start - b.start);
  }

  /** Everyone the narration refers to between the two offsets. */
  referredBetween(from: number, to: number): Set<EntityRecord> {
    const found = new Set<EntityRecord>();
    for (const c of this.referencesBetween(from, to)) found.add(c.entity);
    return found;
  }

  /** The first person (subject first) in the nearest sentence before `position` that fits the gender. */
  salientPerson(
    position: number,
    sentence: number,
    gender: Gender,
    exclude: ReadonlySet<EntityRecord> = new Set(),
  ): PersonRecord | null {
    const fronted = this.frontedPhraseStart(position, sentence);
    let possessor: PersonRecord | undefined;
    for (let s = sentence; s >= Math.max(0, sentence - LOOK_BACK_SENTENCES); s--) {
      const inSentence = (this.salient.get(s) ?? []).filter(
        (c) =>
          c.sentence === s &&
          c.start < position &&
          c.entity.kind === 'person' &&
          !exclude.has(c.entity) &&
          !(s === sentence && fronted !== undefined && c.start >= fronted && !c.possessive),
      );
      // Subject first: the earliest candidate in the sentence whose gender does not contradict, a possessor
      // ("Lydia's being settled ...") only when nobody else in the sentence fits.
      const fits = inSentence.filter((c) => {
        const g = (c.entity as PersonRecord).gender;
        return gender === 'unknown' || g === 'unknown' || g === gender;
      });
      // "Lydia ... continued to butter her toast; but Cecily, who ..., said": after a semicolon and "but",
      // the new clause's subject is the one in focus.
      const turn =
        s < sentence && fits.length > 1 ? this.lastClauseStart(s, (fits[0] as Salient).start) : undefined;
      const chosen =
        (turn !== undefined ? fits.find((c) => !c.possessive && c.start >= turn) : undefined) ??
        fits.find((c) => !c.possessive);
      if (chosen) return chosen.entity as PersonRecord;
      // "Lydia's being settled ... just when she had expected": a possessor of the pronoun's own sentence
      // only when the sentence before has nobody else who fits.
      if (possessor) return possessor;
      const owner = fits[0]?.entity as PersonRecord | undefined;
      if (owner && s < sentence) return owner;
      possessor = owner;
    }
    return possessor ?? null;
  }

  /** Where the last "; but" clause of a sentence starts, if it has one. */
  private lastClauseStart(sentence: number, from: number): number | undefined {
    let found: number | undefined;
    for (let i = tokenIndexAt(this.tokens, from); i < this.tokens.length; i++) {
      const t = this.tokens[i] as Token;
      if (t.sentence !== sentence) break;
      if (t.text === ';' && /^but$/i.test(this.tokens[i + 1]?.text ?? '')) found = this.tokens[i + 1]?.start;
    }
    return found;
  }

  /**
   * "Then, perceiving in Elizabeth no inclination of replying, she added": the subject right after an
   * opening participle or preposition phrase is not a person that phrase names (the perceiver perceives
   * someone else). Returns where the phrase begins, when `position` follows one.
   */
  private frontedPhraseStart(position: number, sentence: number): number | undefined {
    let i = tokenIndexAt(this.tokens, position);
    if (this.tokens[i]?.start !== position) return undefined;
    if (this.tokens[i - 1]?.text !== ',') return undefined;
    i -= 2;
    let k = i;
    while (k >= 0 && this.tokens[k]?.sentence === sentence && !/^[,;:]$/.test(this.tokens[k]?.text ?? ''))
      k--;
    // One adverb before it may have its own comma: "Then, perceiving ...".
    const adverbFirst =
      this.tokens[k]?.text === ',' &&
      this.tokens[k - 1]?.pos === 'ADV' &&
      this.tokens[k - 1]?.sentence === sentence &&
      this.tokens[k - 2]?.sentence !== sentence;
    if (k >= 0 && this.tokens[k]?.sentence === sentence && !adverbFirst) return undefined;
    const first = this.tokens[k + 1];
    if (!first || k + 1 > i) return undefined;
    const word = first.text.toLowerCase();
    const opens = (/^\p{L}{3,}ing$/u.test(word) && first.pos === 'VERB') || FRONTING_PREPOSITIONS.has(word);
    return opens ? first.start : undefined;
  }

  /**
   * The nearest person of this gender the narration refers to, before `position` first (any distance), else
   * after it: a window of fiction that opens mid-scene ('"...," he replied') names its people later.
   */
  nearestOfGender(
    position: number,
    gender: Gender,
    exclude: ReadonlySet<EntityRecord> = new Set(),
  ): PersonRecord | null {
    // People whose gender the text never showed are the last resort.
    for (const wanted of [gender, 'unknown'] as const) {
      let before: Salient | null = null;
      let after: Salient | null = null;
      for (const list of this.salient.values()) {
        for (const c of list) {
          if (c.entity.kind !== 'person' || exclude.has(c.entity) || c.entity.gender !== wanted) continue;
          if (c.start < position && (!before || c.start > before.start)) before = c;
          if (c.start > position && (!after || c.start < after.start)) after = c;
        }
      }
      const found = (before ?? after)?.entity as PersonRecord | undefined;
      if (found) return found;
    }
    return null;
  }

  /**
   * English family naming: Mr. Bennet's wife is Mrs. Bennet, Elizabeth Bennet's father is Mr. Bennet. When
   * the article never names that person, they are added from the description (once).
   */
  private familyMember(
    possessor: PersonRecord,
    relation: string,
    surname: string,
    mention: Mention,
    sentence: number,
  ): PersonRecord | null {
    const title = FAMILY_TITLES[relation];
    if (!title || (possessor.core.length < 2 && !FAMILY_NAME_TITLE.test(possessor.name))) return null;
    const name = `${title} ${surname}`;
    // "Mr Achterberg" (British, no stop) is the same person as "Mr. Achterberg".
    const undotted = `${title.replace(/\.$/, '')} ${surname}`;
    const people = this.entities.people.filter((p) => p !== possessor);
    // Named so, or known by that title as well ("Josiah Thornbury" met as "Mr. Thornbury"); for a parent,
    // else the one other man (woman) of the family ("his father" of Edmund Thornbury is Josiah Thornbury).
    const gender = title === 'Mr.' ? 'male' : 'female';
    const onlyKin = () => {
      const kin = people.filter(
        (p) => p.core.length >= 2 && p.core[p.core.length - 1] === surname && p.gender === gender,
      );
      return kin.length === 1 ? kin[0] : undefined;
    };
    let person =
      people.find((p) => p.name === name || p.name === undotted) ??
      people.find((p) => p.aliases.has(name) || p.aliases.has(undotted)) ??
      (PARENTS.has(relation) ? onlyKin() : undefined);
    if (!person) {
      person = {
        kind: 'person',
        id: -1 - this.entities.people.length,
        name,
        core: [surname],
        aliases: new Set(),
        roles: [],
        gender,
        mentions: [],
      };
      this.entities.people.push(person);
    }
    person.aliases.add(mention.text);
    person.mentions.push({ ...mention, sentence, inQuote: false, named: false });
    return person;
  }

  /** The one "Mr. X" and "Mrs. X" pair in the text whose family is not the owner's. */
  private onlyCouple(owner: PersonRecord | null): [PersonRecord, PersonRecord] | null {
    const family = owner && owner.core.length > 1 ? owner.core[owner.core.length - 1] : undefined;
    // Indexed once per people count: a hostile text may hold thousands of people and "her aunt"s.
    if (this.couples?.size !== this.entities.people.length) {
      const wives = new Map<string, PersonRecord>();
      for (const p of this.entities.people) {
        const x = /^Mrs\.?\s+(.+)$/.exec(p.name)?.[1];
        if (x && !wives.has(x)) wives.set(x, p);
      }
      const list: Array<[string, PersonRecord, PersonRecord]> = [];
      for (const husband of this.entities.people) {
        const x = /^Mr\.?\s+(.+)$/.exec(husband.name)?.[1];
        const wife = x ? wives.get(x) : undefined;
        if (x && wife && !isStandIn(husband)) list.push([x, husband, wife]);
      }
      this.couples = { size: this.entities.people.length, list };
    }
    const couples = this.couples.list.filter(([x]) => x !== family);
    return couples.length === 1 ? [couples[0]?.[1] as PersonRecord, couples[0]?.[2] as PersonRecord] : null;
  }

  /**
   * "her mother" of someone the text calls by a given name only: the one person titled "Mrs. X" whose family
   * name X another person in the text also bears (the household the story is about), when there is one.
   */
  private householdHead(title: string, possessor: PersonRecord, sentence: number): PersonRecord | null {
    if (possessor.core.length >= 2 || FAMILY_NAME_TITLE.test(possessor.name)) return null;
    const surnameOf = (p: PersonRecord) => p.core[p.core.length - 1];
    const bare = title.replace(/\.$/, '');
    // Someone only ever talked about in the quotes ("This letter is from Mr. Collins") is not in the room.
    const titled = this.entities.people.filter(
      (p) =>
        (p.name.startsWith(`${bare}. `) || p.name.startsWith(`${bare} `)) &&
        p !== possessor &&
        p.mentions.some((m) => !m.inQuote),
    );
    const families = titled.filter((p) =>
      this.entities.people.some((o) => o !== p && o.core.length > 0 && surnameOf(o) === surnameOf(p)),
    );
    const pick = families.length > 0 ? families : titled;
    if (pick.length === 1) return pick[0] as PersonRecord;
    // Several: the one the narration around the phrase names ("... said her father" beside "Mr. Bennet
    // made no answer"), when exactly one is.
    const near = pick.filter((p) =>
      p.mentions.some((m) => !m.inQuote && Math.abs(m.sentence - sentence) <= HOUSEHOLD_SENTENCES),
    );
    return near.length === 1 ? (near[0] as PersonRecord) : null;
  }

  /** `excluded` plus everyone the text calls by a family title ("Aunt Kamala"): relatives, not the one whose. */
  private kinTitled(excluded: ReadonlySet<EntityRecord>): ReadonlySet<EntityRecord> {
    if (this.kinTitledPeople?.size !== this.entities.people.length) {
      const list = this.entities.people.filter((p) => KIN_TITLE.test(p.name));
      this.kinTitledPeople = { size: this.entities.people.length, list };
    }
    if (this.kinTitledPeople.list.length === 0) return excluded;
    return new Set([...excluded, ...this.kinTitledPeople.list]);
  }

  /**
   * One stand-in per description ("her mother"), so dialogue turns stay in order. Named after the person
   * it belongs to when the text says whose ("Justine's mother"); otherwise it has no name (speaker null).
   */
  private standIn(
    description: string,
    relation: string,
    gender: Gender,
    owner: PersonRecord | null,
    ownerWord: string | undefined,
  ): PersonRecord {
    const ownerName =
      (owner && !FAMILY_NAME_TITLE.test(owner.name) ? owner.core[0] : owner?.name) || ownerWord;
    const name = ownerName ? `${ownerName}'s ${relation}` : '';
    // "her father" and "Nell's father" are one person once both are known to be Nell's.
    const key = name || description;
    let person = this.standIns.get(key);
    if (!person) {
      person = {
        kind: 'person',
        id: STAND_IN_IDS - this.standIns.size,
        name,
        core: [],
        aliases: new Set([description]),
        roles: [],
        gender,
        mentions: [],
      };
      this.standIns.set(key, person);
    }
    return person;
  }

  /** A person first known from a speech tag's name, added once so that /people and the summary list them. */
  private personFromTag(run: NameRun, mention: Mention, sentence: number): PersonRecord {
    const name = run.core.join(' ');
    let person = this.entities.people.find((p) => p.name === name);
    if (!person) {
      person = {
        kind: 'person',
        id: -5000 - this.entities.people.length,
        name,
        core: run.core,
        aliases: new Set(),
        roles: [],
        gender: FIRST_NAMES.get((run.core[0] ?? '').toLowerCase()) ?? 'unknown',
        mentions: [],
      };
      this.entities.people.push(person);
    }
    if (!person.mentions.some((m) => m.start === mention.start))
      person.mentions.push({ ...mention, sentence, inQuote: false, named: true });
    return person;
  }

  /** A person named right after a description and a comma ("the mayor, Linda Park"), if one is. */
  private namedInApposition(end: number): { entity: EntityRecord; start: number; end: number } | null {
    // "the mayor, Linda Park"; "the mayor of Springfield, Joe Quimby".
    const gap = /^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?,\s+/u.exec(
      this.text.slice(end, end + 60),
    );
    if (!gap) return null;
    const start = end + gap[0].length;
    const entity = this.byStart.get(start);
    if (entity?.kind !== 'person') return null;
    const mention = entity.mentions.find((m) => m.start === start);
    return { entity, start, end: mention?.end ?? start };
  }

  /** The earlier (0) or later (1) of the last two different people the narration names before `position`. */
  private ofLastTwo(position: number, which: 0 | 1): PersonRecord | null {
    const timeline = this.entities.timeline;
    const two: PersonRecord[] = [];
    for (let k = firstMentionFrom(timeline, position) - 1; k >= 0 && two.length < 2; k--) {
      const { mention, entity } = timeline[k] as EntityIndex['timeline'][number];
      if (mention.inQuote || entity.kind !== 'person' || two.includes(entity)) continue;
      two.unshift(entity);
    }
    return two.length === 2 ? (two[which] as PersonRecord) : null;
  }

  /** The first person or organisation named in the nearest sentence before `position`. */
  private subjectBefore(position: number, sentence: number): EntityRecord | null {
    for (let s = sentence; s >= Math.max(0, sentence - 3); s--) {
      const first = this.salient.get(s)?.find((c) => c.start < position);
      if (first) return first.entity;
    }
    return null;
  }

  /**
   * The nearest organisation named before `position` (within 12 sentences): with `head`, one whose name
   * has that noun ("the ministry" → "Foreign Ministry"), found further back when no recent one has it; with
   * `notOtherThan`, one whose name does not say it is another kind ("the ministry" is not "Wellsby General
   * Hospital", but may be "Corvane", whose name says no kind).
   */
  private recentOrganisation(
    position: number,
    sentence: number,
    head?: string,
    notOtherThan?: string,
  ): GroupRecord | null {
    const candidates = this.entities.timeline.filter(
      (t) =>
        t.entity.kind === 'organisation' && t.mention.start < position && t.mention.sentence >= sentence - 12,
    );
    if (notOtherThan) {
      // No name carries the noun ("the club" among "Kingsbridge Rovers" and "Eastfield United"): the body the
      // story is about, i.e. the one mentioned most so far, the most recent on a tie.
      const counts = new Map<GroupRecord, number>();
      for (const c of candidates) {
        const entity = c.entity as GroupRecord;
        if (!sameKindOfOrganisation(entity, notOtherThan)) continue;
        counts.delete(entity); // re-inserted last: later in the map means mentioned more recently
        counts.set(entity, entity.mentions.filter((m) => m.start < position).length);
      }
      let best: GroupRecord | null = null;
      for (const [entity, n] of counts) if (!best || n >= (counts.get(best) ?? 0)) best = entity;
      return best;
    }
    for (let k = candidates.length - 1; k >= 0; k--) {
      const entity = candidates[k]?.entity as GroupRecord;
      if (head && !entity.words.some((w) => w.toLowerCase() === head)) continue;
      return entity;
    }
    // A body named by its own noun ("the electoral commission" for the State Electoral Commission) may have
    // been named long before, when no recent one carries the noun.
    if (!head) return null;
    for (let k = this.entities.timeline.length - 1; k >= 0; k--) {
      const t = this.entities.timeline[k] as EntityIndex['timeline'][number];
      if (t.mention.start >= position || t.entity.kind !== 'organisation') continue;
      if (t.entity.words.some((w) => w.toLowerCase() === head)) return t.entity;
    }
    return null;
  }

  private personByRole(phraseWords: string[], head: string, position: number): PersonRecord | null {
    const titles = TITLE_OF_ADDRESS.get(head);
    if (titles) {
      const titled = this.entities.people.filter((p) =>
        [p.name, ...p.aliases].some((a) => titles.some((t) => a.startsWith(`${t} `))),
      );
      return titled.length === 1 ? (titled[0] as PersonRecord) : null;
    }
    const phrase = phraseWords.join(' ').toLowerCase();
    // "the Ashcombe manager" is not the "Kettleford manager": a proper-noun qualifier must not contradict.
    const qualifiers = phraseWords.filter((w) => /^\p{Lu}/u.test(w) && w.toLowerCase() !== head).map(plain);
    // "Justice Samuel Kariuki ... the judge said": a title that names the office in other words.
    const heads = [head, ...(HEAD_SYNONYMS[head] ?? [])];
    const fits = (role: string) => {
      const r = role.toLowerCase();
      if (r.includes(phrase)) return true;
      const words = r.split(/[\s’']+/);
      if (!heads.some((h) => words.includes(h))) return false;
      const otherPlace =
        /\p{Lu}/u.test(role) && qualifiers.length > 0 && !qualifiers.some((q) => r.includes(q));
      return !otherPlace;
    };
    let best: PersonRecord | null = null;
    let bestAt = -1;
    for (const person of this.entities.people) {
      const matches = person.roles.some(fits);
      if (!matches) continue;
      const last = person.mentions.filter((m) => m.start < position).pop();
      const at = last ? last.start : -1;
      if (at > bestAt || (!best && at === -1)) {
        best = person;
        bestAt = at;
      }
    }
    return best;
  }

  /**
   * "Greyfriars Press, her publisher for half a century, ... the publisher said": the organisation the text
   * gave this role in apposition, the latest before `position`.
   */
  private organisationByRole(head: string, position: number): GroupRecord | null {
    if (!ORGANISATION_NOUNS.has(head)) return null;
    if (!this.bodyRoles) {
      // Read once: every "X, its/her/the <role>" apposition after an organisation's name, by its head noun
      // (the word before "of", "for", "whose" ...: "the employer of the driver" is an employer).
      this.bodyRoles = [];
      for (const org of this.entities.organisations)
        for (const m of org.mentions) {
          if (m.inQuote) continue;
          const words = /^\s*,\s+(?:her|his|its|their|the)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/u
            .exec(this.text.slice(m.end, m.end + 80))?.[1]
            ?.toLowerCase()
            .split(/\s+/);
          if (!words) continue;
          const stop = words.findIndex((w) => APPOSITION_STOPS.has(w));
          const roleHead =
            (stop > 0 ? words[stop - 1] : stop < 0 ? words[words.length - 1] : undefined) ?? '';
          if (roleHead) this.bodyRoles.push({ org, head: roleHead, start: m.start });
        }
      this.bodyRoles.sort((a, b) => a.start - b.start);
    }
    let best: GroupRecord | null = null;
    for (const r of this.bodyRoles) {
      if (r.start >= position) break;
      if (r.head === head) best = r.org;
    }
    return best;
  }

  /**
   * `excluded`: people addressed by name in the quote ("Come, Darcy") — whoever speaks, it is not them.
   */
  resolve(
    phrase: SpeakerPhrase,
    sentence: number,
    excluded: ReadonlySet<EntityRecord> = new Set(),
  ): ResolvedSpeaker {
    const mention: Mention = {
      start: phrase.start,
      end: phrase.end,
      text: this.text.slice(phrase.start, phrase.end),
    };
    const found = (entity: EntityRecord | null, confidence: number): ResolvedSpeaker => ({
      speaker: speakerName(entity),
      entity,
      mention,
      confidence,
    });
    if (phrase.kind === 'name') {
      const entity = this.byStart.get(phrase.run.start) ?? null;
      if (entity) return found(entity, 0.95);
      // "said the hacker Mallory Jones": a full name the entity pass had no cue for is a person all the
      // same (a single word may be a company or a place: "Agrivex said").
      if (phrase.run.core.length >= 2 && !hasOrganisationWord(phrase.run.core))
        return found(this.personFromTag(phrase.run, mention, sentence), 0.8);
      // "Residents said": an unnamed group, not a name. "..., the Portuguese added" after Esteves spoke: a
      // person described by nationality, who is the one in focus (never someone the sentence names).
      if (phrase.run.core.every(isGroupWord)) {
        const word = phrase.run.core[0] as string;
        const described =
          phrase.run.core.length === 1 &&
          DEMONYMS.has(word.toLowerCase()) &&
          /\bthe\s+$/i.test(this.text.slice(Math.max(0, phrase.start - 4), phrase.start));
        const person = described ? this.salientPerson(phrase.start, sentence, 'unknown', excluded) : null;
        if (person) return found(person, 0.5);
        return { speaker: null, entity: null, mention, confidence: 0.6 };
      }
      return { speaker: phrase.run.core.join(' '), entity: null, mention, confidence: 0.7 };
    }
    if (phrase.kind === 'pronoun') {
      if (phrase.word === 'he' || phrase.word === 'she') {
        const person = this.salientPerson(
          phrase.start,
          sentence,
          PRONOUN_GENDER[phrase.word] ?? 'unknown',
          excluded,
        );
        // "A man waiting in line said he had watched ... 'It sounded like a train,' he said": with no named
        // man before, the unnamed one, not a man the article names further on.
        const unnamed = person
          ? this.unnamedSince(person, phrase.start, sentence)
          : this.unnamedNear(phrase.start, sentence);
        if (unnamed) {
          const { start, end } = unnamed;
          const text = this.text.slice(start, end);
          return { speaker: null, entity: null, mention: { start, end, text }, confidence: 0.6 };
        }
        return found(person, 0.85);
      }
      if (phrase.word === 'they' || phrase.word === 'we') {
        // Singular "they" for a person just named, or an organisation: the subject of the nearest sentence.
        const subject = this.subjectBefore(phrase.start, sentence);
        if (subject?.kind === 'person') return found(subject, 0.5);
      }
      if (phrase.word === 'it' || phrase.word === 'they' || phrase.word === 'we') {
        return found(this.recentOrganisation(phrase.start, sentence), 0.6);
      }
      return found(null, 0.3);
    }
    // "said the mayor, Linda Park", "said a company spokesman, Tim Hale": the name in apposition speaks.
    const apposed = this.namedInApposition(phrase.end);
    if (apposed) {
      const { entity, start, end } = apposed;
      const role = phrase.words.filter((w, k) => k > 0 || !/^(the|a|an|one)$/i.test(w)).join(' ');
      if (entity.kind === 'person' && role && !entity.roles.includes(role)) entity.roles.push(role);
      return { ...found(entity, 0.9), mention: { start, end, text: this.text.slice(start, end) } };
    }
    const words = phrase.words.filter(
      (w, k) => k > 0 || !/^(the|a|an|one|another|some|his|her|their|its)$/i.test(w),
    );
    if (!phrase.definite) {
      if (!this.unnamedHeads.has(phrase.head)) this.unnamedHeads.set(phrase.head, phrase.start);
      // "one supporter, Kieran, 19, said": the person gives only a first name; that is their name here.
      const given = /^,\s+(\p{Lu}\p{Ll}+),/u.exec(this.text.slice(phrase.end, phrase.end + 40))?.[1];
      const isGroup = (g: GroupRecord) => g.name === given;
      if (given && !this.entities.organisations.some(isGroup) && !this.entities.places.some(isGroup))
        return { speaker: given, entity: null, mention, confidence: 0.6 };
      return found(null, 0.8);
    }
    const which = pairReference(phrase);
    if (which !== null) return found(this.ofLastTwo(phrase.start, which), 0.8);
    const orgWord = phrase.words.map(plain).find((w) => ORGANISATION_NOUNS.has(w));
    if (STATEMENT_NOUNS.has(phrase.head) || (orgWord && !PERSON_NOUNS.has(phrase.head))) {
      const head = orgWord && ORGANISATION_NOUNS.has(phrase.head) ? phrase.head : orgWord;
      return found(
        this.recentOrganisation(phrase.start, sentence, head) ??
          this.recentOrganisation(phrase.start, sentence, undefined, head),
        0.75,
      );
    }
    const body = this.organisationByRole(phrase.head, phrase.start);
    if (body) return found(body, 0.8);
    const holder = this.personByRole(words, phrase.head, phrase.start);
    if (holder) {
      holder.mentions.push({ ...mention, sentence, inQuote: false, named: false });
      holder.aliases.add(mention.text);
      return found(holder, 0.85);
    }
    // "A police spokesperson said ... the spokesperson said": still unnamed.
    const introducedAt = this.unnamedHeads.get(phrase.head);
    if (introducedAt !== undefined && introducedAt < phrase.start && /^the$/i.test(phrase.words[0] ?? ''))
      return found(null, 0.75);
    const relative = this.relative(phrase, sentence, excluded, mention, true);
    if (relative) return found(relative.person, relative.confidence);
    // "officials warned", "Treasury officials said": people in the plural are no one person; the body they
    // speak for when the phrase names it, else nobody we can name.
    if (isPluralPersonNoun(phrase.head)) {
      const body = phrase.words
        .slice(0, -1)
        .filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|A|An|This|That|These|Those)$/.test(w))
        .map((w) => this.entities.organisations.find((o) => o.name === w || o.words.includes(w)))
        .find((o) => o);
      return found(body ?? null, 0.6);
    }
    // "the teenager": a description we cannot match to a role goes to the most salient person nearby,
    // but not to someone the same sentence names ("Elizabeth listened as the housekeeper added, ..."):
    // a writer who meant them would have said "she".
    const named = new Set(excluded);
    for (const c of this.salient.get(sentence) ?? [])
      if (this.byStart.get(c.start) === c.entity) named.add(c.entity);
    // "the woman in the grey jacket" is a woman, whoever she is.
    const gender = GENDERED_ROLES.get(phrase.head) ?? 'unknown';
    return found(this.salientPerson(phrase.start, sentence, gender, named), 0.5);
  }

  /**
   * "his wife", "her mother": the owner is the person in focus (or the one the quote addresses); family
   * shares a surname, so "his wife" of Mr. Bennet is Mrs. Bennet when the article names her. Without a
   * family name to go on, the nearest person of that gender when `guess` (a tag right after the narration
   * named them), else an unnamed stand-in that keeps the dialogue's turns in order.
   */
  private relative(
    phrase: SpeakerPhrase,
    sentence: number,
    excluded: ReadonlySet<EntityRecord>,
    mention: Mention,
    guess: boolean,
  ): { person: PersonRecord | null; confidence: number } | null {
    if (phrase.kind !== 'description') return null;
    const relation = GENDERED_ROLES.get(phrase.head);
    const possessive = (phrase.words[0] ?? '').toLowerCase();
    // "Nell's father": the one named owns the relative, whether or not the text made a person of her.
    const ownerWord = /^(\p{Lu}[\p{L}-]*)['’]s$/u.exec(
      this.text.slice(phrase.start, phrase.end).split(/\s+/)[0] ?? '',
    )?.[1];
    const namedOwner = ownerWord ? this.byStart.get(phrase.start) : undefined;
    const ownedByName = namedOwner?.kind === 'person' ? namedOwner : null;
    // "said their father": the parent of the ones in the room, never one of them; who, the text may not say.
    if (possessive === 'their' && relation && relation !== 'unknown' && ELDER_KIN.has(phrase.head)) {
      // "their uncle" beside "Uncle Ray": the one person the text calls by that family title.
      const titled = this.calledBy(phrase.head);
      return {
        person:
          titled ??
          this.standIn(phrase.words.join(' ').toLowerCase(), phrase.head, relation, null, undefined),
        confidence: titled ? 0.6 : 0.5,
      };
    }
    const owner: Gender | undefined =
      possessive === 'his' ? 'male' : possessive === 'her' ? 'female' : ownerWord ? 'unknown' : undefined;
    if (!relation || !owner) return null;
    const addressedOwner = [...excluded].find(
      (e): e is PersonRecord => e.kind === 'person' && e.gender === owner,
    );
    // A text may open on "Her grandfather had always ..." and name her only afterwards.
    // "Aunt Kamala ... her father": someone called by a family title is a relative in the story of the one
    // whose family it is, rarely the owner.
    const notKin = ownerWord ? excluded : this.kinTitled(excluded);
    const possessor = ownerWord
      ? ownedByName
      : (addressedOwner ??
        this.salientPerson(phrase.start, sentence, owner, notKin) ??
        this.salientPerson(phrase.start, sentence, owner, excluded) ??
        (sentence === 0 ? this.nearestOfGender(phrase.start, owner, notKin) : null));
    const surname = possessor?.core[possessor.core.length - 1];
    // Spouses and parents carry the family's courtesy title ("Mrs. Bennet"); others share the surname.
    if (possessor && surname && FAMILY_TITLES[phrase.head]) {
      const member = this.familyMember(possessor, phrase.head, surname, mention, sentence);
      if (member) return { person: member, confidence: 0.55 };
    } else {
      const family = this.entities.people.filter(
        (p) =>
          p !== possessor &&
          p.core[p.core.length - 1] === surname &&
          (p.gender === relation || relation === 'unknown'),
      );
      if (family.length === 1) return { person: family[0] as PersonRecord, confidence: 0.6 };
    }
    // "her uncle" and "Uncle Hiro": the one person the text calls by that family title.
    const titled = this.calledBy(phrase.head);
    if (titled) return { person: titled, confidence: 0.6 };
    // "her uncle and aunt" beside "Mr. and Mrs. Gardiner": the one married couple of the text, when the
    // owner is not of that family.
    if (phrase.head === 'uncle' || phrase.head === 'aunt') {
      const couple = this.onlyCouple(possessor);
      const member = couple?.[phrase.head === 'uncle' ? 0 : 1];
      if (member) return { person: member, confidence: 0.5 };
    }
    const title = FAMILY_TITLES[phrase.head];
    const household = title && possessor ? this.householdHead(title, possessor, sentence) : null;
    if (household) return { person: household, confidence: 0.5 };
    const introduced = ownerWord ? null : this.introducedAfter(possessive, phrase.head, relation);
    if (introduced && introduced !== possessor) return { person: introduced, confidence: 0.5 };
    const tagged = this.namedRelatives.get(phrase.words.join(' ').toLowerCase());
    if (tagged && tagged !== possessor && !excluded.has(tagged)) return { person: tagged, confidence: 0.5 };
    const others = new Set(excluded);
    if (possessor) others.add(possessor);
    // "said her mother" with no family name to go on is not guessed onto the woman in focus (a sister,
    // a friend): it stays her mother, unnamed.
    const nearby =
      guess && !PARENTS.has(phrase.head)
        ? this.salientPerson(phrase.start, sentence, relation, others)
        : null;
    return {
      person:
        (ownerWord ? null : nearby) ??
        this.standIn(phrase.words.join(' ').toLowerCase(), phrase.head, relation, possessor, ownerWord),
      confidence: 0.5,
    };
  }

  /**
   * "... which meant her father had waited up again. Gordon Thackeray was at the table": the person whom
   * the sentence right after the narration first says "her father" opens on, named in full there for the
   * first time, is that relative.
   */
  private introducedAfter(possessive: string, head: string, gender: Gender): PersonRecord | null {
    const key = `${possessive} ${head}`;
    const known = this.introductions.get(key);
    if (known !== undefined) return known;
    let found: PersonRecord | null = null;
    const pattern = new RegExp(`\\b${possessive}\\s+${head}\\b`, 'gi');
    for (const m of this.text.matchAll(pattern)) {
      if (this.inQuote?.(m.index)) continue;
      const i = tokenIndexAt(this.tokens, m.index);
      const sentence = this.tokens[i]?.sentence;
      let k = i;
      while (k < this.tokens.length && this.tokens[k]?.sentence === sentence) k++;
      const opening = this.tokens[k];
      const entity = opening ? this.byStart.get(opening.start) : undefined;
      // "Peter Hughes, the landlord, came by": a name the text gives another role is someone else.
      const firstEnd = entity?.mentions[0]?.end ?? 0;
      const apposed = /^\s*,\s*(?:the|a|an|his|her)\s/i.test(this.text.slice(firstEnd, firstEnd + 12));
      if (
        entity?.kind === 'person' &&
        entity.core.length >= 2 &&
        entity.gender === gender &&
        entity.mentions[0]?.start === opening?.start &&
        !apposed
      )
        found = entity;
      break;
    }
    this.introductions.set(key, found);
    return found;
  }

  /** The one person the text calls by a family title ("Uncle Ray" for "uncle"), if exactly one. */
  private calledBy(relation: string): PersonRecord | null {
    const titled = this.entities.people.filter((p) =>
      [p.name, ...p.aliases].some((a) => a.toLowerCase().startsWith(`${relation} `)),
    );
    return titled.length === 1 ? (titled[0] as PersonRecord) : null;
  }

  /**
   * '"...," his uncle said' resolved to Hasan Demir: "his uncle" in the narration after it is Hasan too, not
   * an unnamed stand-in (see relative).
   */
  relativeNamed(phrase: SpeakerPhrase, person: PersonRecord): void {
    if (phrase.kind !== 'description' || !/^(?:his|her)$/i.test(phrase.words[0] ?? '')) return;
    if (!GENDERED_ROLES.has(phrase.head)) return;
    this.namedRelatives.set(phrase.words.join(' ').toLowerCase(), person);
  }

  /** A relative the narration mentions ("she was met by her father"): named by family, else a stand-in. */
  relativeMentioned(phrase: SpeakerPhrase, sentence: number): PersonRecord | null {
    const known = this.relatives.get(phrase.start);
    if (known !== undefined) return known;
    const mention = { start: phrase.start, end: phrase.end, text: this.text.slice(phrase.start, phrase.end) };
    const person = this.relative(phrase, sentence, new Set(), mention, false)?.person ?? null;
    this.relatives.set(phrase.start, person);
    return person;
  }
}
