import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { sentenceCount } from '../../src/analysis/summary/length.js';
import { openQuoteAfter, quotedRanges, quoteInfo } from '../../src/analysis/summary/quotes.js';
import { extractSummary, MAX_CANDIDATES, scoreSentences } from '../../src/analysis/summary/summarize.js';
import { tidySentence } from '../../src/analysis/summary/tidy.js';
import type { Quote } from '../../src/analysis/types.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const seed = fixture('us-weighs-taking-refugees-from-australian-detention.txt');
const bridge = fixture('summary/harbour-bridge.txt');

function summary(text: string, sentences: number) {
  const analysis = analyze(text);
  return { analysis, picked: extractSummary(analysis, { sentences }) };
}

/** Sentences that are mostly quotation and do not name their speaker themselves. */
function speakerlessQuotes(text: string, sentences: number): string[] {
  const { analysis, picked } = summary(text, sentences);
  const open = openQuoteAfter(analysis.sentences);
  return picked
    .map((p) => analysis.sentences[p.index]!)
    .filter((s) => {
      const before = analysis.sentences[s.index - 1];
      const info = quoteInfo(
        s,
        analysis.quotes,
        before?.paragraph === s.paragraph ? (open[s.index - 1] ?? null) : null,
      );
      return info.share > 0.5 && !info.namedSpeaker;
    })
    .map((s) => s.text);
}

describe('offline extractive summary', () => {
  it('maps lengths to sentence counts', () => {
    expect([
      sentenceCount('short'),
      sentenceCount('medium'),
      sentenceCount('long'),
      sentenceCount(5),
    ]).toEqual([2, 4, 7, 5]);
    expect(sentenceCount(0)).toBe(1);
  });

  it('keeps the first sentence of the seed article in every length', () => {
    const first = analyze(seed).sentences[0]!.text;
    for (const n of [1, 2, 4, 7]) {
      const { picked } = summary(seed, n);
      expect(picked[0]?.text).toBe(first);
      expect(picked).toHaveLength(n);
    }
    // More than the article can give: every eligible sentence, never an excluded quote fragment.
    expect(summary(seed, 50).picked.length).toBeLessThan(analyze(seed).sentences.length);
  });

  it('returns sentences in article order without repeats', () => {
    for (const n of [2, 4, 7]) {
      const indices = summary(seed, n).picked.map((p) => p.index);
      expect(indices).toEqual([...new Set(indices)].sort((a, b) => a - b));
    }
  });

  it('never shows a quotation without its speaker (seed article, every length)', () => {
    for (const n of [2, 4, 7, 10]) expect(speakerlessQuotes(seed, n)).toEqual([]);
  });

  it('skips bylines, captions and calls to action, and unquoted quote fragments', () => {
    const texts = summary(bridge, 7).picked.map((p) => p.text);
    const joined = texts.join('\n');
    expect(joined).not.toMatch(/By Jane Example|Scroll down|Photo:/);
    // The quote-only paragraph repeats the story's key words but names nobody: never picked.
    expect(joined).not.toContain('needs rest');
    expect(speakerlessQuotes(bridge, 7)).toEqual([]);
  });

  it('treats the first sentence after a byline and a caption as the lead', () => {
    const text = `By Jane Example\n\nPhoto: The old harbour bridge at dusk.\n\n${bridge.replace(/^.*\(Reuters\) - /, '')}`;
    expect(summary(text, 1).picked[0]?.text).toMatch(/^The city council voted on Tuesday/);
  });

  it('drops a leading wire-service dateline from the sentence it shows', () => {
    const { picked } = summary(bridge, 2);
    expect(picked[0]?.text.startsWith('The city council voted on Tuesday')).toBe(true);
    expect(tidySentence('(CNN) Donald Sterling lost an NBA team last year.')).toBe(
      'Donald Sterling lost an NBA team last year.',
    );
    expect(tidySentence('LONDON, England (CNN) -- The Thames froze over on Monday.')).toBe(
      'The Thames froze over on Monday.',
    );
    expect(tidySentence("' But the coach angered the owner again after a 2-0 defeat on Saturday.")).toBe(
      'But the coach angered the owner again after a 2-0 defeat on Saturday.',
    );
    expect(tidySentence("The Queen's Guard (pictured) slipped on a manhole cover.")).toBe(
      "The Queen's Guard slipped on a manhole cover.",
    );
    expect(tidySentence('Scroll down for video A young woman was rescued from the river on Sunday.')).toBe(
      'A young woman was rescued from the river on Sunday.',
    );
  });

  it('does not open with a sentence whose subject is a dangling pronoun', () => {
    const { picked } = summary(bridge, 4);
    for (const p of picked) {
      if (/^(He|She|They|It)\b/.test(p.text)) expect(picked.map((x) => x.index)).toContain(p.index - 1);
    }
    expect(picked.map((p) => p.text).join(' ')).not.toContain('He added that buses');
  });

  it('does not pick a sentence that repeats one already picked', () => {
    const text = `${seed.split('\n')[0]}\n\n${seed}`;
    const texts = summary(text, 4).picked.map((p) => p.text);
    expect(new Set(texts).size).toBe(texts.length);
  });

  it('summarises a book-length text from its opening sentences', () => {
    const long = Array.from({ length: 20 }, () => seed).join('\n\n');
    const { analysis, picked } = summary(long, 7);
    expect(analysis.sentences.length).toBeGreaterThan(MAX_CANDIDATES);
    expect(picked).toHaveLength(7);
    expect(Math.max(...picked.map((p) => p.index))).toBeLessThan(MAX_CANDIDATES);
  });

  it('handles empty and one-sentence texts', () => {
    expect(summary('', 3).picked).toEqual([]);
    const one = summary('The council closed the harbour bridge to cars on Tuesday.', 3).picked;
    expect(one.map((p) => p.text)).toEqual(['The council closed the harbour bridge to cars on Tuesday.']);
  });

  it('recognises single-quoted speech as British papers print it, but not apostrophes', () => {
    const whole = quotedRanges("'When I'm wrong, I hold my hands up.", null);
    expect(whole.ranges).toEqual([[0, 36]]);
    expect(whole.openAtEnd).toBe('single');
    const closed = quotedRanges("'It is a matter of opinion,' Merson said.", null);
    expect(closed.ranges).toEqual([[0, 28]]);
    expect(closed.openAtEnd).toBeNull();
    expect(quotedRanges("The players' wages at the Queen Mother ’ s home don't rise.", null).ranges).toEqual(
      [],
    );
    // A quotation left open runs into the next sentence of the paragraph.
    expect(quotedRanges('I hold my hands up.', 'single').ranges).toEqual([[0, 19]]);
  });

  it('leaves out a single-quoted quotation whose speaker is in another sentence', () => {
    const text =
      'Paul Merson has restarted his row with Andros Townsend after the Tottenham midfielder came on late against Burnley.\n\n' +
      "'When I'm wrong about Andros Townsend and Tottenham, I hold my hands up and say so.\n\n" +
      'Townsend had clashed with Merson last week over his England call-up.';
    const texts = summary(text, 2).picked.map((p) => p.text);
    expect(texts.join(' ')).not.toContain("When I'm wrong");
  });
});

