import type { GoldDoc, GoldQuote } from './gold.js';
import { sameSpeaker, sameSurname } from './speaker-match.js';

/** A predicted quote as the scorer sees it. */
export interface Predicted {
  start: number;
  end: number;
  text: string;
  speaker: string | null;
  kind: string;
  speakerMention?: { text: string } | null;
}

export interface Score {
  goldSpeech: number;
  found: number;
  predictedSpeech: number;
  falsePositives: number;
  neutral: number;
  attributedFull: number;
  attributedSurname: number;
  misses: string[];
}

export function emptyScore(): Score {
  return {
    goldSpeech: 0,
    found: 0,
    predictedSpeech: 0,
    falsePositives: 0,
    neutral: 0,
    attributedFull: 0,
    attributedSurname: 0,
    misses: [],
  };
}

function overlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

const isSpeech = (kind: string) => kind === 'direct' || kind === 'partial';
const short = (s: string) => JSON.stringify(s.length > 60 ? `${s.slice(0, 57)}...` : s);

/** Scores one document exactly as design.md "Evaluations" defines, adding into `score`. */
export function scoreDocument(doc: GoldDoc, predicted: Predicted[], score: Score): void {
  const goldSpeech = doc.quotes.filter((q) => isSpeech(q.kind));
  const goldOther = doc.quotes.filter((q) => !isSpeech(q.kind));
  const speechPredictions = predicted.filter((p) => isSpeech(p.kind));
  for (const g of goldSpeech) {
    score.goldSpeech++;
    let best: Predicted | undefined;
    let bestOverlap = 0;
    for (const p of speechPredictions) {
      const o = overlap(p, g);
      if (o > bestOverlap) {
        best = p;
        bestOverlap = o;
      }
    }
    if (!best || bestOverlap * 2 < g.end - g.start) {
      score.misses.push(`${doc.id} MISSED ${short(g.text)} (${g.speaker})`);
      continue;
    }
    score.found++;
    if (sameSpeaker(best.speaker, g.speaker, doc.characters)) score.attributedFull++;
    else {
      const via = best.speakerMention ? ` (via "${best.speakerMention.text}")` : '';
      score.misses.push(`${doc.id} SPEAKER ${short(g.text)} gold=${g.speaker} got=${best.speaker}${via}`);
    }
    if (sameSurname(best.speaker, g.speaker, doc.characters)) score.attributedSurname++;
  }
  for (const p of speechPredictions) {
    const onSpeech = goldSpeech.reduce((sum, g) => sum + overlap(p, g), 0);
    const length = Math.max(1, p.end - p.start);
    if (onSpeech * 2 >= length) {
      score.predictedSpeech++;
      continue;
    }
    const onOther = goldOther.reduce((sum: number, g: GoldQuote) => sum + overlap(p, g), 0);
    if (onOther * 2 >= length && p.speaker === null) {
      score.neutral++;
      continue;
    }
    score.predictedSpeech++;
    score.falsePositives++;
    score.misses.push(`${doc.id} FALSE+ ${short(p.text)} (${p.kind}, ${p.speaker})`);
  }
}

export function ratios(s: Score) {
  const precision = s.predictedSpeech ? (s.predictedSpeech - s.falsePositives) / s.predictedSpeech : 0;
  const recall = s.goldSpeech ? s.found / s.goldSpeech : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    precision,
    recall,
    f1,
    attributionFull: s.found ? s.attributedFull / s.found : 0,
    attributionSurname: s.found ? s.attributedSurname / s.found : 0,
  };
}
