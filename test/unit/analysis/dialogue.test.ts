import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';

const speakers = (text: string) => analyze(text).quotes.map((q) => q.speaker);

describe('turn-taking', () => {
  it('alternates untagged lines between the two people of a dialogue', () => {
    const text = [
      '"Where were you?" said Mr. Hale.',
      '"At the market," replied Mrs. Grant.',
      '"All day?"',
      '"Most of it."',
      '"And the letter?"',
      '"Posted, as you asked."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'Mr. Hale',
      'Mrs. Grant',
      'Mr. Hale',
      'Mrs. Grant',
      'Mr. Hale',
      'Mrs. Grant',
    ]);
  });

  it('does not give a quote to the person it addresses', () => {
    const text = ['"You are late, Tom," said Anna Price.', 'Tom Reed sat down.', '"I know, Anna."'].join(
      '\n\n',
    );
    expect(speakers(text)).toEqual(['Anna Price', 'Tom Reed']);
  });

  it('gives a he/she reply to the person the previous quote addressed', () => {
    const text = ['"What do you think, Mr. Cole?" asked Ruth Lane.', '"Very little," he replied.'].join(
      '\n\n',
    );
    expect(speakers(text)).toEqual(['Ruth Lane', 'Mr. Cole']);
  });

  it('continues the speaker of a multi-paragraph quote and of a news turn', () => {
    const text = [
      '"We will appeal," said Mayor Dina Ferro.',
      '"The ruling ignores the facts.',
      '"And it ignores the people of this city."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Dina Ferro', 'Dina Ferro', 'Dina Ferro']);
  });
});

describe('who is who in a conversation', () => {
  it('settles an exchange once a speaker names the other person', () => {
    const text = [
      '"Not yet," he said.',
      '"Then when?" asked Nora Quill.',
      '"Soon."',
      '"How soon?"',
      '"Before the frost."',
      '"You always say that, Mr. Fenn."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'Mr. Fenn',
      'Nora Quill',
      'Mr. Fenn',
      'Nora Quill',
      'Mr. Fenn',
      'Nora Quill',
    ]);
  });

  it('treats a pet form and the full given name as one person', () => {
    const text = [
      'Elizabeth sat down.',
      '"Come here, Lizzy," said Mr. Pratt.',
      '"Coming," said Elizabeth.',
    ].join('\n\n');
    const a = analyze(text);
    expect(a.people.map((p) => p.name).sort()).toEqual(['Elizabeth', 'Mr. Pratt']);
    expect(a.people.find((p) => p.name === 'Elizabeth')?.aliases).toContain('Lizzy');
  });

  it('keeps Miss and Mrs with the same surname apart, and a bare surname off Miss', () => {
    const text = 'Mrs. Dorne and Miss Dorne arrived. Dorne followed them.';
    const people = analyze(text).people;
    expect(people.map((p) => p.name)).toEqual(expect.arrayContaining(['Mrs. Dorne', 'Miss Dorne']));
    expect(people.find((p) => p.name === 'Miss Dorne')?.mentions).toHaveLength(1);
  });

  it('reads a name set in capitals after an honorific', () => {
    const a = analyze('MR. HOLLIS was early. Mr. Hollis sat down.');
    expect(a.people.map((p) => p.name)).toEqual(['Mr. Hollis']);
  });
});

describe('scenes that begin before the text does', () => {
  it('resolves a he/she tag with no antecedent to the person of that gender the narration names later', () => {
    const text = [
      '"The road is washed out," he said quietly.',
      '"Then we wait," she answered.',
      'Mr. Orwin looked at the river while Mrs. Tate folded the map.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Mr. Orwin', 'Mrs. Tate']);
  });

  it('falls back to a person whose gender the text never shows when no one of that gender is named', () => {
    const text = ['"The tide is turning," he said.', 'Dr. Halloran watched the water for a long time.'].join(
      '\n\n',
    );
    expect(speakers(text)).toEqual(['Dr. Halloran']);
  });
});

