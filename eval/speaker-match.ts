import { HONORIFICS, NAME_TITLES, titleKey } from '../src/analysis/lexicon/honorifics.js';

/**
 * Speaker names compared as design.md defines: lower-cased, punctuation dropped, job titles dropped
 * (honorifics such as Mr/Mrs stay: they tell people apart).
 */
export function normaliseName(name: string): string {
  return name
    .split(/\s+/)
    .filter((w) => {
      const key = titleKey(w);
      return HONORIFICS.has(key) || !NAME_TITLES.has(key);
    })
    .join(' ')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function surname(name: string): string {
  const words = normaliseName(name).split(' ');
  return words[words.length - 1] ?? '';
}

export interface Characters {
  name: string;
  aliases: string[];
}

/** Full-name match; with a cast list (fiction), any alias that belongs to the gold speaker alone counts. */
export function sameSpeaker(
  predicted: string | null,
  gold: string | null,
  characters?: Characters[],
): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = normaliseName(predicted);
  if (p === normaliseName(gold)) return true;
  if (!characters) return false;
  const owner = characters.find((c) => c.name === gold);
  if (!owner) return false;
  return owner.aliases.some((alias) => {
    const a = normaliseName(alias);
    return a === p && !characters.some((c) => c !== owner && c.aliases.some((x) => normaliseName(x) === a));
  });
}

/** Lenient: the same surname. */
export function sameSurname(
  predicted: string | null,
  gold: string | null,
  characters?: Characters[],
): boolean {
  if (sameSpeaker(predicted, gold, characters)) return true;
  if (predicted === null || gold === null) return false;
  return surname(predicted) === surname(gold);
}
