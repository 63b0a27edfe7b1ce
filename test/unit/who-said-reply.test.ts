import { describe, expect, it } from 'vitest';
import { articleIndex } from '../../src/analysis/search/article-search.js';
import { whoSaid } from '../../src/analysis/search/who-said.js';
import { Library } from '../../src/articles/library.js';
import { whoSaidReply } from '../../src/command/who-said-reply.js';
import { replyToPlainText } from '../../src/reply/model.js';
import { entryFor, goldAnalysis } from '../helpers/seed.js';

const seed = entryFor(goldAnalysis());
const library = new Library();
const answer = (phrase: string) => {
  const reply = whoSaidReply(whoSaid(articleIndex(seed.analysis), phrase), phrase, library, seed);
  return { reply, text: replyToPlainText(reply), all: JSON.stringify(reply) };
};

describe('/who-said reply', () => {
  it('names the speaker with role, the full quote and where it is', () => {
    const { reply, text } = answer('durable solution');
    expect(text).toContain('John Kerry, US Secretary of State, said it.');
    expect(reply.blocks[1]).toMatchObject({
      type: 'quote',
      text: expect.stringMatching(/^Now, we are encouraging all countries .* for these refugees\.$/),
      context: 'US weighs taking refugees from Australian detention, paragraph 5',
    });
    expect(reply.footer).toBeUndefined();
  });

  it('shows a partial quote in its sentence', () => {
    const { all } = answer('very engaged with them');
    expect(all).toMatch(
      /Kerry said that he knew .*\(US weighs taking refugees from Australian detention, paragraph 4\)/,
    );
  });

  it('says a scare quote is not attributed speech', () => {
    const { text, all } = answer('back-door');
    expect(text).toContain(
      '"back-door" is a scare quote: nobody is quoted saying it, it is not attributed speech.',
    );
    expect(all).toContain('There are also concerns that it could create a \\"back-door\\" to resettlement');
  });

  it('says narration is narration and shows the sentence', () => {
    const { text } = answer('150 refugees a year');
    expect(text).toContain("it is the article's own narration");
    expect(text).toContain('New Zealand has a standing offer to take 150 refugees a year');
  });

  it('notes a loose match and suggests the closest quotes when nothing fits', () => {
    expect(answer('lives durable save').reply.footer).toMatch(/2 of the 3 words/);
    const none = answer('durable peace treaty');
    expect(none.text).toMatch(/No quote in "US weighs taking refugees from Australian detention" matches/);
    expect(none.text).toMatch(/Closest quotes\n"Now, we are encouraging/);
    // With no word in common, the article's first quotes are offered instead.
    expect(answer('zebra').text).toMatch(/Closest quotes\n"We in the United States/);
  });
});