describe('names inside a quote', () => {
  it('does not take "my brother, Mr. Vance." for an address, so the reply is not his', () => {
    const text = [
      'Dr. Reyes met Mrs. Holt at the gate.',
      '"I came about the mill," said Mrs. Holt. "It belongs to my brother, Mr. Vance. Have you met him?"',
      '"Once. Why is he not here?"',
      '"He is ill," she said.',
      '"Too ill to write?"',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Mrs. Holt', 'Mrs. Holt', 'Dr. Reyes', 'Mrs. Holt', 'Dr. Reyes']);
  });
});

describe('names that are not addresses', () => {
  it('does not read a line that only repeats a titled name ("Miss Anna Hale!") as addressing her', () => {
    const text = [
      'Mr. Dane stood by Miss Crane. Anna Hale was across the room, and Anna Hale did not look up.',
      '"I was thinking of a pair of fine eyes," said Mr. Dane.',
      '"Whose?" asked Miss Crane.',
      '"Miss Anna Hale," said Mr. Dane.',
      '"Miss Anna Hale!" repeated Miss Crane. "How long has she been such a favourite?"',
      '"That is exactly the question I expected you to ask."',
      '"Then I shall consider it settled."',
    ].join('\n\n');
    expect(speakers(text).slice(-2)).toEqual(['Mr. Dane', 'Miss Crane']);
  });
});

describe('narration that introduces the next speaker', () => {
  it('gives the next line to the person a paragraph ends on ("and Miss Crane began again.")', () => {
    const text = [
      'Mr. Hale and Mrs. Grant and Miss Crane sat in the parlour after dinner.',
      '"The roads were dreadful," said Mr. Hale. "Quite dreadful." A short pause followed this speech, and Miss Crane began again.',
      '"I have a great regard for the vicar, but his sermons are too long."',
      '"They are never too long for me," said Mrs. Grant.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Mr. Hale', 'Mr. Hale', 'Miss Crane', 'Mrs. Grant']);
  });

  it('gives the next line to the one a paragraph ends by ("when thus accosted by Miss Prior.")', () => {
    const text = [
      '"Are you going to the assembly?" said Tom Reeve.',
      '"Perhaps," said Nell Carver. "If my aunt allows it."',
      'Nell looked away towards the window. Her answer had not displeased him, and he was still smiling at it, when thus accosted by Miss Prior.',
      '"I can guess what you are thinking."',
    ].join('\n\n');
    expect(speakers(text)[3]).toBe('Miss Prior');
  });

  it('gives the next line to the one a paragraph ends by saying spoke ("... immediately said, --")', () => {
    const text = [
      '"I did not know that you meant to walk," said Miss Crane, in some confusion.',
      '"You used us very ill," answered Mrs. Grant, "in running away without a word." Then, taking the free arm of Mr. Hale, she left Nora to walk by herself.',
      '"Must we all walk in a line?" asked Nora.',
      'Nora looked at the narrow path, and Mr. Hale, who felt their rudeness, immediately said, --',
      '"This path is not wide enough for our party. We had better go into the avenue."',
      '"No, no; stay where you are," said Nora, laughing.',
    ].join('\n\n');
    expect(speakers(text)[4]).toBe('Mr. Hale');
  });

  it('leaves a tag that ends a paragraph (\'"If I might," Tilley began.\') to the tag reader', () => {
    const text = ['"If I might," Tilley began.', '"You might not," said Mrs. Grant.'].join('\n\n');
    expect(speakers(text)).toEqual(['Tilley', 'Mrs. Grant']);
  });
});

