import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';

const speakers = (text: string) =>
  analyze(text).quotes.map((q) => ({ speaker: q.speaker, mention: q.speakerMention?.text ?? null }));

describe('constructions that generalise beyond the development set', () => {
  it('gives a colon introduction after "Org role Name" to the person, not the organisation', () => {
    const q = speakers("Federation regional organiser Maria Olsen was frank: 'The accounts do not add up.'");
    expect(q[0]?.speaker).toBe('Maria Olsen');
  });

  it('reads a capitalised job noun before a name as the role', () => {
    const a = analyze('Historian Felix Amberg, of the city museum, disagreed. "It is a myth," Amberg said.');
    expect(a.quotes[0]?.speaker).toBe('Felix Amberg');
    const person = a.people.find((p) => p.name === 'Felix Amberg');
    expect(person?.role).toBe('Historian');
  });

  it('keeps an unnamed person null when a place follows the description', () => {
    const q = speakers(
      'The Harbour Board approved the fares. One passenger at Quayside station said: "It is far too dear."',
    );
    expect(q[0]).toEqual({ speaker: null, mention: 'One passenger' });
  });

  it('keeps "a spokeswoman for X" null instead of giving the quote to X', () => {
    const q = speakers(
      'A spokeswoman for the Ferrow Housing Association said the group would "study the figures closely."',
    );
    expect(q[0]).toEqual({ speaker: null, mention: 'A spokeswoman' });
  });

  it('does not give "the ministry" to an organisation of another kind', () => {
    const q = speakers(
      'Staff at Dunmore County Hospital were told on Friday. The ministry said in a statement that pay was "under review."',
    );
    expect(q[0]?.speaker).toBeNull();
    expect(q[0]?.mention).toBe('The ministry');
  });

  it('still gives "the company" to a named firm whose name states no other kind', () => {
    const q = speakers('Orvane Systems cut its forecast. "Demand is soft," the company said.');
    expect(q[0]?.speaker).toBe('Orvane Systems');
  });

  it('ends a person\'s name before "of" and the place or firm it names', () => {
    const a = analyze(
      'Sen. Ada Crane of Vermont and Sen. Hugo Brill of Utah drafted it. "It buys time," Crane said. "Not much," Brill said.',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Ada Crane', 'Hugo Brill']);
  });

  it('reads a dateline in capitals as a place, not as a person to resolve "he" to', () => {
    const a = analyze(
      'DALLAS, Texas — Fenwright Labs cut jobs. Trader Omar Quist of Bellow Capital was unsurprised. "They overreached," he said.',
    );
    expect(a.people.map((p) => p.name)).not.toContain('Dallas');
    expect(a.quotes[0]?.speaker).toBe('Omar Quist');
  });

  it('takes a two-word name as a person when it is the subject of "said" after an apposition', () => {
    const a = analyze(
      'But Elsbeth Varga, 68, who has farmed the valley for decades, said the dam was a mistake. "It will drown us," she said.',
    );
    expect(a.quotes[0]?.speaker).toBe('Elsbeth Varga');
  });

  it('gives the quote to the person named before "of Firm", not to the firm', () => {
    const q = speakers('Broker Ines Falk of Marrow Partners said the sale was "long overdue."');
    expect(q[0]?.speaker).toBe('Ines Falk');
  });

  it('reads "Name, an -ologist at Place who ..., called" as the named person speaking', () => {
    const q = speakers(
      'Dr. Lorne Haskett, a volcanologist at Tarvel who was not part of the team, called the survey "a solid piece of work."',
    );
    expect(q[0]?.speaker).toBe('Lorne Haskett');
  });

  it('takes a job noun opening the sentence as the role of an unfamiliar name, and "he" finds him', () => {
    const a = analyze(
      'Analyst Thelonius Brack of Grell Advisory examined the books. "They are a mess," he said.',
    );
    expect(a.quotes[0]?.speaker).toBe('Thelonius Brack');
    expect(a.people.find((p) => p.name === 'Thelonius Brack')?.role).toBe('Analyst');
  });

  it('lets a sentence that opens with a role ("The judge said she ...") put its holder in focus', () => {
    const q = speakers(
      'Judge Alma Roe sentenced Kay Finch on Monday.\n\nFinch wept in the dock. "I am sorry," she said.\n\nThe judge said she had weighed the plea. "It counts for something," she said.',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Kay Finch', 'Alma Roe']);
  });

  it('gives an untagged quote to the person its own paragraph narrates, not to the previous speaker', () => {
    const q = speakers(
      'Striker Gil Moss scored twice. "Best day of my life," Moss said.\n\nRival coach Ned Arlo was calm. "They earned it," Arlo said.\n\nAsked about the second goal, he shrugged. "Offside, but there you go."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Gil Moss', 'Ned Arlo', 'Ned Arlo']);
  });

  it('shares one surname between given names joined by "and"', () => {
    const a = analyze(
      'Martha and Leon Quell run the ferry. "It never stops," Martha said.\n\n"Not even at Christmas," Leon said.',
    );
    expect(a.quotes.map((q) => q.speaker)).toEqual(['Martha Quell', 'Leon Quell']);
  });

  it("takes a capitalised tag after a question mark as the quote's tag", () => {
    const q = speakers(
      'Rosa Vint and Karl Dent waited.\n\n"Why would we leave?" Karl said. "This is our home."',
    );
    expect(q.map((x) => x.speaker)).toEqual(['Karl Dent', 'Karl Dent']);
  });

  it('gives "X quoted Y as saying ..." to Y', () => {
    const q = speakers(
      'State radio quoted Interior Minister Pavel Ostrik as saying the border was "fully secure."',
    );
    expect(q[0]?.speaker).toBe('Pavel Ostrik');
  });

  it('keeps he/she after an unnamed person opens the sentence null, with the description as mention', () => {
    const q = speakers(
      'Mayor Ida Crane opened the bridge.\n\nA cyclist who crosses it daily said she was relieved. "It took three years," she said.',
    );
    expect(q[0]).toEqual({ speaker: null, mention: 'A cyclist' });
  });

  it('finds the unnamed speaker of "a delegate from one of the grain-exporting states, ..., said"', () => {
    const a = analyze(
      'A delegate from one of the grain-exporting states, speaking privately, said the quotas were "plainly unworkable" for now.',
    );
    expect(a.quotes[0]).toMatchObject({ kind: 'partial', speaker: null });
    expect(a.quotes[0]?.speakerMention?.text).toBe('A delegate');
  });

  it('names a member of the public who gives only a first name in apposition', () => {
    const q = speakers(
      'Crowds gathered at Pell Market. "It felt like a holiday," said one shopper, Bronagh, 34.',
    );
    expect(q[0]).toEqual({ speaker: 'Bronagh', mention: 'one shopper' });
  });

  it('gives "the club" to the club the story is about when no name says "club"', () => {
    const q = speakers(
      'Harwick Wanderers beat Dunmoor Athletic 3-0 on Sunday. Wanderers fans sang for an hour.\n\nThe Wanderers squad flew home that night. Dunmoor Athletic made four changes.\n\n"We thank every fan who travelled," said the club.',
    );
    expect(q[0]?.speaker).toBe('Harwick Wanderers');
  });
});
