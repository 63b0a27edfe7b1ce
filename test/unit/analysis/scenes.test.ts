import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';

// Small scenes written for these tests: each exercises one cue of the dialogue decoder (scenes.ts).
const speakers = (text: string) =>
  analyze(text)
    .quotes.filter((q) => q.kind === 'direct' || q.kind === 'partial')
    .map((q) => q.speaker);

describe('dialogue decoded scene by scene', () => {
  it('finds the second voice from a name the first one addresses, and alternates from there', () => {
    const text = [
      '"I kept your letter," said Owen Marsh, "though I should have burnt it."',
      '"It will burn well enough tonight."',
      '"Then you have forgiven me, my dear, patient Lucy? You were right and I was a fool."',
      '"I never said you were a fool."',
      '"No. You were kinder than that, and I was slower."',
      '"Slow is not the same as foolish."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'Owen Marsh',
      'Owen Marsh',
      'Lucy',
      'Owen Marsh',
      'Lucy',
      'Owen Marsh',
      'Lucy',
    ]);
  });

  it('does not let the person a tag speaks to be the speaker ("said she to Nora")', () => {
    const text = [
      'Miss Nora Vale and Mrs. Edith Crane had walked as far as the mill before either spoke.',
      '"Do you think he meant it?" said she to Nora.',
      '"I think he means everything, for about a day."',
      '"That is unkind."',
      '"It is accurate, Edith."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Edith Crane', 'Nora Vale', 'Edith Crane', 'Nora Vale']);
  });

  it('reads a line whose paragraph narrates one person as that person’s line', () => {
    const text = [
      '"Are you coming to the fair?" asked Ruth Ames.',
      '"Not this year," said Daniel Hart.',
      '"Why ever not?"',
      'Daniel looked at his boots for a long moment. "Because I have no money, Ruth."',
      '"Then I shall lend you some."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ruth Ames', 'Daniel Hart', 'Ruth Ames', 'Daniel Hart', 'Ruth Ames']);
  });

  it('gives a "he replied" to the man the question addressed, not to the man the narration named first', () => {
    const text = [
      'Mr. Lowe had gone out to see to the horses, and his sister sat alone with Captain Reyes.',
      '"You were at sea a long time, Captain Reyes," said Miss Lowe.',
      '"Eleven years," he replied.',
      '"And do you miss it?"',
      '"Every morning."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Miss Lowe', 'Reyes', 'Miss Lowe', 'Reyes']);
  });

  it('counts narration that reports a person’s speech as their turn', () => {
    const text = [
      '"Have you ever been to Bath?" asked Lady Anne Grey.',
      '"Never, ma\'am."',
      '"Never! Not even as a child?"',
      '"Not even then."',
      '"And your sisters? Surely they have been?"',
      'Jane Price could hardly help smiling, as she assured her that they had not missed it.',
      '"Then you have no curiosity at all, any of you."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'Anne Grey',
      'Jane Price',
      'Anne Grey',
      'Jane Price',
      'Anne Grey',
      'Anne Grey',
    ]);
  });

  it('lets a relative the narration mentions take turns ("she was met by her father")', () => {
    const scene = (daughter: string) =>
      [
        `Next morning, as ${daughter} went down the stairs, she was met by her father, who had a letter.`,
        '"Mary," said he, "come into the study."',
        'She followed her father in, and they both sat down.',
        '"Is it bad news?"',
        '"It is from your cousin. Can you guess what he wants?"',
        '"Money, I suppose."',
        '"Money, and my good opinion. He shall have neither."',
      ].join('\n\n');
    // Named by the family name when the text gives one; an unnamed stand-in (null) when it does not.
    const farrow = 'Mr. Farrow';
    expect(speakers(scene('Mary Farrow'))).toEqual([
      farrow,
      farrow,
      'Mary Farrow',
      farrow,
      'Mary Farrow',
      farrow,
    ]);
    expect(speakers(scene('Mary'))).toEqual([null, null, 'Mary', null, 'Mary', null]);
  });

  it('keeps a news hearing as it was: tagged lines fixed, the untagged ones alternating', () => {
    const text = [
      'The chair of the committee, Neil Grady, questioned the chief executive, Peter Ashworth.',
      '"How much were you paid?" Grady asked.',
      '"It is in the annual report," Ashworth replied.',
      '"I am asking you."',
      '"A little over £1.9 million."',
      'Ashworth said the company was investing in storm tanks.',
      'Committee member Hannah Cole asked whether he would give up his bonus. "That is a matter for the board," he said.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'Neil Grady',
      'Peter Ashworth',
      'Neil Grady',
      'Peter Ashworth',
      'Peter Ashworth',
    ]);
  });
});

describe('fiction tags and utterances', () => {
  it('reads "thought Elizabeth" as a tag', () => {
    const text = '"Is this," thought Miriam Holt, "meant for me?"';
    expect(speakers(text)).toEqual(['Miriam Holt', 'Miriam Holt']);
  });

  it('reads "said the latter" as the second of the two people just named', () => {
    const text = 'Anna Holt and Peter Crane met at the gate. "It is late," said the latter.';
    expect(speakers(text)).toEqual(['Peter Crane']);
  });

  it('takes a run of sentences after a long lead-in clause as speech, not a scare quote', () => {
    const text =
      'As for Agnes Pole, she leaned across to whisper to her cousin, soon after they sat down, "This is a sad business; and it will be talked of. We must bear it together."';
    const quotes = analyze(text).quotes;
    expect(quotes.map((q) => q.kind)).toEqual(['direct']);
  });
});