describe('a story told in the first person', () => {
  it('gives "I said" to the narrator the others address by name, never named in the narration', () => {
    const text = [
      '"You must be tired, Nora," the woman said.',
      '"A little," I said. "Is my room ready?"',
      '"It is. Follow me, Nora."',
      '"Thank you," I said.',
      'I followed her up the stairs.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([null, 'Nora', 'Nora', null, 'Nora']);
  });

  it('names the narrator after the one person the others call by name, even away from an "I said"', () => {
    const text = [
      'My brother had agreed to teach me to drive, on the condition that nobody would ever tell his friends.',
      '"Mirror," Arjun said.',
      '"I haven\'t even started the car," I said.',
      '"Doesn\'t matter. Mirror."',
      '"Ajju, it\'s seven in the morning. There is nobody here," I pointed out.',
      '"The seagull could be a cyclist, Priya," said my brother.',
      'The car lurched forward and stopped dead.',
      '"Did I break it?" I asked.',
    ].join('\n\n');
    const said = speakers(text);
    expect([said[1], said[3], said[5]]).toEqual(['Priya', 'Priya', 'Priya']);
  });

  it('leaves an interviewer\'s "I ask" unnamed when nobody calls the interviewer by name', () => {
    const text = [
      'Lena Morrow has carved salt for thirty years.',
      '"Why salt?" I ask.',
      '"Because it forgives nothing," Morrow says.',
      '"And the cracks?" I ask.',
      '"The cracks are the work."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([null, 'Lena Morrow', null, 'Lena Morrow']);
  });
});

describe('names inside a line', () => {
  it('does not take "The driver, Pete," for someone the line speaks to', () => {
    const text = [
      'Margit Koval, 81, misses the bus. "The driver, Pete, knew everyone. He waved," she said.',
      '"Now they tell me there is a dial-a-ride service instead."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Margit Koval', 'Margit Koval']);
  });
});

describe('pronoun tags', () => {
  it('does not take a person named in an opening participle phrase for the "she" after it', () => {
    const text = [
      'Ruth Hale and Anna Crane sat at table.',
      'Ruth leaned over to Anna. "This is a sad affair," she whispered.',
      'Then, perceiving in Anna no wish to reply, she added, "But we must bear it."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Ruth Hale', 'Ruth Hale']);
  });

  it('prefers the subject of the sentence before to a possessor for "she" ("Lydia\'s going north, just when she")', () => {
    const text = [
      "Mr. Hale and his daughters were glad of the news. But Mrs. Grant was not so well pleased with it. Lydia's going north, just when she had expected most pleasure in her company, was a severe disappointment.",
      '"She is so fond of the sea," said she, "it will be quite shocking to send her away!"',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Mrs. Grant', 'Mrs. Grant']);
  });

  it('takes the subject of a sentence\'s last "; but" clause for the "she" after it', () => {
    const text = [
      'Mrs. Thornleigh read the letter aloud.',
      'Nobody spoke for a moment. Lydia Thornleigh continued to butter her toast with great exactness; but Cecily, who was seventeen, could not keep the thought to herself.',
      '"Then he is coming to look us over," said she.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Cecily']);
  });

  it('finds a short name the text gave in a tag where it opens a sentence ("Dec knelt")', () => {
    const text = [
      'Declan Furey and Tomás Quill sat in the boat. "Ah," Tomás said.',
      '"Ah," Dec agreed.',
      '"Fine," Tomás said.',
      'Dec knelt on the wet boards beside him. For a while neither of them spoke. The boat turned on the tide.',
      '"Give me the torch," he said.',
    ].join('\n\n');
    expect(speakers(text).at(-1)).toBe('Declan Furey');
  });
});

describe('kin descriptions', () => {
  it('never guesses "said her mother" onto the woman in focus when the family is not named', () => {
    const text = [
      '"I wish he had danced with Eliza," said Miss Lucas.',
      '"Another time, Lizzy," said her mother, "I would not dance with him."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Miss Lucas', "Lizzy's mother", "Lizzy's mother"]);
  });

  it('never gives "said their father" to one of the children it belongs to', () => {
    const text = [
      'Molly had her knees pulled up. Sean was lying on the daybed, and their father sat by the stove.',
      '"Where was Grandad?" Sean asked.',
      '"Grandad was on the eighth boat," said their father. "Nan is leaving out the best part."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Sean', null, null]);
    // "their uncle" beside "Uncle Ray" is him.
    const camp =
      '"Right," said Uncle Ray, standing back.\n\nMaddie was eating crisps.\n\n"We leave at six," said their uncle.';
    expect(speakers(camp)).toEqual(['Uncle Ray', 'Uncle Ray']);
  });

  it('finds "her father" as the "Mr Achterberg" the text names without a stop, not a second "Mr. Achterberg"', () => {
    const text =
      'Eleanor Achterberg brought Tomasz home. Mr Achterberg poured the wine.\n\n"So," said her father. "You are an engineer."';
    expect(speakers(text)).toEqual(['Mr Achterberg', 'Mr Achterberg']);
    expect(analyze(text).people.map((p) => p.name)).not.toContain('Mr. Achterberg');
  });

  it('gives "said her uncle" to the one married couple\'s husband when the niece is of another family', () => {
    const text =
      'Mr. and Mrs. Hale came up, and Anna Crane walked on with them, though Tom Webb stayed behind. "He is very civil," said her uncle. "Civil enough," replied her aunt.';
    expect(speakers(text)).toEqual(['Mr. Hale', 'Mrs. Hale']);
  });

  it('gives "her mother" of a girl known by her given name to the titled member of the family in the text', () => {
    const text = [
      'Mrs. Quill had called on Mrs. Ashby, and Mr. Ashby was out riding.',
      'Nora came in from the garden.',
      '"Where have you been all morning?" asked her mother.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Mrs. Ashby']);
  });
});
