import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';

// Cases where a rule must not fire: each was found by a review of the rules it guards, in ordinary text.
const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker);
const names = (text: string) => analyze(text).people.map((p) => p.name);

describe('rules that must not reach too far', () => {
  it('keeps an unclosed quote that is no letter inside its paragraph', () => {
    const text = [
      'The mayor, Ana Ruiz, called the budget "a disgrace.',
      'The council meets again on Monday.',
      'We will pass it anyway," Tom Hale said.',
    ].join('\n\n');
    expect(analyze(text).quotes.map((q) => q.text)).toEqual(['a disgrace.']);
  });

  it('does not make a business of a name after a place ("Outside the bank Marcus ...")', () => {
    expect(names('Outside the bank Marcus lit a cigarette. "Cold," he said.')).toEqual(['Marcus']);
  });

  it('does not make an organisation of a person who "said it would"', () => {
    expect(names('Tedros Ghebreyesus said it would take months.')).toEqual(['Tedros Ghebreyesus']);
  });

  it('does not make a person of a place "known as" something', () => {
    expect(names('The settlement known as Kibera is large.')).toEqual([]);
  });

  it('does not give a nickname to the man named before when someone else came in between', () => {
    expect(names('Tom Walsh met the new boy at the gate. Everyone called him Bear.')).toEqual([
      'Tom Walsh',
      'Bear',
    ]);
  });

  it('keeps "Miss Pemberton" apart from a Lucy the others call by her name', () => {
    const text = [
      'Lucy sat at the front of the class.',
      '"Sit up straight, Lucy," said her mother at the gate.',
      'The bell rang.',
      '"Good morning, Miss Pemberton," the children chorused.',
    ].join('\n\n');
    expect(names(text)).toContain('Miss Pemberton');
  });

  it('reads habitual speech ("would tell the staff, ...") as speech', () => {
    expect(
      speakers('Ana Ruiz ran the kitchen. Ruiz would tell the staff, "We did good work this week."'),
    ).toEqual(['Ana Ruiz']);
  });

  it('lets a speaker deliver a message of their own', () => {
    expect(
      speakers('Coach Dave Morris delivered a message to the fans: "We will be back." Leo Park nodded.'),
    ).toEqual(['Dave Morris']);
  });

  it('does not take "the group" for a union', () => {
    expect(
      speakers(
        'Campaigners criticised the European Union over the pact. "This pact will cost lives," the group said.',
      ),
    ).toEqual([null]);
  });

  it('does not take a man the text gives another role for "her father"', () => {
    const text =
      'Nora sat in the shop where her father worked. Peter Hughes, the landlord, came by with the rent book. "You are late again," her father said.';
    expect(speakers(text)).toEqual(["Nora's father"]);
  });

  it('goes on with an unnamed source for every untagged paragraph that follows', () => {
    const text = [
      'The mayor, Ana Ruiz, toured the village. "We will rebuild," she said.',
      '"We lost everything," said one woman from the village.',
      '"The water came in the night."',
      '"We have nowhere to go."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ana Ruiz', null, null, null]);
  });
});
