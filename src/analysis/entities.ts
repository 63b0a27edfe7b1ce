import { kinNamedRuns } from './kin-names.js';
import { isGroupWord } from './lexicon/demonyms.js';
import { FIRST_NAMES } from './lexicon/first-names.js';
import { HONORIFICS, titleKey } from './lexicon/honorifics.js';
import { withoutParticles } from './lexicon/name-particles.js';
import { fullNamesOf } from './lexicon/nicknames.js';
import { PERSON_NOUNS } from './lexicon/roles.js';
import { SPEECH_VERBS } from './lexicon/speech-verbs.js';
import { familyNameOf, findNameRuns, hasOrganisationWord, type NameRun } from './name-runs.js';
import { type Token, tokenIndexAt } from './nlp.js';
import { appositionAfter, appositionBefore, genderOfWords, roleBefore } from './roles-context.js';
import { splitParagraphs } from './sentences.js';
import type { Gender } from './types.js';

export interface EntityMention {
  start: number;
  end: number;
  text: string;
  sentence: number;
  /** Inside a quotation: not a candidate for pronoun resolution of the narration. */
  inQuote: boolean;
  /** The mention is a name (not a pronoun or a role description). */
  named: boolean;
}

export interface PersonRecord {
  kind: 'person';
  id: number;
  name: string;
  core: string[];
  aliases: Set<string>;
  roles: string[];
  gender: Gender;
  mentions: EntityMention[];
}

export interface GroupRecord {
  kind: 'organisation' | 'place';
  id: number;
  name: string;
  words: string[];
  mentions: EntityMention[];
}

export type EntityRecord = PersonRecord | GroupRecord;

/**
 * The name to report for an entity. A stand-in for someone the text never names ("her mother" with no
 * family name to go on) has an empty name: it keeps dialogue turns in order but is reported as null.
 */
export function speakerName(entity: EntityRecord | null | undefined): string | null {
  return entity?.name ? entity.name : null;
}

export interface EntityIndex {
  people: PersonRecord[];
  organisations: GroupRecord[];
  places: GroupRecord[];
  /** Every named mention in text order, with the entity it refers to. */
  timeline: Array<{ mention: EntityMention; entity: EntityRecord }>;
}

