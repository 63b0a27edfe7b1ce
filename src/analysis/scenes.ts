import type { Attributed } from './attribution.js';
import {
  type EntityIndex,
  type EntityRecord,
  firstMentionFrom,
  type PersonRecord,
  speakerName,
} from './entities.js';
import { castOf, decodeScene } from './scene-decoder.js';
import { buildTurns, relativesMentioned, type SceneContext, type Turn } from './scene-turns.js';

export { SCENE_WEIGHTS, type SceneWeights } from './scene-decoder.js';
export type { SceneContext } from './scene-turns.js';

/**
 * Dialogue read as a whole. Rules that look at one line at a time go wrong in long exchanges: one bad
 * "he replied" and every untagged line after it flips. Here each scene (a run of quote paragraphs with
 * little narration between them) is decoded at once, Viterbi over who speaks each turn, so that the tags
 * the text gives, the names a line addresses, the narration around a line and the habit of dialogue to
 * alternate between two people are weighed together. Lines with a named tag stay as they are.
 */

/** Narration longer than this between two lines ends a scene. */
const SCENE_BREAK_CHARS = 1500;
const MAX_CANDIDATES = 8;
const LONG_SCENE_TURNS = 40;
const MAX_SCENE_SPEAKERS = 16;

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
    if (
      mustCut ||
      (scene && !turn.continued && (turn.gapChars > SCENE_BREAK_CHARS || turn.timeShift || long))
    ) {
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
    add(t.selfNamed, 10);
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

export function decodeDialogue(results: Attributed[], ctx: SceneContext): void {
  const turns = buildTurns(results, ctx);
  const cast = castOf(turns, ctx.entities);
  for (const scene of scenesOf(turns)) {
    if (scene.length < 2) continue;
    const people = candidatesOf(scene, ctx);
    const sceneSpeakers = new Set(
      scene.flatMap((t) => [t.fixed, t.hint, t.selfNamed]).filter((e): e is EntityRecord => !!e),
    );
    // "In the afternoon, the two elder Miss Bennets were ... by themselves": who a scene's opening
    // narration brings together are in it.
    const opening = scene[0] as Turn;
    if (opening.timeShift) for (const e of opening.narratedBefore) sceneSpeakers.add(e);
    let interviewer = false;
    for (const t of scene) {
      t.sceneSpeakers = sceneSpeakers;
      t.interviewerSeen = interviewer;
      if (t.fixed === null && t.question) interviewer = true;
    }
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
