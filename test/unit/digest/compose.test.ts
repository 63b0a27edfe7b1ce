import { describe, expect, it } from 'vitest';
import type { Analysis, Person, Quote } from '../../../src/analysis/types.js';
import type { LibraryEntry } from '../../../src/articles/library.js';
import { leadSummary, topQuote } from '../../../src/digest/brief.js';
import { composeDigest, DIGEST_LIMITS } from '../../../src/digest/compose.js';
import { replyToPlainText } from '../../../src/reply/model.js';
import { makeArticle } from '../../support/articles.js';

const quote = (
  text: string,
  speaker: string | null,
  confidence: number,
  kind: Quote['kind'] = 'direct',
): Quote => ({
  text,
  start: 0,
  end: text.length,
  paragraph: 0,
  kind,
  speaker,
  speakerMention: null,
  confidence,
});

const person = (name: string, mentions: number, role?: string): Person => ({
  name,
  aliases: [],
  role,
  gender: 'unknown',
  mentions: Array.from({ length: mentions }, () => ({ start: 0, end: 1, text: name })),
});

function entry(id: string, analysis: Partial<Analysis> = {}): LibraryEntry {
  const article = makeArticle(id, {
    text: `First sentence of ${id}. Second sentence here. Third one is long.`,
  });
  const sentences = [`First sentence of ${id}.`, 'Second sentence here.', 'Third one is long.'].map(
    (text, index) => ({
      text,
      index,
      paragraph: 0,
      start: 0,
      end: text.length,
    }),
  );
  return {
    article,
    analysis: {
      hash: article.hash,
      paragraphs: [],
      sentences,
      people: [],
      organisations: [],
      places: [],
      quotes: [],
      ...analysis,
    },
    addedAt: new Date('2026-05-04T06:00:00Z'),
    changedAt: new Date('2026-05-04T06:00:00Z'),
  };
}

const info = {
  since: new Date('2026-05-03T08:00:00Z'),
  lookbackStart: new Date(0),
  timeZone: 'Europe/London',
};
const summarize = async (e: LibraryEntry) => leadSummary(e);

describe('composing a digest', () => {
  it('briefs each article: title, short summary, top quote with speaker, people named', async () => {
    const reply = await composeDigest(
      [
        entry('a', {
          quotes: [
            quote('a scare phrase', null, 0.9, 'scare'),
            quote('We will act', 'Jane Doe', 0.6),
            quote('Better words', 'John Roe', 0.9),
          ],
          people: [person('Jane Doe', 1), person('John Roe', 4, 'Minister for Energy')],
        }),
        entry('b'),
      ],
      summarize,
      { ...info, scheduleDescription: 'every day at 08:00' },
    );
    const text = replyToPlainText(reply);
    expect(text).toContain('2 new articles since Sun 3 May, 09:00 BST');
    expect(text.indexOf('Story a')).toBeLessThan(text.indexOf('Story b'));
    expect(text).toContain('First sentence of a. Second sentence here.');
    expect(text).toContain('"Better words" - John Roe');
    expect(text).toContain('People: John Roe (Minister for Energy), Jane Doe');
    expect(reply.footer).toBe('Scheduled every day at 08:00 (Europe/London)');
  });

  it('keeps a long digest reasonable: a few in full, then titles, then a count', async () => {
    const many = Array.from({ length: 40 }, (_, i) => entry(`n${i}`));
    const reply = await composeDigest(many, summarize, info);
    const headings = reply.blocks.filter((b) => b.type === 'heading');
    expect(headings).toHaveLength(DIGEST_LIMITS.detailed + 1);
    const list = reply.blocks.find((b) => b.type === 'list');
    expect(list?.type === 'list' && list.items).toHaveLength(DIGEST_LIMITS.listed);
    expect(replyToPlainText(reply)).toContain(
      `…and ${40 - DIGEST_LIMITS.detailed - DIGEST_LIMITS.listed} more`,
    );
    expect(replyToPlainText(reply).length).toBeLessThan(4000);
  });

  it('says when nothing is new', async () => {
    const reply = await composeDigest([], summarize, info);
    expect(replyToPlainText(reply)).toContain('Nothing new since Sun 3 May, 09:00 BST.');
  });

  it('prefers an attributed direct quote over partial ones and unattributed speech', () => {
    const best = topQuote([
      quote('partial words', 'A', 0.99, 'partial'),
      quote('nobody said it', null, 1),
      quote('said plainly', 'B', 0.5),
    ]);
    expect(best?.text).toBe('said plainly');
  });
});