/** Index of the first timeline mention starting at or after `offset` (the timeline is in text order). */
export function firstMentionFrom(timeline: EntityIndex['timeline'], offset: number): number {
  let lo = 0;
  let hi = timeline.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((timeline[mid]?.mention.start ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const TOWN_PREPOSITIONS = new Set(['in', 'near', 'via']);

/** Last words that make a run a place whatever given name it starts with ("Kelsey City", "Brennan Falls"). */
const PLACE_WORDS = new Set(
  'City Falls Springs Heights Valley Creek Beach County Township Village Street Road Avenue Crescent Gardens Terrace Square Station Airport Harbour Harbor Island Islands Junction'.split(
    ' ',
  ),
);
function isPlaceName(core: string[]): boolean {
  return core.length >= 2 && PLACE_WORDS.has(core[core.length - 1] as string);
}

/** "Ollie Brennan, who ...": a run set off by a comma before "who", which is said of people only. */
function followedByWho(tokens: Token[], run: NameRun): boolean {
  return tokens[run.last + 1]?.text === ',' && tokens[run.last + 2]?.text.toLowerCase() === 'who';
}

/** "María del Carmen Ortega Ruiz", "Nguyễn Thị Thanh Hà": names run to four words in many cultures. */
const MAX_NAME_WORDS = 4;

const PLACE_PREPOSITIONS = new Set([
  'in',
  'at',
  'from',
  'to',
  'near',
  'across',
  'outside',
  'inside',
  'into',
  'through',
  'around',
  'toward',
  'towards',
  'via',
]);
const PRONOUN_GENDER: Record<string, Gender> = {
  he: 'male',
  him: 'male',
  his: 'male',
  she: 'female',
  her: 'female',
  hers: 'female',
};

type Within = (offset: number) => boolean;

function speechVerbNear(tokens: Token[], run: NameRun): boolean {
  const before = tokens[run.first - 1];
  const after = tokens[run.last + 1];
  return (
    (!!before && SPEECH_VERBS.has(before.text.toLowerCase())) ||
    (!!after && SPEECH_VERBS.has(after.text.toLowerCase()))
  );
}

/** "Maureen Pike, 71, who has lived here for years, said": the subject of a speech verb after an apposition. */
function speaksAfterApposition(tokens: Token[], run: NameRun): boolean {
  // "the pharmacy on Dell Street, which ..., said": the object of a preposition is not the subject.
  if (tokens[run.last + 1]?.text !== ',' || tokens[run.first - 1]?.pos === 'ADP') return false;
  const sentence = tokens[run.last]?.sentence;
  for (let k = run.last + 2; k < tokens.length && tokens[k]?.sentence === sentence; k++) {
    const t = tokens[k] as Token;
    if (/^["“”‘’]$/.test(t.text)) return false;
    if (t.text !== ',') continue;
    let v = k + 1;
    while (tokens[v]?.pos === 'ADV') v++;
    if (SPEECH_VERBS.has(tokens[v]?.text.toLowerCase() ?? '')) return true;
  }
  return false;
}

/**
 * "online marketplace Pasarku", "delivery start-up GiaoNhanh": a name the text calls a business; not a name
 * after a place ("Outside the bank Marcus lit a cigarette", "On the platform Anna waited").
 */
function calledABusiness(before: string): boolean {
  const noun = BUSINESS_BEFORE.exec(before);
  if (!noun) return false;
  return !/\b(?:in|at|on|outside|inside|by|near|behind|from|to|into|past|beside)\s+(?:the|a|an|this|that)\s+(?:\S+\s+)?$/i.test(
    before.slice(0, noun.index),
  );
}

const BUSINESS_BEFORE =
  /(?<![\p{L}-])(?:company|firm|corporation|retailer|manufacturer|insurer|airline|carrier|lender|bank|marketplace|platform|start-?up|app|maker|supplier|conglomerate|chain|brand|broadcaster|publisher|giant|miner|automaker|carmaker|chipmaker|drugmaker|brokerage)\s+$/iu;

/**
 * "AUSTIN, Texas —", "KESTRA —", "JAKARTA/HANOI, Sept 9 (Reuters) -": a dateline in capitals at the start
 * of a paragraph is a place.
 */
function isDateline(tokens: Token[], run: NameRun): boolean {
  if (!run.words.every((w) => /^[A-Z]+$/.test(w))) return false;
  let first = run.first;
  // "JAKARTA/HANOI": places joined by a slash.
  while (tokens[first - 1]?.text === '/' && /^[A-Z]+$/.test(tokens[first - 2]?.text ?? '')) first -= 2;
  const previous = tokens[first - 1];
  if (previous && previous.sentence === tokens[first]?.sentence) return false;
  for (let k = run.last + 1; k <= run.last + 9; k++) {
    const t = tokens[k];
    if (!t) return false;
    if (/^[—–-]$/.test(t.text)) return true;
    const dateOrAgency = t.pos === 'NUM' || /^[()/]$/.test(t.text);
    if (t.text !== ',' && t.text !== '.' && t.pos !== 'PROPN' && !dateOrAgency) return false;
  }
  return false;
}

class EntityBuilder {
  readonly people: PersonRecord[] = [];
  readonly groups: GroupRecord[] = [];
  readonly timeline: EntityIndex['timeline'] = [];
  private nextId = 0;
  /** The courtesy title a person was first named with ("Miss Lydia Bennet": miss), before any mention. */
  private readonly courtesyTitle = new Map<PersonRecord, string>();

  constructor(
    private readonly text: string,
    private readonly tokens: Token[],
    private readonly inQuote: Within,
  ) {}

  mention(run: NameRun, entity: EntityRecord): void {
    const m: EntityMention = {
      start: run.start,
      end: run.end,
      text: this.text.slice(run.start, run.end),
      sentence: this.tokens[run.first]?.sentence ?? 0,
      inQuote: this.inQuote(run.start),
      named: true,
    };
    entity.mentions.push(m);
    this.timeline.push({ mention: m, entity });
    if (entity.kind === 'person') {
      entity.aliases.add(m.text);
      const full = this.text.slice(run.runStart, run.end);
      if (full !== m.text) entity.aliases.add(full);
    }
  }

  addPerson(run: NameRun, name: string): PersonRecord {
    const honorificGender = run.honorific ? HONORIFICS.get(titleKey(run.honorific)) : undefined;
    // "Kim Min-jun": the first word is the family name, whatever given name it looks like.
    const given = familyNameOf(run.core) === run.core[0] && run.core.length > 1 ? undefined : run.core[0];
    const firstGender =
      run.core.length > 1 || !run.honorific ? FIRST_NAMES.get((given ?? '').toLowerCase()) : undefined;
    const person: PersonRecord = {
      kind: 'person',
      id: this.nextId++,
      name,
      core: run.core,
      aliases: new Set(),
      roles: [],
      gender: honorificGender && honorificGender !== 'unknown' ? honorificGender : (firstGender ?? 'unknown'),
      mentions: [],
    };
    this.people.push(person);
    const title = run.honorific ? titleKey(run.honorific) : '';
    if (/^(?:mr|mrs|miss|ms)$/.test(title)) this.courtesyTitle.set(person, title);
    return person;
  }

  addRoles(person: PersonRecord, run: NameRun): void {
    const roles = [
      run.rolePrefix,
      roleBefore(this.text, this.tokens, run),
      appositionAfter(this.text, this.tokens, run),
      appositionBefore(this.text, this.tokens, run),
    ];
    for (const found of roles) {
      // "the 45-year-old teacher": an age is not a role.
      const role = found?.replace(/^(?:\d+\s*)?-?\s*years?-old\s+/i, '');
      if (!role || person.roles.includes(role)) continue;
      // A bare abbreviated title ("Cllr", "Det. Sgt.") gives way to a described role when one comes along.
      const bare = person.roles.length === 1 && /^([A-Z][a-z]{0,4}\.?\s?)+$/.test(person.roles[0] as string);
      if (bare) person.roles.unshift(role);
      else person.roles.push(role);
      if (person.gender === 'unknown') person.gender = genderOfWords(role.split(/\s+/));
    }
  }

  group(kind: GroupRecord['kind'], name: string, run: NameRun): GroupRecord {
    let group = this.groups.find((g) => g.kind === kind && g.name === name);
    // "Rovers" after "Kingsbridge Rovers": a short form of exactly one body already named.
    const longer = this.groups.filter(
      (g) => g.kind === kind && (g.name.endsWith(` ${name}`) || g.name.startsWith(`${name} `)),
    );
    if (!group && longer.length === 1) group = longer[0];
    if (!group) {
      group = { kind, id: this.nextId++, name, words: name.split(/\s+/), mentions: [] };
      this.groups.push(group);
    }
    this.mention(run, group);
    return group;
  }

  /** A known person this single word or honorific + surname refers to. */
  findPerson(run: NameRun): PersonRecord | undefined {
    const word = run.core[run.core.length - 1] ?? '';
    const honorificGender = run.honorific ? HONORIFICS.get(titleKey(run.honorific)) : undefined;
    const key = run.honorific ? titleKey(run.honorific) : undefined;
    const compatible = (p: PersonRecord) => {
      // "Miss Bennet" and "Mrs. Bennet" are two people: courtesy titles of a known kind must agree.
      // ("Lydia Bennet", met as "Miss Lydia Bennet", is a Miss too.)
      const theirs = /^(Mr|Mrs|Miss|Ms)\.?\s/.exec(p.name)?.[1]?.toLowerCase() ?? this.courtesyTitle.get(p);
      if (
        key &&
        theirs &&
        key !== theirs &&
        key !== 'ms' &&
        theirs !== 'ms' &&
        ['mr', 'mrs', 'miss'].includes(key)
      )
        return false;
      return (
        !honorificGender ||
        honorificGender === 'unknown' ||
        p.gender === 'unknown' ||
        p.gender === honorificGender
      );
    };
    const joined = run.core.join(' ');
    const exact = this.people.filter(
      (p) => p.core.length === run.core.length && p.core.join(' ') === joined && compatible(p),
    );
    // A bare surname shared by "Miss X" and "Mr. X" (or plain "X") means the one without Miss/Mrs/Ms.
    const plain = run.honorific ? [] : exact.filter((p) => !/^(Miss|Mrs|Ms)\b/.test(p.name));
    if (plain.length > 0) return plain[plain.length - 1];
    // A bare surname is not "Miss X": she is called by her title, the bare name is a brother or father.
    const untitledMention = !run.honorific && run.core.length === 1;
    const usable = untitledMention ? exact.filter((p) => !/^Miss\b/.test(p.name)) : exact;
    if (usable.length > 0) return usable[usable.length - 1];
    if (run.core.length === 1) {
      // "Kwabena Mensah-Ford," said his mother ... "Mrs. Mensah-Ford": a name only ever said aloud, of a
      // sex the narration never showed, is not enough to make a titled namesake the same person.
      const onlyHeard = (p: PersonRecord) =>
        !!run.honorific && p.gender === 'unknown' && p.mentions.every((m) => m.inQuote);
      const bySurname = this.people.filter(
        (p) =>
          p.core.length > 1 && sameFamilyName(familyNameOf(p.core), word) && compatible(p) && !onlyHeard(p),
      );
      // "Mr. Thornbury" beside Josiah and Edmund Thornbury: which of them is settled once every name is
      // known (mergeTitledForms), not by who was named last.
      if (bySurname.length > 1 && run.honorific) return undefined;
      if (bySurname.length > 0) return bySurname[bySurname.length - 1];
      // "Ortega" for "María del Carmen Ortega Ruiz": a Spanish name's first family name is its usual short form.
      const byFirstSurname = this.people.filter(
        (p) =>
          p.core.length >= 3 &&
          p.core[p.core.length - 2] === word &&
          !FIRST_NAMES.has(word.toLowerCase()) &&
          !FIRST_NAMES.has((p.core[p.core.length - 1] as string).toLowerCase()) &&
          compatible(p),
      );
      if (byFirstSurname.length === 1) return byFirstSurname[0];
      if (!run.honorific) {
        const byFirst = this.people.filter((p) => p.core.length > 1 && p.core[0] === word);
        if (byFirst.length === 1) return byFirst[0];
      }
    }
    // "José Luis" for "José Luis de la Torre": the given names alone, when one person has them.
    if (run.core.length >= 2 && !run.honorific && FIRST_NAMES.has((run.core[0] as string).toLowerCase())) {
      const byGiven = this.people.filter(
        (p) => p.core.length > run.core.length && run.core.every((w, k) => p.core[k] === w),
      );
      if (byGiven.length === 1) return byGiven[0];
    }
    return undefined;
  }

  findGroup(run: NameRun): GroupRecord | undefined {
    const joined = run.core.join(' ');
    return this.groups.find(
      (g) =>
        g.name === joined ||
        g.name.endsWith(` ${joined}`) ||
        g.words[0] === run.core[0] ||
        g.name.startsWith(`${joined} `),
    );
  }

  isStrongPerson(run: NameRun): boolean {
    if (run.ofPhrase || hasOrganisationWord(run.core) || isPlaceName(run.core)) return false;
    if (run.core.length > MAX_NAME_WORDS) return false;
    if (run.honorific) return true;
    if (run.core.every((w) => /^[A-Z.]+$/.test(w))) return false;
    if (run.core.length >= 2 && FIRST_NAMES.has((run.core[0] ?? '').toLowerCase())) return true;
    if (run.rolePrefix && run.core.length >= 2) return true;
    // "Captain Reyes", "Colonel Fitzwilliam", "Senator Lowe": a rank or office that only a person holds.
    const title = run.rolePrefix?.split(/\s+/).pop();
    if (title && run.core.length === 1 && PERSONAL_RANKS.has(titleKey(title))) return true;
    // "Ollie Brennan, who was nineteen": "who" is said of people only.
    if (run.core.length >= 2 && followedByWho(this.tokens, run)) return true;
    // "Everybody at the club called him Sparrow": the name people call someone by.
    if (
      run.core.length <= 2 &&
      CALLED_BEFORE.test(this.text.slice(Math.max(0, run.runStart - 24), run.runStart))
    )
      return true;
    if (
      run.core.length >= 2 &&
      (roleBefore(this.text, this.tokens, run) ||
        appositionAfter(this.text, this.tokens, run) ||
        appositionBefore(this.text, this.tokens, run))
    )
      return true;
    return false;
  }
}

/** "called him", "calls her", "nicknamed", "named her" right before a name: the name a person goes by. */
const CALLED_BEFORE = /\b(?:call(?:ed|s)?\s+(him|her|me|you)|nicknamed|named\s+(him|her))\s+$/i;

/**
 * "The building's owner, Felgate Storage, said it was cooperating": a name that is no given name and
 * reports its own words with "it" is an organisation.
 */
function speaksOfItself(tokens: Token[], run: NameRun): boolean {
  if (run.honorific || run.core.length < 2 || FIRST_NAMES.has((run.core[0] ?? '').toLowerCase()))
    return false;
  // Only a name in apposition ("The building's owner, Felgate Storage, said it ..."): "said it was" after a
  // plain name is as often a dummy "it" ("Tedros Ghebreyesus said it would take months").
  if (tokens[run.first - 1]?.text !== ',' || tokens[run.last + 1]?.text !== ',') return false;
  let k = run.last + 2;
  while (tokens[k]?.pos === 'ADV') k++;
  if (!/^(?:said|says|say)$/i.test(tokens[k]?.text ?? '') || tokens[k + 1]?.text.toLowerCase() !== 'it')
    return false;
  return /^(?:was|is|would|will|had|has|could|did|does|expected|planned|hoped|regretted)$/i.test(
    tokens[k + 2]?.text ?? '',
  );
}

/** Titles that, before a single capitalised word, make it a person's name ("General" does not: General Motors). */
const PERSONAL_RANKS = new Set(
  `captain capt colonel col lieutenant lt sergeant sgt corporal cpl commander cmdr admiral adm inspector insp
  detective det constable senator sen governor gov mayor judge councillor cllr`.split(/\s+/),
);

/** "Beethoven" or "van Beethoven" for "van Beethoven", "Assad" for "al-Assad": one family name. */
function sameFamilyName(full: string | undefined, word: string): boolean {
  if (!full) return false;
  if (full === word) return true;
  // Only a name with a space or hyphen can carry a particle; this runs for every person on every name.
  return (full.includes(' ') || full.includes('-')) && full.endsWith(word) && withoutParticles(full) === word;
}

function opposite(gender: 'male' | 'female'): Gender {
  return gender === 'male' ? 'female' : 'male';
}

function wholeRunText(text: string, run: NameRun): string {
  return text.slice(run.runStart, run.end);
}

/**
 * People, organisations and places named in the text, from proper-noun runs: titles and roles before a
 * name, appositions, first-name and honorific cues, and later surname or first-name references.
 */
export function findEntities(
  text: string,
  tokens: Token[],
  inQuote: Within,
  runs: NameRun[] = findNameRuns(text, tokens),
): EntityIndex {
  const b = new EntityBuilder(text, tokens, inQuote);
  const assigned = new Map<NameRun, EntityRecord>();
  // Pass 1: full names with strong person cues, and organisations by their words.
  const calledRuns: NameRun[] = [];
  for (const run of runs) {
    if (run.weak) continue;
    // "Everyone on the line called him Kaptan": settled once the names around it are known (below).
    if (
      run.core.length === 1 &&
      CALLED_BEFORE.test(text.slice(Math.max(0, run.runStart - 24), run.runStart))
    ) {
      calledRuns.push(run);
      continue;
    }
    if (speaksOfItself(tokens, run)) {
      assigned.set(run, b.group('organisation', wholeRunText(text, run), run));
      continue;
    }
    if (b.isStrongPerson(run)) {
      const existing = b.findPerson(run);
      const person =
        existing ??
        b.addPerson(
          run,
          run.honorific && run.core.length === 1 ? `${run.honorific} ${run.core[0]}` : run.core.join(' '),
        );
      assigned.set(run, person);
    } else if (
      hasOrganisationWord(run.core) ||
      (run.ofPhrase && hasOrganisationWord(run.words)) ||
      (run.core.length === 1 &&
        !run.honorific &&
        !FIRST_NAMES.has((run.core[0] ?? '').toLowerCase()) &&
        calledABusiness(text.slice(Math.max(0, run.runStart - 40), run.runStart)))
    ) {
      assigned.set(run, b.group('organisation', wholeRunText(text, run), run));
    } else if (
      run.core.length === 1 &&
      /^[A-Z]{2,6}$/.test(run.core[0] ?? '') &&
      !inQuote(run.start) &&
      !isDateline(tokens, run)
    ) {
      assigned.set(run, b.group('organisation', run.core[0] as string, run));
    }
  }
  // Multi-word runs whose last word is later used alone are people ("Greta Sorensen" ... "Sorensen"), as are
  // those whose family name is used with a title ("Siobhán Ní Bhriain" ... "Ms Ní Bhriain") and those whose
  // first word speaks alone (a family name put first: "Nguyễn Thu Hà" ... "Nguyễn said").
  const singles = new Set(runs.filter((r) => r.core.length === 1 && !r.ofPhrase).map((r) => r.core[0]));
  const titledCores = runs.filter((r) => r.honorific && !r.ofPhrase).map((r) => r.core);
  const titledTail = (run: NameRun) =>
    titledCores.some(
      (core) =>
        core.length < run.core.length &&
        core.every((w, k) => run.core[run.core.length - core.length + k] === w),
    );
  const speakingFirst = new Set(
    runs
      .filter((r) => r.core.length === 1 && !r.ofPhrase && speechVerbNear(tokens, r))
      .map((r) => r.core[0] as string)
      .filter((w) => !FIRST_NAMES.has(w.toLowerCase())),
  );
  for (const run of runs) {
    if (
      assigned.has(run) ||
      run.weak ||
      run.ofPhrase ||
      run.core.length < 2 ||
      run.core.length > MAX_NAME_WORDS
    )
      continue;
    if (run.core.every((w) => /^[A-Z.]+$/.test(w)) || run.core.every(isGroupWord)) continue;
    // "Brennick Civil said" after "Brennick Civil Ltd": the company, short of its suffix.
    const joined = run.core.join(' ');
    if (b.groups.some((g) => g.kind === 'organisation' && g.name.startsWith(`${joined} `))) continue;
    const family = run.core[run.core.length - 1] as string;
    if (
      singles.has(family) ||
      singles.has(withoutParticles(family)) ||
      titledTail(run) ||
      speakingFirst.has(run.core[0] as string) ||
      speechVerbNear(tokens, run) ||
      speaksAfterApposition(tokens, run)
    ) {
      assigned.set(run, b.findPerson(run) ?? b.addPerson(run, run.core.join(' ')));
    }
  }
  // "Hasan Demir had his usual place ... Everyone on the line called him Kaptan": the name someone is called
  // by, right after the narration named a person of that sex, is theirs; else a person of its own.
  const named = [...assigned]
    .filter(([other, entity]) => entity.kind === 'person' && !inQuote(other.start))
    .sort((x, y) => x[0].start - y[0].start);
  for (const run of calledRuns) {
    const pronoun = CALLED_BEFORE.exec(text.slice(Math.max(0, run.runStart - 24), run.runStart));
    const word = (pronoun?.[1] ?? pronoun?.[2])?.toLowerCase();
    // The person named last before it (a binary search: a hostile text may call thousands of people names).
    const before = named[lowerBound(named, run.start, ([other]) => other.start) - 1];
    const owner = before?.[1] as PersonRecord | undefined;
    const ownerStart = before?.[0].start ?? -1;
    const sentenceOf = (offset: number) => tokens[tokenIndexAt(tokens, offset)]?.sentence ?? 0;
    const near = owner && sentenceOf(run.start) - sentenceOf(ownerStart) <= 2;
    // "Tom Walsh met the new boy at the gate. Everyone called him Bear.": someone else came in between.
    let described = false;
    for (let t = tokenIndexAt(tokens, ownerStart) + 1; t < run.first && !described; t++) {
      const word = tokens[t]?.text.toLowerCase() ?? '';
      described = PERSON_NOUNS.has(word) && /^(?:DET|ADJ)$/.test(tokens[t - 1]?.pos ?? '');
    }
    const sex = word === 'him' ? 'male' : word === 'her' ? 'female' : undefined;
    if (owner && near && !described && sex && (owner.gender === 'unknown' || owner.gender === sex))
      assigned.set(run, owner);
    else assigned.set(run, b.findPerson(run) ?? b.addPerson(run, run.core.join(' ')));
  }
  // "Wilf Antrobus ... His daughter, Carys, said": a relative named by given name takes the family name.
  for (const kin of kinNamedRuns(tokens, runs, inQuote)) {
    if (assigned.has(kin.run) || b.findPerson(kin.run)) continue;
    const known = assigned.get(kin.possessor) ?? b.findPerson(kin.possessor);
    if (known && (known.kind !== 'person' || known.gender === opposite(kin.possessorGender))) continue;
    const owner = known ?? b.addPerson(kin.possessor, kin.possessor.core.join(' '));
    assigned.set(kin.possessor, owner);
    assigned.set(kin.run, b.addPerson({ ...kin.run, core: kin.core }, kin.core.join(' ')));
  }
  // A lone name that is ever a speaker ("cried Bingley") is a person wherever it appears.
  const speakingNames = new Set(
    runs.filter((r) => r.core.length === 1 && !r.ofPhrase && speechVerbNear(tokens, r)).map((r) => r.core[0]),
  );
  // Pass 2: every run in order; single words resolve to a known person or organisation.
  const unresolved: NameRun[] = [];
  const spoken: NameRun[] = [];
  for (const run of runs) {
    let entity = assigned.get(run);
    if (entity?.kind === 'person') {
      b.mention(run, entity);
      b.addRoles(entity, run);
      continue;
    }
    if (entity) continue;
    const person = b.findPerson(run);
    if (person) {
      b.mention(run, person);
      b.addRoles(person, run);
      continue;
    }
    const group = b.findGroup(run);
    if (group) {
      b.mention(run, group);
      continue;
    }
    // "Odile, who had been photographing the glacier": "who" is said of people only.
    const who = followedByWho(tokens, run);
    const possessive =
      /['’]s$/.test(tokens[run.last]?.text ?? '') || /^['’]s$/.test(tokens[run.last + 1]?.text ?? '');
    if (run.ofPhrase || (run.weak && !who && !FIRST_NAMES.has((run.core[0] ?? '').toLowerCase()))) {
      unresolved.push(run);
      continue;
    }
    if (isDateline(tokens, run)) {
      b.group('place', run.core.join(' '), run);
      continue;
    }
    const single = run.core.length === 1;
    const previous = tokens[run.first - 1]?.text.toLowerCase() ?? '';
    // "the Portuguese said", "Residents said": a people or a group, not somebody's name.
    if (
      single &&
      (run.honorific || !isGroupWord(run.core[0] as string)) &&
      (run.honorific ||
        who ||
        // "grew up in Harlan": a given name after "in" or "near" is a town ("in Anna's room" is not).
        (FIRST_NAMES.has((run.core[0] ?? '').toLowerCase()) &&
          !(TOWN_PREPOSITIONS.has(previous) && !possessive)) ||
        ((speechVerbNear(tokens, run) || speakingNames.has(run.core[0])) &&
          !PLACE_PREPOSITIONS.has(previous)))
    ) {
      entity = b.addPerson(run, run.honorific ? `${run.honorific} ${run.core[0]}` : (run.core[0] as string));
      b.mention(run, entity);
      b.addRoles(entity, run);
      continue;
    }
    const dateline =
      /^[A-Z][A-Z]+(?: [A-Z]+)*$/.test(run.core.join(' ')) &&
      /^[—–-]$/.test(tokens[run.last + 1]?.text ?? '');
    // "in Nan's kitchen": the owner of what follows, not a place.
    if ((PLACE_PREPOSITIONS.has(previous) && !inQuote(run.start) && !possessive) || dateline) {
      b.group('place', run.core.join(' '), run);
    } else if (
      single &&
      inQuote(run.start) &&
      previous === ',' &&
      /^[,.!?]$/.test(tokens[run.last + 1]?.text ?? '')
    )
      spoken.push(run);
  }
  // '"...?" Abara said.' opens a sentence, so it was only a weak cue; the text names Abara as a person
  // further on ("said Abara"): this mention is that person too.
  const later: NameRun[] = [];
  for (const run of unresolved) {
    if (run.ofPhrase) continue;
    const person = b.findPerson(run);
    if (person && run.core.length === 1 && person.core.includes(run.core[0] as string))
      b.mention(run, person);
    else if (run.core.length === 1) later.push(run);
  }
  genderFromNaming(b.people, tokens);
  const people = mergeAddressedMiss(
    mergePetForms(mergeTitledForms(b.people, b.timeline), b.timeline),
    b.timeline,
    text,
  );
  // "Dec knelt on the boards": a short name the text gave elsewhere ('"Ah," Dec agreed') and merged into
  // a full name above is that person where it opens a sentence too.
  for (const run of later) {
    const word = run.core[0] as string;
    const owners = people.filter((p) => p.aliases.has(word) && !p.core.includes(word));
    if (owners.length === 1) b.mention(run, owners[0] as PersonRecord);
  }
  // '"Nobody wants to buy it, Jas," Maren said': a short form said to someone's face is that person's,
  // when it begins exactly one person's given name.
  for (const run of spoken) {
    const clip = (run.core[0] as string).toLowerCase();
    if (clip.length < 3) continue;
    const owners = people.filter((p) => {
      const given = (p.core[0] ?? '').toLowerCase();
      return p.core.length > 0 && given.length >= clip.length + 2 && given.startsWith(clip);
    });
    if (owners.length === 1) b.mention(run, owners[0] as PersonRecord);
  }
  if (later.length + spoken.length > 0) for (const p of people) p.mentions.sort((x, y) => x.start - y.start);
  inferGenderFromPronouns(people, tokens, inQuote);
  b.timeline.sort((x, y) => x.mention.start - y.mention.start);
  return {
    people,
    organisations: b.groups.filter((g) => g.kind === 'organisation'),
    places: b.groups.filter((g) => g.kind === 'place'),
    timeline: b.timeline,
  };
}

/** Could `owner` be the one `pet` ("Lizzy") stands for, given the full names the pet form may shorten? */
function mayOwnPetForm(owner: PersonRecord, pet: PersonRecord, full: string[]): boolean {
  return (
    owner !== pet &&
    full.includes((owner.core[0] ?? '').toLowerCase()) &&
    // "Kitty" is not "Lady Catherine": nobody calls a titled lady or lord by a pet name in narration.
    !NOBLE_TITLE.test(owner.name) &&
    (owner.gender === pet.gender || pet.gender === 'unknown' || owner.gender === 'unknown')
  );
}

/**
 * "Lizzy" and "Elizabeth" in one text are one person: a person known only by a pet form joins the one
 * whose given name it stands for, when exactly one such person exists.
 */
function mergePetForms(people: PersonRecord[], timeline: EntityIndex['timeline']): PersonRecord[] {
  const merged = new Set<PersonRecord>();
  for (const pet of people) {
    // "Lizzy", "Miss Eliza": a pet form alone or with Miss/Ms (not Mr/Mrs: those name a family).
    if (pet.core.length !== 1 || /^(Mr|Mrs|Dr|Sir|Lady|Lord)\b/.test(pet.name)) continue;
    const full = fullNamesOf(pet.core[0] as string);
    if (full.length === 0) continue;
    const owners = people.filter((p) => !merged.has(p) && mayOwnPetForm(p, pet, full));
    if (owners.length !== 1) continue;
    const owner = owners[0] as PersonRecord;
    for (const m of pet.mentions) owner.mentions.push(m);
    for (const a of pet.aliases) owner.aliases.add(a);
    for (const r of pet.roles) if (!owner.roles.includes(r)) owner.roles.push(r);
    for (const t of timeline) if (t.entity === pet) t.entity = owner;
    merged.add(pet);
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people.filter((p) => !merged.has(p));
}

/**
 * '"..., you must remember, Miss Bennet, that ..."' in a text whose only woman known by a given name alone
 * is Elizabeth: a "Miss X" only ever said aloud, of a family nobody else in the text bears, is how the
 * others address her. With two such women, or a "Miss X" the narration names, nothing is merged.
 */
function mergeAddressedMiss(
  people: PersonRecord[],
  timeline: EntityIndex['timeline'],
  text: string,
): PersonRecord[] {
  // Said to her face: between a comma (or the quote's start) and a stop.
  const addressed = (m: EntityMention) =>
    /(?:,|["“‘'])\s*(?:Miss\s+)?$/.test(text.slice(Math.max(0, m.start - 9), m.start)) &&
    /^\s*[,.!?;]/.test(text.slice(m.end, m.end + 2));
  const misses = people.filter(
    (p) =>
      /^Miss\s/.test(p.name) &&
      p.core.length === 1 &&
      !FIRST_NAMES.has((p.core[0] as string).toLowerCase()) &&
      p.mentions.length > 0 &&
      p.mentions.every((m) => m.inQuote && addressed(m)),
  );
  if (misses.length !== 1) return people;
  const miss = misses[0] as PersonRecord;
  const family = miss.core[0] as string;
  if (people.some((p) => p !== miss && p.core.includes(family))) return people;
  const givenOnly = people.filter(
    (p) =>
      p !== miss &&
      p.core.length === 1 &&
      !courtesy(p) &&
      !NOBLE_TITLE.test(p.name) &&
      p.gender !== 'male' &&
      FIRST_NAMES.has((p.core[0] as string).toLowerCase()),
  );
  if (givenOnly.length !== 1) return people;
  const owner = givenOnly[0] as PersonRecord;
  // Where the others call her by her given name to her face ("Good morning, Lucy"), "Miss X" is someone
  // else (her teacher); the formal "Miss Bennet" is how the others address a woman they never call
  // "Elizabeth".
  if (owner.mentions.some((m) => m.inQuote && addressed(m))) return people;
  // 'Lucy put up her hand. "Please, Miss Hartley, ..."': where the narration of the same paragraph or the
  // one before names her, she is more likely the one speaking to Miss X.
  const paragraphs = splitParagraphs(text);
  const narrated = owner.mentions
    .filter((o) => !o.inQuote)
    .map((o) => o.start)
    .sort((a, b) => a - b);
  const nearHer = miss.mentions.some((m) => {
    const own = lowerBound(paragraphs, m.start, (p) => p.start) - 1;
    const from = paragraphs[Math.max(0, own - 1)]?.start ?? 0;
    const to = paragraphs[own]?.end ?? text.length;
    const first = lowerBound(narrated, from, (at) => at);
    return first < narrated.length && (narrated[first] as number) < to;
  });
  if (nearHer) return people;
  absorb(owner, miss);
  for (const t of timeline) if (t.entity === miss) t.entity = owner;
  owner.mentions.sort((a, b) => a.start - b.start);
  return people.filter((p) => p !== miss);
}

/** The first index whose key is at or after `value`, in a list sorted by that key. */
function lowerBound<T>(list: readonly T[], value: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(list[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Moves every mention, alias and role of `from` to `into` (one person under two names). */
function absorb(into: PersonRecord, from: PersonRecord): void {
  for (const m of from.mentions) into.mentions.push(m);
  for (const a of from.aliases) into.aliases.add(a);
  into.aliases.add(from.name);
  for (const r of from.roles) if (!into.roles.includes(r)) into.roles.push(r);
  if (into.gender === 'unknown') into.gender = from.gender;
}

const courtesy = (p: PersonRecord) => /^(Miss|Ms|Mrs|Mr)\.?\s/.exec(p.name)?.[1];
// "Her daughter, Maria Reyes": a relative of someone, not the same person as "Ms. Reyes".
const FAMILY_ROLE =
  /\b(daughter|son|wife|husband|mother|father|sister|brother|niece|nephew|aunt|uncle|cousin|grand\w+|in-law|widow|widower)\b/i;

function titleInAliases(p: PersonRecord): string | undefined {
  const core = p.core.join(' ');
  for (const alias of p.aliases) {
    const m = /^(Miss|Ms|Mrs|Mr)\.?\s+(.+)$/.exec(alias);
    if (m && m[2] === core) return m[1];
  }
  return undefined;
}

function indexBy(people: PersonRecord[], key: (p: PersonRecord) => string | undefined) {
  const index = new Map<string, PersonRecord[]>();
  for (const p of people) {
    const k = key(p);
    if (k === undefined) continue;
    const list = index.get(k) ?? [];
    list.push(p);
    index.set(k, list);
  }
  return (k: string) => index.get(k) ?? [];
}

/**
 * Names a text uses for one person in either order, so the earlier one did not link when it was read:
 * "Miss Elizabeth" and "Elizabeth" (Miss with a given name); "Miss Bingley" before "Caroline Bingley", or
 * "Ms. Okafor" before "Ada Okafor" (the only woman of that surname the text names in full, and not
 * introduced as somebody's relative); "Eliza Bennet" and "Elizabeth" (a pet form with the family name,
 * when the family name is in the text beside them). Never when two people could be meant.
 */
function mergeTitledForms(people: PersonRecord[], timeline: EntityIndex['timeline']): PersonRecord[] {
  const into = new Map<PersonRecord, PersonRecord>();
  const byFirst = indexBy(people, (p) => p.core[0]);
  // By family name: the last word, or the first in "Park Seo-yeon".
  const byLast = indexBy(people, (p) => familyNameOf(p.core));
  const live = (list: PersonRecord[]) => list.filter((p) => !into.has(p));
  const mrGiven = new Set(
    people
      .filter(
        (p) =>
          courtesy(p) === 'Mr' && p.core.length === 1 && FIRST_NAMES.has((p.core[0] as string).toLowerCase()),
      )
      .map((p) => p.core[0] as string),
  );
  for (const titled of people) {
    // The title is in the name ("Ms Marchetti") or, for a family name of two words, in an alias
    // ("Ní Bhriain", met as "Ms Ní Bhriain").
    const title = courtesy(titled) ?? titleInAliases(titled);
    const word = titled.core[0];
    if (!title || titled.core.length === 0 || !word) continue;
    const male = title === 'Mr';
    // "Miss Elizabeth": a given name after Miss; the one person known by that given name alone.
    // "Mr. Edmund" (a younger son, in period prose): the one man whose full name starts with it, when
    // nobody in the text has it for a family name ("Mr James" may be the father of "Sarah James").
    const givenAfterMr =
      male &&
      titled.core.length === 1 &&
      FIRST_NAMES.has(word.toLowerCase()) &&
      !byLast(word).some((p) => p !== titled && (p.core.length >= 2 || !!courtesy(p)));
    const byGiven =
      title === 'Miss' && titled.core.length === 1 && FIRST_NAMES.has(word.toLowerCase())
        ? live(byFirst(word)).filter(
            (p) => p !== titled && !courtesy(p) && p.core.length === 1 && p.gender !== 'male',
          )
        : givenAfterMr
          ? live(byFirst(word)).filter(
              (p) => p !== titled && !courtesy(p) && p.core.length >= 2 && p.gender !== 'female',
            )
          : [];
    // "Ms Marchetti" (read before "Leonie Marchetti", whose name alone is a weaker cue), "Ms Ní Bhriain",
    // "Mr Ferreira": a family name after a courtesy title; the one person of that sex, or of unshown sex,
    // named in full with it, not introduced as somebody's relative. "Mrs X" may be the mother of "Jane X"
    // and "Mr X" the father: they join only if nobody else bears X.
    const familyName = titled.core;
    const endsWithFamily = (p: PersonRecord) =>
      p.core.length > familyName.length &&
      (familyName.every((w, k) => p.core[p.core.length - familyName.length + k] === w) ||
        (familyName.length === 1 && familyNameOf(p.core) === familyName[0]));
    const family = live(byLast(familyName[familyName.length - 1] as string)).filter(
      (p) => p !== titled && endsWithFamily(p),
    );
    const opposite = male ? 'female' : 'male';
    // A son the text calls "Mr. Edmund" is not "Mr. Thornbury": that is his father.
    const byFamily = family.filter(
      (p) =>
        !courtesy(p) &&
        p.gender !== opposite &&
        !p.roles.some((r) => FAMILY_ROLE.test(r)) &&
        !(male && mrGiven.has(p.core[0] as string)),
    );
    const candidates = byGiven.length > 0 ? byGiven : byFamily;
    if (candidates.length !== 1) continue;
    const owner = candidates[0] as PersonRecord;
    // "Miss Lydia Bennet" is unmarried: "Mrs. Bennet" is someone else (her mother), and the other way round.
    const otherTitle = title === 'Mrs' ? 'Miss' : title === 'Miss' ? 'Mrs' : undefined;
    if (otherTitle && [...owner.aliases].some((a) => new RegExp(`^${otherTitle}\\.?\\s`).test(a))) continue;
    if (candidates === byFamily) {
      const others = live(byLast(familyName[familyName.length - 1] as string)).filter(
        (p) => p !== titled && p !== owner && !(male && mrGiven.has(p.core[0] as string)),
      );
      if ((title === 'Mrs' || male) && others.length > 0) continue;
      if (owner.gender === 'unknown' && others.some((p) => p.gender === opposite)) continue;
      // A name only ever said aloud, of a sex the narration never showed, may be anyone of the family.
      if (owner.gender === 'unknown' && owner.mentions.every((m) => m.inQuote)) continue;
    }
    absorb(owner, titled);
    into.set(titled, owner);
  }
  for (const short of people) {
    // "Nguyễn said" before "Nguyễn Thu Hà" is known, "Ferreira" before "Callum Ferreira": one word that is
    // the family name (last word, or the first of a name that puts it first) of exactly one person.
    const word = short.core[0];
    if (into.has(short) || short.core.length !== 1 || courtesy(short) || !word) continue;
    if (FIRST_NAMES.has(word.toLowerCase())) continue;
    const owners = live(people).filter(
      (p) =>
        p !== short &&
        !courtesy(p) &&
        p.core.length >= 2 &&
        (sameFamilyName(p.core[p.core.length - 1], word) || p.core[0] === word),
    );
    if (owners.length !== 1) continue;
    const owner = owners[0] as PersonRecord;
    if (owner.gender !== 'unknown' && short.gender !== 'unknown' && owner.gender !== short.gender) continue;
    absorb(owner, short);
    into.set(short, owner);
  }
  for (const pet of people) {
    // "Eliza Bennet" beside "Elizabeth" (or "Elizabeth Bennet"): a pet form with the family name.
    if (into.has(pet) || pet.core.length !== 2 || courtesy(pet)) continue;
    const family = pet.core[1] as string;
    const full = fullNamesOf(pet.core[0] as string);
    if (full.length === 0) continue;
    const owners = people.filter(
      (p) =>
        !into.has(p) &&
        !courtesy(p) &&
        mayOwnPetForm(p, pet, full) &&
        (p.core.length === 1 || p.core[p.core.length - 1] === family),
    );
    if (owners.length !== 1) continue;
    const owner = owners[0] as PersonRecord;
    // A given name alone ("William") is the pet form's owner only when the family is in the text
    // ("Bill Gates" and "Prince William" are not one person).
    const familyHere = live(byLast(family)).some((p) => p !== pet && p !== owner);
    if (owner.core.length === 1 && !familyHere) continue;
    absorb(owner, pet);
    into.set(pet, owner);
  }
  for (const short of people) {
    // "Rafa" and "Rafael Moreno", "Etta" and "Henrietta", "Uncle Hiro" and "Hiroshi": a clipped given
    // name, when exactly one person's given name it can be cut from.
    const clip = short.core[0];
    if (into.has(short) || short.core.length !== 1 || courtesy(short) || !clip || clip.length < 3) continue;
    const lower = clip.toLowerCase();
    const owners = people.filter((p) => {
      const given = (p.core[0] ?? '').toLowerCase();
      if (p === short || into.has(p) || courtesy(p) || given.length <= lower.length) return false;
      if (!(given.startsWith(lower) || (lower.length >= 4 && given.endsWith(lower)))) return false;
      return p.gender === short.gender || p.gender === 'unknown' || short.gender === 'unknown';
    });
    if (owners.length !== 1) continue;
    const owner = owners[0] as PersonRecord;
    absorb(owner, short);
    into.set(short, owner);
  }
  if (into.size === 0) return people;
  for (const t of timeline) {
    const owner = t.entity.kind === 'person' ? into.get(t.entity) : undefined;
    if (owner) t.entity = owner;
  }
  for (const p of people) p.mentions.sort((a, b) => a.start - b.start);
  return people.filter((p) => !into.has(p));
}

/**
 * "Only two people still called him Kwabena", "they named her Abena": the pronoun a name is given to
 * says the person's sex before any title ("Mrs. Mensah-Ford") is matched against it.
 */
function genderFromNaming(people: PersonRecord[], tokens: Token[]): void {
  for (const person of people) {
    if (person.gender !== 'unknown') continue;
    for (const mention of person.mentions) {
      const i = tokenIndexAt(tokens, mention.start);
      const pronoun = tokens[i - 1]?.text.toLowerCase() ?? '';
      if (!/^(?:call|calls|called|calling|name|names|named|naming)$/i.test(tokens[i - 2]?.text ?? ''))
        continue;
      if (pronoun === 'him' || pronoun === 'her') {
        person.gender = pronoun === 'him' ? 'male' : 'female';
        break;
      }
    }
  }
}

/**
 * A person of unknown gender takes the gender the he/she right after their mentions shows: for each of
 * their first mentions outside quotes, the first he/she in the same or the next sentence, before another
 * given name intervenes; the majority wins (a lone "Henrietta said. He ..." does not flip a woman).
 */
function inferGenderFromPronouns(people: PersonRecord[], tokens: Token[], inQuote: Within): void {
  // Where any person is named: a pronoun after someone else's name is no evidence about this one.
  const named = new Set(people.flatMap((p) => p.mentions.map((m) => m.start)));
  for (const person of people) {
    if (person.gender !== 'unknown') continue;
    const votes = { male: 0, female: 0 };
    for (const mention of person.mentions.filter((m) => !m.inQuote).slice(0, GENDER_VOTES)) {
      let index = tokenIndexAt(tokens, mention.end);
      // "neither Eze nor Souza ... she": a name in a pair says nothing by itself.
      const before = tokens[tokenIndexAt(tokens, mention.start) - 1]?.text.toLowerCase() ?? '';
      if (COORDINATORS.has(before) || COORDINATORS.has(tokens[index]?.text.toLowerCase() ?? '')) continue;
      // The subject of the next sentence speaks for the name first ("Aroha Ngata answered an advertisement
      // he placed. She had ..."): a pronoun inside the name's own sentence may be someone else.
      const next = tokens.findIndex((t, k) => k >= index && t.sentence === mention.sentence + 1);
      const opener = next >= 0 ? tokens[next] : undefined;
      const openerGender =
        opener && !inQuote(opener.start) ? PRONOUN_GENDER[opener.text.toLowerCase()] : undefined;
      if (openerGender === 'male' || openerGender === 'female') {
        votes[openerGender]++;
        continue;
      }
      for (; index < tokens.length; index++) {
        const t = tokens[index] as Token;
        if (t.sentence > mention.sentence + 1) break;
        if (named.has(t.start)) break;
        if (t.pos === 'PROPN' && /^[A-Z]/.test(t.text) && FIRST_NAMES.has(t.text.toLowerCase())) break;
        const g = PRONOUN_GENDER[t.text.toLowerCase()];
        // "Kettering, who has represented her since 2004": the object of a verb or preposition is most often
        // someone else; a subject or a possessor ("her career") speaks for the name.
        const object =
          /^(?:him|her)$/i.test(t.text) &&
          /^(?:VERB|ADP)$/.test(tokens[index - 1]?.pos ?? '') &&
          !/^(?:NOUN|ADJ)$/.test(tokens[index + 1]?.pos ?? '');
        if (g && object) continue;
        if (g && !inQuote(t.start)) {
          if (g === 'male' || g === 'female') votes[g]++;
          break;
        }
      }
    }
    if (votes.male > votes.female) person.gender = 'male';
    else if (votes.female > votes.male) person.gender = 'female';
  }
}

const GENDER_VOTES = 12;
const NOBLE_TITLE =
  /^(?:Lady|Lord|Sir|Dame|Duke|Duchess|Earl|Countess|Baron|Baroness|Prince|Princess|King|Queen)\s/;
const COORDINATORS = new Set(['and', 'or', 'nor', '&']);
