import { describe, expect, it } from 'vitest';
import { articleIndex } from '../../src/analysis/search/article-search.js';
import { whoSaid } from '../../src/analysis/search/who-said.js';
import { goldAnalysis, seedGold } from '../helpers/seed.js';

const analysis = goldAnalysis();
const ask = (phrase: string) => whoSaid(articleIndex(analysis), phrase);
const speakerOf = (phrase: string) => {
  const answer = ask(phrase);
  return answer.type === 'speech' ? answer.quote.speaker : null;
};

describe('who-said search over one article', () => {
  it('answers every seed who-said question', () => {
    for (const { phrase, speaker } of seedGold.whoSaid) expect(speakerOf(phrase), phrase).toBe(speaker);
  });

  it('finds a misspelled phrase', () => {
    const answer = ask('durabel solutoin');
    expect(answer.type).toBe('speech');
    if (answer.type === 'speech') expect(answer.quote.text).toMatch(/durable solution/);
  });

  it('finds short words typed with two letters swapped', () => {
    const answer = ask('svae lvies');
    expect(answer.type).toBe('speech');
    if (answer.type === 'speech') expect(answer.quote.text).toMatch(/save lives/);
  });

  it('finds words out of order and in other forms', () => {
    const answer = ask('lives saving');
    expect(answer.type).toBe('speech');
    if (answer.type === 'speech') expect(answer.quote.text).toMatch(/save lives/);
  });

  it('says when the phrase is narration', () => {
    const answer = ask('150 refugees a year');
    expect(answer.type).toBe('narration');
    if (answer.type === 'narration')
      expect(answer.sentence.text).toMatch(/^New Zealand has a standing offer/);
  });

  it('says when the phrase is a scare quote', () => {
    const answer = ask('back door');
    expect(answer.type).toBe('not-speech');
    if (answer.type === 'not-speech') expect(answer.quote.kind).toBe('scare');
  });

  it('finds partial quotes', () => {
    const answer = ask('engaged humanitarian basis');
    expect(answer.type).toBe('speech');
    if (answer.type === 'speech') expect(answer.quote.kind).toBe('partial');
  });

  it('answers no match, with the closest quotes when some words match', () => {
    expect(ask('pizza delivery drones')).toEqual({ type: 'none', suggestions: [] });
    const answer = ask('durable peace treaty');
    expect(answer.type).toBe('none');
    if (answer.type === 'none') expect(answer.suggestions[0]?.unit.kind).toBe('quote');
  });

  it('builds the index once per article version', () => {
    expect(articleIndex(analysis)).toBe(articleIndex(analysis));
    expect(articleIndex(goldAnalysis(`${seedGold.text}\n\nOne more line.`))).not.toBe(articleIndex(analysis));
  });
});
