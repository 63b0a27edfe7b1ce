import { isSpeech, sentenceContext } from '../analysis/quote-context.js';
import type { SearchHit } from '../analysis/search/unit-index.js';
import type { WhoSaidAnswer } from '../analysis/search/who-said.js';
import type { Library, LibraryEntry } from '../articles/library.js';
import type { Block, QuoteBlock, Reply } from '../reply/model.js';
import { paragraphLabel, quoteBlock, roleOf } from './quote-blocks.js';

/** What the reply needs from the library: articles of library-wide hits, and the newest for suggestions. */
export type EntryLookup = Pick<Library, 'get' | 'newest'>;

/** The entry a hit belongs to: the scoped article, or the library's article by id. */
function entryOf(hit: SearchHit, library: EntryLookup, scope?: LibraryEntry): LibraryEntry | undefined {
  return scope ?? (hit.articleId ? library.get(hit.articleId) : undefined);
}

export function whoSaidReply(
  answer: WhoSaidAnswer,
  phrase: string,
  library: EntryLookup,
  scope?: LibraryEntry,
): Reply {
  const title = 'Who said it?';
  if (answer.type === 'none') return noMatch(answer.suggestions, phrase, library, scope);
  const entry = entryOf(answer.hit, library, scope);
  if (!entry)
    return {
      title,
      tone: 'warning',
      blocks: [{ type: 'text', text: 'That article has just left the library.' }],
    };
  const { article, analysis } = entry;
  const where = (paragraph: number) => `${article.title}, ${paragraphLabel({ paragraph })}`;
  const footer = fuzzyNote(answer.hit, phrase);

  if (answer.type === 'speech') {
    const { quote } = answer;
    const role = quote.speaker ? roleOf(quote.speaker, analysis) : undefined;
    const who = quote.speaker
      ? `${quote.speaker}${role ? `, ${role},` : ''} said it.`
      : quote.speakerMention
        ? `The article does not name the speaker: it credits "${quote.speakerMention.text}".`
        : 'The article does not say who said it.';
    return {
      title,
      blocks: [{ type: 'text', text: who }, quoteBlock(quote, analysis, where(quote.paragraph))],
      ...(footer ? { footer } : {}),
    };
  }
  if (answer.type === 'not-speech') {
    const { quote } = answer;
    const what = quote.kind === 'title' ? 'a title (the name of a work or programme)' : 'a scare quote';
    return {
      title,
      blocks: [
        {
          type: 'text',
          text: `"${quote.text}" is ${what}: nobody is quoted saying it, it is not attributed speech.`,
        },
        narrationBlock(sentenceContext(analysis, quote) ?? quote.text, where(quote.paragraph)),
      ],
      ...(footer ? { footer } : {}),
    };
  }
  const { sentence } = answer;
  return {
    title,
    blocks: [
      { type: 'text', text: "Nobody said that: it is the article's own narration, not a quotation." },
      narrationBlock(sentence.text, where(sentence.paragraph)),
    ],
    ...(footer ? { footer } : {}),
  };
}

function narrationBlock(text: string, where: string): QuoteBlock {
  return { type: 'quote', text, attribution: "the article's own words", context: where };
}

/** Says which words were matched loosely, so a surprising answer explains itself. */
function fuzzyNote(hit: SearchHit, phrase: string): string | undefined {
  if (hit.matchedWords === hit.queryWords) return undefined;
  return `Closest match: ${hit.matchedWords} of the ${hit.queryWords} words of "${phrase}" were found.`;
}

function noMatch(
  suggestions: SearchHit[],
  phrase: string,
  library: EntryLookup,
  scope?: LibraryEntry,
): Reply {
  const where = scope ? `"${scope.article.title}"` : 'the library';
  const blocks: Block[] = [{ type: 'text', text: `No quote in ${where} matches "${phrase}".` }];
  const closest = suggestions.flatMap((hit) => {
    const entry = entryOf(hit, library, scope);
    return entry && hit.unit.kind === 'quote' ? [{ quote: hit.unit.quote, entry }] : [];
  });
  if (!closest.length) {
    const fallback = scope ?? library.newest();
    for (const quote of fallback?.analysis.quotes.filter(isSpeech).slice(0, 3) ?? [])
      if (fallback) closest.push({ quote, entry: fallback });
  }
  if (closest.length) {
    blocks.push({ type: 'heading', text: 'Closest quotes' });
    for (const { quote, entry } of closest) {
      blocks.push(quoteBlock(quote, entry.analysis, `${entry.article.title}, ${paragraphLabel(quote)}`));
    }
  }
  return { title: 'Who said it?', tone: 'warning', blocks };
}
