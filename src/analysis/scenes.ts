import type { Attributed } from './attribution.js';
import { addressees, mentionsInside, speechIn } from './dialogue.js';
import {
  type EntityIndex,
  type EntityRecord,
  firstMentionFrom,
  type PersonRecord,
  speakerName,
} from './entities.js';
import { GENDERED_ROLES } from './lexicon/honorifics.js';
import { SPEECH_VERBS } from './lexicon/speech-verbs.js';
import type { Token } from './nlp.js';
import { phraseAt, type RunIndex } from './noun-phrase.js';
import type { SpeakerResolver } from './speaker-resolution.js';
import { tokenIndexAt } from './speech-tags.js';
import type { Gender, Paragraph } from './types.js';

/**
 * Dialogue read as a whole. Rules that look at one line at a time go wrong in long exchanges: one bad
 * "he replied" and every untagged line after it flips. Here each scene (a run of quote paragraphs with
 * little narration between them) is decoded at once, Viterbi over who speaks each turn, so that the tags
 * the text gives, the names a line addresses, the narration around a line and the habit of dialogue to
 * alternate between two people are weighed together. Lines with a named tag stay as they are.
 */

interface Turn {
  paragraph: number;
  quotes: Attributed[];
  /** Tagged by name or role: the speaker is known (null: known to be nobody we can name). */
  fixed?: EntityRecord | null;
  /** "he said", "said her mother": whoever it is, this gender. */
  gender?: Gender;
  /** A speaker the tag itself points to (a narration antecedent, a family member): preferred, not forced. */
  hint?: EntityRecord;
  continued: boolean;
  addressed: Set<EntityRecord>;
  /** People the line talks about by name: rarely its speaker. */
  talkedAbout: Set<EntityRecord>;
  /** People the paragraph's narration refers to (before the first quote, and after). */
  narratedBefore: Set<EntityRecord>;
  narratedAfter: Set<EntityRecord>;
  question: boolean;
  /** Narration characters between the previous turn's last quote and this turn's first. */
  gapChars: number;
  /** People a tag names in this turn's scene. */
  sceneSpeakers?: ReadonlySet<EntityRecord>;
  /** A bare reply: it follows the previous line with nothing but its tag in between. */
  bare: boolean;
}

export interface SceneContext {
  text: string;
  tokens: Token[];
  runs: RunIndex;
  inQuote: (offset: number) => boolean;
  paragraphs: Paragraph[];
  entities: EntityIndex;
  resolver: SpeakerResolver;
}

/** Narration longer than this between two lines ends a scene. */
const SCENE_BREAK_CHARS = 1500;
const MAX_CANDIDATES = 8;
const LONG_SCENE_TURNS = 40;
const MAX_SCENE_SPEAKERS = 16;
/** Longer than a tag ('," Ashworth replied, shaking his head.'): narration stands between the two lines. */
const BARE_TAG_CHARS = 80;
const NEVER = -1e9;

/**
 * Weights of the decoder's evidence, in log-odds-like units, set by hand from how telling each cue is.
 * eval/tune-scenes.ts can search them on one half of the development windows while reporting the other
 * half; on 30 windows the search overfits (the unseen half gets worse), so these stay hand-set. The tuner
 * changes this object in place; nothing else does.
 */
export const SCENE_WEIGHTS = {
  genderUnknown: -1,
  nobody: -4,
  nobodyAsks: 1.5,
  addressed: -8,
  hint: 2.5,
  narratedBefore: 1.5,
  narratedAfter: 1,
  talkedAbout: -1.5,
  speaksElsewhere: 1,
  inScene: 1,
  prominence: 1.5,
  sameAgainAdjacent: -4,
  sameAgainAcrossNarration: -1,
  afterQuestion: -1,
  alternate: 1.5,
  alternateAcrossNarration: 0.75,
  answersAddress: 2,
  addressesLast: 1.5,
  newcomer: -1,
};
export type SceneWeights = typeof SCENE_WEIGHTS;
const W = SCENE_WEIGHTS;

const PRONOUN_GENDER: Record<string, Gender> = { he: 'male', she: 'female' };

