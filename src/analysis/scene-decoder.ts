import type { EntityIndex, EntityRecord } from './entities.js';
import type { Turn } from './scene-turns.js';

/** Second-order Viterbi over the turns of one scene, and the evidence it weighs. */

export const NEVER = -1e9;

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
  interviewerAsks: 2.5,
  selfNamed: 6,
  namedAfterInterview: -3,
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
  bareReplyPrior: 0.25,
  answersSirOrMadam: 2.5,
  resumes: 3,
};
export type SceneWeights = typeof SCENE_WEIGHTS;
const W = SCENE_WEIGHTS;

export interface Cast {
  /** People a tag names somewhere in the text: they take part in its conversations. */
  speakers: ReadonlySet<EntityRecord>;
  /** How much of the narration is about each person, 0..1 (the protagonist is 1). */
  prominence: ReadonlyMap<EntityRecord, number>;
  /** Where the text first names each person. */
  firstSeen: ReadonlyMap<EntityRecord, number>;
}

export function castOf(turns: Turn[], entities: EntityIndex): Cast {
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
  if (who === null)
    return W.nobody + (turn.question ? W.nobodyAsks + (turn.interviewerSeen ? W.interviewerAsks : 0) : 0);
  if (who.kind !== 'person') return NEVER;
  let score = 0;
  if (turn.gender && turn.gender !== 'unknown') {
    if (who.gender === 'unknown') score += W.genderUnknown;
    else if (who.gender !== turn.gender) return NEVER;
  }
  if (turn.addressed.has(who)) score += W.addressed;
  if (turn.hint === who) score += W.hint;
  if (turn.selfNamed === who) score += W.selfNamed;
  // What the whole text says of a person counts only once the text has introduced them: a judge first
  // named after the questioning does not take the witness's answers.
  const at = turn.quotes[0]?.span.open ?? 0;
  const firstSeen = cast.firstSeen.get(who) ?? 0;
  // In an interview (an unnamed voice asks), someone the report names only afterwards is not in it.
  if (turn.interviewerSeen && firstSeen > at && turn.hint !== who) score += W.namedAfterInterview;
  if (firstSeen < at) {
    // In a run of bare replies the pair is already chosen where the run began: the prior for who talks
    // at all must not be counted again at every line, or it outweighs who was spoken to.
    const prior = turn.bare ? W.bareReplyPrior : 1;
    if (cast.speakers.has(who)) score += prior * W.speaksElsewhere;
    if (turn.sceneSpeakers?.has(who)) score += prior * W.inScene;
    score += prior * W.prominence * (cast.prominence.get(who) ?? 0);
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
  if (who === last && turn.resumes) score += W.resumes;
  else if (who === last) {
    score += adjacent ? W.sameAgainAdjacent : W.sameAgainAcrossNarration;
    if (previous.question) score += W.afterQuestion;
  } else if (beforeThat !== undefined && who === beforeThat)
    score += adjacent ? W.alternate : W.alternateAcrossNarration;
  // Someone the scene has not heard from (no tag names them) joining a two-person exchange is rarer.
  else if (beforeThat !== undefined && (who === null || !turn.sceneSpeakers?.has(who))) score += W.newcomer;
  if (who !== null && previous.addressed.has(who) && who !== last) score += W.answersAddress;
  // "..., sir?" is answered by a man, "..., madam" by a woman.
  if (
    who !== null &&
    who !== last &&
    previous.addressedGender &&
    who.kind === 'person' &&
    who.gender !== 'unknown'
  )
    score += who.gender === previous.addressedGender ? W.answersSirOrMadam : -W.answersSirOrMadam;
  // "You make me laugh, Charlotte": the one addressed most likely spoke the line before.
  if (last !== null && turn.addressed.has(last) && who !== last) score += W.addressesLast;
  return score;
}

/**
 * Second-order Viterbi over one scene; returns the speaker of each turn, or null when no assignment fits
 * every hard constraint (a tag contradicting a speech carried over from the paragraph before: broken marks).
 */
export function decodeScene(
  scene: Turn[],
  people: EntityRecord[],
  cast: Cast,
): Array<EntityRecord | null> | null {
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
