import SearchableMap from 'minisearch/SearchableMap';
import type { Analysis } from '../types.js';
import { queryWords, words } from './terms.js';

/** Someone (or some organisation) who is quoted, with the other names the article uses for them. */
export interface Speaker {
  name: string;
  aliases: string[];
  role?: string;
  /** How many quotes are theirs. */
  quotes: number;
}

/** Everyone quoted in an analysis, most quoted first; people's aliases and roles attached. */
export function speakersOf(analysis: Pick<Analysis, 'quotes' | 'people'>): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const quote of analysis.quotes) {
    if (!quote.speaker) continue;
    let speaker = byName.get(quote.speaker);
    if (!speaker) {
      const person = analysis.people.find((p) => p.name === quote.speaker);
      speaker = { name: quote.speaker, aliases: person?.aliases ?? [], quotes: 0 };
      if (person?.role) speaker.role = person.role;
      byName.set(quote.speaker, speaker);
    }
    speaker.quotes++;
  }
  return [...byName.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

/** Merge speaker lists from several articles (same name = same speaker). */
export function mergeSpeakers(lists: Iterable<readonly Speaker[]>): Speaker[] {
  const byName = new Map<string, Speaker>();
  for (const list of lists)
    for (const s of list) {
      const known = byName.get(s.name);
      if (!known) {
        byName.set(s.name, { ...s, aliases: [...s.aliases] });
        continue;
      }
      known.quotes += s.quotes;
      for (const alias of s.aliases) if (!known.aliases.includes(alias)) known.aliases.push(alias);
      known.role ??= s.role;
    }
  return [...byName.values()].sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
}

// How well one typed word matches a speaker's words.
const EXACT = 3;
const PREFIX = 2;
const FUZZY = 1;

function maxEdits(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

/**
 * The speakers a user means by a typed name: matched on the full name, aliases (surname, "the minister")
 * and role, ignoring case and accents, word by word exactly, by prefix ("ker") or with a typo ("Kery").
 * Only the best tier is returned, so "Kerry" gives John Kerry alone while "John" gives every John.
 */
export function matchSpeakers(query: string, speakers: readonly Speaker[]): Speaker[] {
  const typed = queryWords(query);
  if (!typed.length) return [];
  const whole = words(query).join(' ');
  const map = new SearchableMap<Set<number>>();
  speakers.forEach((speaker, i) => {
    for (const form of [speaker.name, ...speaker.aliases, speaker.role ?? ''])
      for (const w of words(form)) {
        const set = map.get(w) ?? new Set<number>();
        set.add(i);
        map.set(w, set);
      }
  });
  const scored = speakers.map((speaker, i) => {
    const forms = [speaker.name, ...speaker.aliases, speaker.role ?? ''].map((f) => words(f).join(' '));
    if (forms.includes(whole)) return { speaker, tier: EXACT + 1, total: 0 };
    let tier = EXACT;
    let total = 0;
    for (const w of typed) {
      const level = wordLevel(map, w, i);
      tier = Math.min(tier, level);
      total += level;
    }
    return { speaker, tier, total };
  });
  const best = Math.max(0, ...scored.map((s) => s.tier));
  if (best === 0) return [];
  return scored
    .filter((s) => s.tier === best)
    .sort((a, b) => b.total - a.total || b.speaker.quotes - a.speaker.quotes)
    .map((s) => s.speaker);
}

function wordLevel(map: SearchableMap<Set<number>>, word: string, speaker: number): number {
  if (map.get(word)?.has(speaker)) return EXACT;
  if (word.length >= 2) for (const [, set] of map.atPrefix(word)) if (set.has(speaker)) return PREFIX;
  const edits = maxEdits(word);
  if (edits > 0) for (const [set] of map.fuzzyGet(word, edits).values()) if (set.has(speaker)) return FUZZY;
  return 0;
}