function tagGender(r: Attributed): Gender | undefined {
  const phrase = r.phrase;
  if (!phrase) return undefined;
  if (phrase.kind === 'pronoun') return PRONOUN_GENDER[phrase.word];
  if (phrase.kind === 'description' && /^(his|her|their)$/i.test(phrase.words[0] ?? ''))
    return GENDERED_ROLES.get(phrase.head);
  // "the girl said", "the old man replied": a description no role or name matched was only a guess.
  if (phrase.kind === 'description' && r.quote.confidence <= GUESSED && GENDERED_ROLES.has(phrase.head))
    return GENDERED_ROLES.get(phrase.head);
  return undefined;
}

/** The confidence the resolver gives a description it could only guess at. */
const GUESSED = 0.5;

// Between a tag's speaker and the person spoken to: '" said she to Charlotte', '" Grady told Ashworth'.
const TO_LISTENER =
  /^\s*(?:\p{L}+\s+){0,2}?(?:to|at)\s+$|^\s*(?:told|asked|assured|answered|reminded|warned|urged)\s+$/u;

/** The person a tag says the line was spoken to. */
function tagListener(r: Attributed, ctx: SceneContext): EntityRecord | null {
  const phrase = r.phrase;
  if (!phrase) return null;
  const timeline = ctx.entities.timeline;
  for (let k = firstMentionFrom(timeline, phrase.end); k < timeline.length; k++) {
    const { mention, entity } = timeline[k] as EntityIndex['timeline'][number];
    if (mention.start > phrase.end + 40) break;
    if (mention.inQuote || entity.kind !== 'person') continue;
    return TO_LISTENER.test(ctx.text.slice(phrase.end, mention.start)) ? entity : null;
  }
  return null;
}

