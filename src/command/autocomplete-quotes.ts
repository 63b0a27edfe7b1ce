import { isSpeech } from '../analysis/quote-context.js';
import { articleIndex } from '../analysis/search/article-search.js';
import { librarySearch } from '../analysis/search/library-search.js';
import { mergeSpeakers, type Speaker, SpeakerIndex, speakersOf } from '../analysis/search/speakers.js';
import type { Analysis, Quote } from '../analysis/types.js';
import type { Library, LibraryEntry } from '../articles/library.js';
import { clipText } from '../reply/clip.js';
import type { Choice } from './autocomplete.js';

const speakersByAnalysis = new WeakMap<Analysis, Speaker[]>();

function cachedSpeakers(analysis: Analysis): Speaker[] {
  let speakers = speakersByAnalysis.get(analysis);
  if (!speakers) {
    speakers = speakersOf(analysis);
    speakersByAnalysis.set(analysis, speakers);
  }
  return speakers;
}

/** The speaker index of the last scope asked about, rebuilt only when an article in it changes. */
let lastScope: { signature: string; index: SpeakerIndex } | undefined;

function speakerIndexFor(scope: readonly LibraryEntry[]): SpeakerIndex {
  const signature = scope.map((e) => e.analysis.hash).join(',');
  if (lastScope?.signature !== signature)
    lastScope = {
      signature,
      index: new SpeakerIndex(mergeSpeakers(scope.map((e) => cachedSpeakers(e.analysis)))),
    };
  return lastScope.index;
}

/** Speakers in scope that fit what was typed (surname, alias, role, prefix, typo), most quoted first. */
export function speakerChoices(
  scope: readonly LibraryEntry[],
  typed: string,
  max: number,
  maxLength: number,
): Choice[] {
  const index = speakerIndexFor(scope);
  const fitting = typed.trim() ? index.match(typed) : index.speakers;
  return fitting.slice(0, max).map((s) => ({
    name: clipText(s.role ? `${s.name} (${s.role})` : s.name, maxLength),
    value: clipText(s.name, maxLength),
  }));
}

/**
 * Speech quotes that fit what was typed, ranked by the who-said search (so typos and word order do not
 * matter); the first quotes of the scope when nothing is typed yet.
 */
export function phraseChoices(
  library: Library,
  scope: LibraryEntry | undefined,
  typed: string,
  max: number,
  maxLength: number,
): Choice[] {
  let quotes: Quote[];
  if (!typed.trim()) {
    const entries = scope ? [scope] : library.list();
    quotes = entries.flatMap((e) => e.analysis.quotes.filter(isSpeech)).slice(0, max);
  } else {
    const hits = (scope ? articleIndex(scope.analysis) : librarySearch(library)).search(typed, max * 2);
    quotes = hits.flatMap((h) => (h.unit.kind === 'quote' && isSpeech(h.unit.quote) ? [h.unit.quote] : []));
  }
  return quotes.slice(0, max).map((quote) => {
    const by = quote.speaker ? ` (${quote.speaker})` : '';
    return {
      name: `${clipText(quote.text, maxLength - by.length)}${by}`,
      value: clipText(quote.text, maxLength),
    };
  });
}