describe('quotation features from the analysis', () => {
  const text = 'Kerry called the plan a "durable solution" for the refugees, officials said.';
  const sentenceOf = (t: string) => ({ index: 0, paragraph: 0, start: 0, end: t.length, text: t });
  const quote = (
    t: string,
    kind: 'direct' | 'scare',
    speaker: string | null,
    mention: string | null,
  ): Quote => ({
    text: 'durable solution',
    start: t.indexOf('durable'),
    end: t.indexOf('solution') + 8,
    paragraph: 0,
    kind,
    speaker,
    speakerMention: mention
      ? { start: t.indexOf(mention), end: t.indexOf(mention) + mention.length, text: mention }
      : null,
    confidence: 0.9,
  });

  it('counts speech the analysis found, with the speaker it named in the sentence', () => {
    const info = quoteInfo(sentenceOf(text), [quote(text, 'direct', 'John Kerry', 'Kerry')], null);
    expect(info.share).toBeCloseTo(16 / text.length, 5);
    expect(info.namedSpeaker).toBe(true);
  });

  it('ignores scare quotes and does not take a pronoun for a named speaker', () => {
    expect(quoteInfo(sentenceOf(text), [quote(text, 'scare', null, null)], null).share).toBe(0);
    const he = text.replace('Kerry', 'He');
    expect(he.indexOf('He')).toBe(0);
    expect(quoteInfo(sentenceOf(he), [quote(he, 'direct', 'John Kerry', 'He')], null).namedSpeaker).toBe(
      false,
    );
  });
});

describe('people a sentence names without introducing them', () => {
  it('makes a surname-only sentence depend on the sentence that introduced the person', () => {
    const text = [
      'A crocodile carrying a dead dog swam through a busy marina in Puerto Vallarta on Sunday.',
      'New Zealander Tim Weston was on holiday in the town with his wife when the attack happened.',
      'The marina is popular with tourists and fishing boats throughout the year.',
      'Weston told reporters the dog had belonged to the owner of a local bike shop.',
    ].join('\n\n');
    const analysis = analyze(text);
    expect(analysis.people.map((p) => p.name)).toContain('Tim Weston');
    const { candidates } = scoreSentences(analysis);
    expect(candidates[3]?.dependencies.map((d) => d.on)).toContain(1);
    expect(candidates[1]?.dependencies).toEqual([]);
  });
});