const NEGATIONS = new Set(['not', "n't", 'never', 'nor']);
// A reported utterance goes on into its content: "assured her that", "asked whether", "told the court that".
const CONTENT = /^\s*(?:[\p{L}’'-]+\s+){0,3}?(?:that|whether|if|how|what|why|when|where)\b/u;

/**
 * A narration paragraph between two lines that reports what someone said ("Elizabeth could hardly help
 * smiling, as she assured her that ...") is that person's turn: the next line is somebody else's. The
 * speaker is the person nearest before the speech verb in its sentence; the verb must go on into the
 * content of what was said ("He argued anyway." only introduces the next line) and not be negated.
 */
function reportedSpeaker(bounds: Paragraph, ctx: SceneContext): EntityRecord | null {
  const { tokens, resolver, text } = ctx;
  let found: EntityRecord | null = null;
  for (let i = tokenIndexAt(tokens, bounds.start); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.start >= bounds.end) break;
    if (token.pos !== 'VERB' || !SPEECH_VERBS.has(token.text.toLowerCase())) continue;
    if ([tokens[i - 1], tokens[i - 2]].some((t) => NEGATIONS.has(t?.text.toLowerCase() ?? ''))) continue;
    if (!CONTENT.test(text.slice(token.end, Math.min(bounds.end, token.end + 40)))) continue;
    let first = i;
    while (first > 0 && tokens[first - 1]?.sentence === token.sentence) first--;
    const from = Math.max(bounds.start, tokens[first]?.start ?? bounds.start);
    const people = resolver.referencesIn(from, token.start).filter((c) => c.entity.kind === 'person');
    found = people[people.length - 1]?.entity ?? found;
  }
  return found;
}

const KIN = new Set(
  'mother father wife husband sister brother aunt uncle son daughter niece nephew cousin grandmother grandfather'.split(
    ' ',
  ),
);

/**
 * Relatives the narration mentions between two offsets ("she was met by her father"): the family member
 * when the family name says who, else an unnamed stand-in, so that the person can take turns in the
 * scene. Not when a name follows at once ("his wife, Mary Hale," names her).
 */
function relativesMentioned(
  from: number,
  to: number,
  ctx: SceneContext,
): Array<{ start: number; entity: PersonRecord }> {
  const { tokens, text } = ctx;
  const found: Array<{ start: number; entity: PersonRecord }> = [];
  for (let i = tokenIndexAt(tokens, from); i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (token.start >= to) break;
    const word = token.text.toLowerCase();
    if ((word !== 'his' && word !== 'her') || ctx.inQuote(token.start)) continue;
    const phrase = phraseAt(tokens, ctx.runs, i);
    if (phrase?.kind !== 'description' || phrase.words.length > 3 || !KIN.has(phrase.head)) continue;
    if (/^,?\s+(?:\p{Lu}\p{Ll}+|Mr|Mrs|Ms|Miss|Dr)\b/u.test(text.slice(phrase.end, phrase.end + 20)))
      continue;
    const entity = ctx.resolver.relativeMentioned(phrase, token.sentence);
    if (entity) found.push({ start: phrase.start, entity });
  }
  return found;
}

/** Where the narration last refers to `entity` between the offsets, or -1. */
function lastReference(resolver: SpeakerResolver, entity: EntityRecord, from: number, to: number): number {
  const refs = resolver.referencesIn(from, to).filter((c) => c.entity === entity);
  return refs[refs.length - 1]?.start ?? -1;
}

function reportedTurn(paragraph: number, speaker: EntityRecord): Turn {
  return {
    paragraph,
    quotes: [],
    fixed: speaker,
    continued: false,
    addressed: new Set(),
    talkedAbout: new Set(),
    narratedBefore: new Set(),
    narratedAfter: new Set(),
    question: false,
    gapChars: 0,
    bare: false,
  };
}

function buildTurns(results: Attributed[], ctx: SceneContext): Turn[] {
  const { entities, resolver, paragraphs } = ctx;
  const turns: Turn[] = [];
  const quoteParagraphs = [...new Set(results.map((r) => r.span.paragraph))].sort((a, b) => a - b);
  let previousEnd = 0;
  let previousParagraph = -100;
  for (const p of quoteParagraphs) {
    const quotes = speechIn(results, p);
    if (quotes.length === 0) continue;
    const bounds = paragraphs[p] as Paragraph;
    if (p - previousParagraph > 1 && previousParagraph >= 0) {
      for (let q = previousParagraph + 1; q < p; q++) {
        const reported = reportedSpeaker(paragraphs[q] as Paragraph, ctx);
        if (reported) turns.push(reportedTurn(q, reported));
      }
    }
    const first = quotes[0] as Attributed;
    const last = quotes[quotes.length - 1] as Attributed;
    const turn: Turn = {
      paragraph: p,
      quotes,
      continued: first.span.continued,
      addressed: new Set(quotes.flatMap((r) => [...addressees(r.quote, entities)])),
      talkedAbout: new Set(),
      narratedBefore: new Set(),
      narratedAfter: new Set(),
      question: /\?\s*$/.test(last.quote.text),
      gapChars: Math.max(0, first.span.open - previousEnd),
      bare:
        p - previousParagraph === 1 &&
        !/\S/.test(ctx.text.slice(bounds.start, first.span.open)) &&
        first.span.open - previousEnd < BARE_TAG_CHARS,
    };
    for (const r of quotes) {
      const listener = tagListener(r, ctx);
      if (listener) turn.addressed.add(listener);
    }
    for (const r of quotes)
      for (const e of mentionsInside(entities, r.quote)) if (!turn.addressed.has(e)) turn.talkedAbout.add(e);
    for (const e of resolver.referredBetween(bounds.start, first.span.open))
      if (e.kind === 'person') turn.narratedBefore.add(e);
    const kin = relativesMentioned(previousEnd, first.span.open, ctx);
    for (const k of kin) if (k.start >= bounds.start) turn.narratedBefore.add(k.entity);
    for (const e of resolver.referredBetween((last.span.close ?? last.span.end) + 1, bounds.end))
      if (e.kind === 'person') turn.narratedAfter.add(e);
    // Quotes with a tag of their own ('"Go," she said. "Now."': the second only borrows the first's).
    const tagged = quotes.filter((r) => r.tagged && r.phrase);
    const speakers = new Set(tagged.map((r) => r.entity));
    const gendered = tagged.find((r) => tagGender(r) !== undefined);
    const named = tagged.find((r) => tagGender(r) === undefined);
    if (named && speakers.size === 1) turn.fixed = named.entity;
    else if (speakers.size > 1) turn.fixed = tagged[tagged.length - 1]?.entity ?? null;
    else if (gendered) {
      turn.gender = tagGender(gendered);
      const phrase = gendered.phrase;
      if (phrase?.kind === 'pronoun') {
        // The antecedent a he/she finds in the narration since the last line; in a bare exchange there is none.
        const sentence = ctx.tokens[tokenIndexAt(ctx.tokens, phrase.start)]?.sentence ?? 0;
        const person = resolver.salientPerson(
          phrase.start,
          sentence,
          turn.gender ?? 'unknown',
          turn.addressed,
        );
        // Only a person of that known gender: "she" is no evidence for someone whose gender was never shown.
        const named =
          person && person.gender === turn.gender
            ? lastReference(resolver, person, previousEnd, phrase.start)
            : -1;
        if (person && named >= 0) turn.hint = person;
        // "she was met by her father ... 'Lizzy,' said he": a relative the narration mentions after that.
        const relative = kin
          .filter((k) => k.entity.gender === turn.gender && k.start > named && k.start < phrase.start)
          .pop();
        if (relative) turn.hint = relative.entity;
      } else if (gendered.entity?.kind === 'person' && gendered.entity.name) turn.hint = gendered.entity;
    }
    // A named tag decides; a speech 'carried over' into a paragraph another person is tagged in is broken marks.
    if (turn.fixed !== undefined) turn.continued = false;
    turns.push(turn);
    previousEnd = (last.span.close ?? last.span.end) + 1;
    previousParagraph = p;
  }
  return turns;
}

function scenesOf(turns: Turn[]): Turn[][] {
  const scenes: Turn[][] = [];
  let named = new Set<EntityRecord | null>();
  for (const turn of turns) {
    const scene = scenes[scenes.length - 1];
    // A very long scene is decoded in parts, cut where narration stands between two lines when possible:
    // the cost grows with the number of people a scene names (cubed), and a scene that long has moved on.
    // Past the hard limits a part is cut anywhere, even inside a speech running over paragraphs.
    const newSpeaker = turn.fixed !== undefined && !named.has(turn.fixed);
    const mustCut =
      !!scene && (scene.length >= LONG_SCENE_TURNS * 4 || (newSpeaker && named.size >= MAX_SCENE_SPEAKERS));
    const long =
      !!scene && (scene.length >= LONG_SCENE_TURNS * 2 || (scene.length >= LONG_SCENE_TURNS && !turn.bare));
    if (mustCut || (scene && !turn.continued && (turn.gapChars > SCENE_BREAK_CHARS || long))) {
      scenes.push([turn]);
      named = new Set();
    } else if (scene) scene.push(turn);
    else scenes.push([turn]);
    if (turn.fixed !== undefined) named.add(turn.fixed);
  }
  return scenes;
}

/**
 * Who may speak in a scene: everyone its tags name (organisations too), then the people it addresses and
 * the people its narration names, the most present first.
 */
function candidatesOf(scene: Turn[], ctx: SceneContext): EntityRecord[] {
  const fixed = new Set(scene.map((t) => t.fixed).filter((e): e is EntityRecord => !!e));
  const score = new Map<PersonRecord, number>();
  const add = (e: EntityRecord | null | undefined, n: number) => {
    if (e?.kind !== 'person' || fixed.has(e)) return;
    score.set(e, (score.get(e) ?? 0) + n);
  };
  const from = ctx.paragraphs[Math.max(0, (scene[0] as Turn).paragraph - 2)]?.start ?? 0;
  const lastTurn = scene[scene.length - 1] as Turn;
  const to = ctx.paragraphs[lastTurn.paragraph + 1]?.end ?? ctx.text.length;
  for (const t of scene) {
    add(t.hint, 10);
    for (const e of t.addressed) add(e, 5);
  }
  for (const k of relativesMentioned(from, to, ctx)) add(k.entity, 1);
  const timeline = ctx.entities.timeline;
  for (let k = firstMentionFrom(timeline, from); k < timeline.length; k++) {
    const { mention, entity } = timeline[k] as EntityIndex['timeline'][number];
    if (mention.start >= to) break;
    if (!mention.inQuote) add(entity, 1);
  }
  const others = [...score.entries()].sort((a, b) => b[1] - a[1]).map(([person]) => person);
  return [...fixed, ...others].slice(0, Math.max(fixed.size, MAX_CANDIDATES));
}

interface Cast {
  /** People a tag names somewhere in the text: they take part in its conversations. */
  speakers: ReadonlySet<EntityRecord>;
  /** How much of the narration is about each person, 0..1 (the protagonist is 1). */
  prominence: ReadonlyMap<EntityRecord, number>;
  /** Where the text first names each person. */
  firstSeen: ReadonlyMap<EntityRecord, number>;
}

function castOf(turns: Turn[], entities: EntityIndex): Cast {
  const speakers = new Set<EntityRecord>();
  for (const t of turns) {
    if (t.fixed) speakers.add(t.fixed);
    if (t.hint) speakers.add(t.hint);
  }
  const counts = new Map<EntityRecord, number>();
  const firstSeen = new Map<EntityRecord, number>();
  let top = 1;
  for (const p of entities.people) {
    const n = p.mentions.filter((m) => !m.inQuote).length;
    counts.set(p, n);
    top = Math.max(top, n);
    const first = p.mentions[0];
    if (first) firstSeen.set(p, first.start);
  }
  const prominence = new Map([...counts].map(([p, n]) => [p, n / top] as const));
  return { speakers, prominence, firstSeen };
}

function emission(turn: Turn, who: EntityRecord | null, cast: Cast): number {
  if (turn.fixed !== undefined) return who === turn.fixed ? 0 : NEVER;
  // A question from nobody the text names is ordinary: an interviewer, a reporter, a voice in the crowd.
  if (who === null) return W.nobody + (turn.question ? W.nobodyAsks : 0);
  if (who.kind !== 'person') return NEVER;
  let score = 0;
  if (turn.gender && turn.gender !== 'unknown') {
    if (who.gender === 'unknown') score += W.genderUnknown;
    else if (who.gender !== turn.gender) return NEVER;
  }
  if (turn.addressed.has(who)) score += W.addressed;
  if (turn.hint === who) score += W.hint;
  // What the whole text says of a person counts only once the text has introduced them: a judge first
  // named after the questioning does not take the witness's answers.
  const at = turn.quotes[0]?.span.open ?? 0;
  if ((cast.firstSeen.get(who) ?? 0) < at) {
    if (cast.speakers.has(who)) score += W.speaksElsewhere;
    if (turn.sceneSpeakers?.has(who)) score += W.inScene;
    score += W.prominence * (cast.prominence.get(who) ?? 0);
  }
  if (turn.narratedBefore.has(who)) score += W.narratedBefore;
  if (turn.narratedAfter.has(who)) score += W.narratedAfter;
  if (turn.talkedAbout.has(who)) score += W.talkedAbout;
  return score;
}

function transition(
  turn: Turn,
  previous: Turn,
  beforeThat: EntityRecord | null | undefined,
  last: EntityRecord | null,
  who: EntityRecord | null,
): number {
  if (turn.continued) return who === last ? 0 : NEVER;
  // Nobody we can name (an unnamed interviewer, a voice) takes turns like anyone else.
  const adjacent = turn.bare;
  let score = 0;
  if (who === last) {
    score += adjacent ? W.sameAgainAdjacent : W.sameAgainAcrossNarration;
    if (previous.question) score += W.afterQuestion;
  } else if (beforeThat !== undefined && who === beforeThat)
    score += adjacent ? W.alternate : W.alternateAcrossNarration;
  // Someone the scene has not heard from (no tag names them) joining a two-person exchange is rarer.
  else if (beforeThat !== undefined && (who === null || !turn.sceneSpeakers?.has(who))) score += W.newcomer;
  if (who !== null && previous.addressed.has(who) && who !== last) score += W.answersAddress;
  // "You make me laugh, Charlotte": the one addressed most likely spoke the line before.
  if (last !== null && turn.addressed.has(last) && who !== last) score += W.addressesLast;
  return score;
}

/**
 * Second-order Viterbi over one scene; returns the speaker of each turn, or null when no assignment fits
 * every hard constraint (a tag contradicting a speech carried over from the paragraph before: broken marks).
 */
function decodeScene(scene: Turn[], people: EntityRecord[], cast: Cast): Array<EntityRecord | null> | null {
  const states: Array<EntityRecord | null> = [...people, null];
  const n = states.length;
  // best[i][j]: best score with the previous turn spoken by states[i] and this one by states[j].
  // The first turn has no previous speaker: index n stands for "before the scene".
  let best: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(n).fill(NEVER));
  const back: number[][][] = [];
  const first = scene[0] as Turn;
  for (let j = 0; j < n; j++) (best[n] as number[])[j] = emission(first, states[j] ?? null, cast);
  back.push(best.map((row) => row.map(() => -1)));
  for (let t = 1; t < scene.length; t++) {
    const turn = scene[t] as Turn;
    const previous = scene[t - 1] as Turn;
    const next: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(n).fill(NEVER));
    const pointers: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(n).fill(-1));
    for (let j = 0; j < n; j++) {
      const last = states[j] ?? null;
      for (let k = 0; k < n; k++) {
        const who = states[k] ?? null;
        const e = emission(turn, who, cast);
        if (e <= NEVER / 2) continue;
        for (let i = 0; i <= n; i++) {
          const from = (best[i] as number[])[j] as number;
          if (from <= NEVER / 2) continue;
          const beforeThat = i === n ? undefined : (states[i] ?? null);
          const step = transition(turn, previous, beforeThat, last, who);
          if (step <= NEVER / 2) continue;
          const score = from + e + step;
          if (score > ((next[j] as number[])[k] as number)) {
            (next[j] as number[])[k] = score;
            (pointers[j] as number[])[k] = i;
          }
        }
      }
    }
    best = next;
    back.push(pointers);
  }
  let bi = 0;
  let bj = 0;
  let top = Number.NEGATIVE_INFINITY;
  best.forEach((row, i) => {
    row.forEach((score, j) => {
      if (score > top) {
        top = score;
        bi = i;
        bj = j;
      }
    });
  });
  if (top <= NEVER / 2) return null;
  const path: number[] = new Array(scene.length);
  for (let t = scene.length - 1; t >= 0; t--) {
    path[t] = bj;
    const i = (back[t] as number[][])[bi]?.[bj] ?? -1;
    bj = bi;
    bi = i;
  }
  return path.map((j) => states[j] ?? null);
}

/** Re-decides the speakers of a dialogue's untagged and he/she-tagged lines, scene by scene. */
export function decodeDialogue(results: Attributed[], ctx: SceneContext): void {
  const turns = buildTurns(results, ctx);
  const cast = castOf(turns, ctx.entities);
  for (const scene of scenesOf(turns)) {
    if (scene.length < 2) continue;
    const people = candidatesOf(scene, ctx);
    const sceneSpeakers = new Set(
      scene.flatMap((t) => [t.fixed, t.hint]).filter((e): e is EntityRecord => !!e),
    );
    for (const t of scene) t.sceneSpeakers = sceneSpeakers;
    if (people.length === 0) continue;
    const speakers = decodeScene(scene, people, cast);
    // Nothing fits (broken quotation marks): the line-by-line attributions stand.
    if (!speakers) continue;
    scene.forEach((turn, t) => {
      if (turn.fixed !== undefined) return;
      const who = speakers[t] ?? null;
      for (const r of turn.quotes) {
        if (r.entity === who) continue;
        r.entity = who;
        r.quote.speaker = speakerName(who);
        if (!r.tagged) r.quote.speakerMention = null;
        r.quote.confidence = 0.6;
      }
    });
  }
}
