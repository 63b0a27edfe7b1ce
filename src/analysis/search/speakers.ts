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

/** Longer queries are not names (callers cap user input well below this; this is the last guard). */
const MAX_QUERY_LENGTH = 500;

function maxEdits(word: string): number {
  if (word.length >= 8) return 2;
  return word.length >= 4 ? 1 : 0;
}

/**
 * The speakers a user means by a typed name: matched on the full name, aliases (surname, "the minister")
 * and role, ignoring case and accents, word by word exactly, by prefix ("ker") or with a typo ("Kery").
 * Only the best tier is returned, so "Kerry" gives John Kerry alone while "John" gives every John.
 * Build it once for a set of speakers and ask it many times (autocomplete asks at every keystroke).
 */
export class SpeakerIndex {
  private readonly byWord = new SearchableMap<Set<number>>();
  private readonly byForm = new Map<string, Set<number>>();

  constructor(readonly speakers: readonly Speaker[]) {
    speakers.forEach((speaker, i) => {
      for (const form of [speaker.name, ...speaker.aliases, speaker.role ?? '']) {
        const formWords = words(form);
        if (!formWords.length) continue;
        addTo(this.byForm, formWords.join(' '), i);
        for (const w of formWords) {
          const set = this.byWord.get(w) ?? new Set<number>();
          set.add(i);
          this.byWord.set(w, set);
        }
      }
    });
  }

  match(query: string): Speaker[] {
    // No name is this long; refusing it keeps fuzzy matching (quadratic in word length) from running away.
    if (query.length > MAX_QUERY_LENGTH) return [];
    const typed = queryWords(query);
    if (!typed.length) return [];
    const whole = this.byForm.get(words(query).join(' '));
    if (whole) return this.ranked([...whole].map((i) => ({ i, total: 0 })));
    // Per speaker: the weakest word level (the tier) and the sum of levels (to order within a tier).
    let scores: Map<number, { tier: number; total: number }> | undefined;
    for (const word of typed) {
      const levels = this.levels(word);
      const next = new Map<number, { tier: number; total: number }>();
      for (const [i, level] of levels) {
        const before = scores ? scores.get(i) : { tier: EXACT, total: 0 };
        if (before) next.set(i, { tier: Math.min(before.tier, level), total: before.total + level });
      }
      scores = next;
    }
    if (!scores?.size) return [];
    const best = Math.max(...[...scores.values()].map((s) => s.tier));
    return this.ranked(
      [...scores].filter(([, s]) => s.tier === best).map(([i, s]) => ({ i, total: s.total })),
    );
  }

  /** How well one typed word matches each speaker it matches at all. */
  private levels(word: string): Map<number, number> {
    const levels = new Map<number, number>();
    const raise = (set: Set<number> | undefined, level: number) => {
      for (const i of set ?? []) if ((levels.get(i) ?? 0) < level) levels.set(i, level);
    };
    const edits = maxEdits(word);
    if (edits > 0) for (const [set] of this.byWord.fuzzyGet(word, edits).values()) raise(set, FUZZY);
    if (word.length >= 2) for (const [, set] of this.byWord.atPrefix(word)) raise(set, PREFIX);
    raise(this.byWord.get(word), EXACT);
    return levels;
  }

  private ranked(found: Array<{ i: number; total: number }>): Speaker[] {
    return found
      .flatMap(({ i, total }) => {
        const speaker = this.speakers[i];
        return speaker ? [{ speaker, total }] : [];
      })
      .sort((a, b) => b.total - a.total || b.speaker.quotes - a.speaker.quotes)
      .map((s) => s.speaker);
  }
}

function addTo(map: Map<string, Set<number>>, key: string, i: number): void {
  const set = map.get(key) ?? new Set<number>();
  set.add(i);
  map.set(key, set);
}

/** Match once against a list of speakers (see SpeakerIndex). */
export function matchSpeakers(query: string, speakers: readonly Speaker[]): Speaker[] {
  return new SpeakerIndex(speakers).match(query);
}
