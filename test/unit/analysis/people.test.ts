import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analysis/analyze.js';

const people = (text: string) => analyze(text).people;
const person = (text: string, name: string) => people(text).find((p) => p.name === name);

describe('people, organisations and places', () => {
  it('splits a title or office before a name into the role', () => {
    const p = person('Senate Minority Leader Paula Reyes spoke. Reyes left early.', 'Paula Reyes');
    expect(p?.role).toBe('Senate Minority Leader');
    expect(p?.aliases).toEqual(expect.arrayContaining(['Reyes', 'Senate Minority Leader Paula Reyes']));
    expect(p?.mentions).toHaveLength(2);
  });

  it('takes the role from an apposition after or before the name', () => {
    expect(person('Derek Hale, the council’s treasurer, resigned.', 'Derek Hale')?.role).toBe(
      'council’s treasurer',
    );
    expect(person('The club’s captain, Leon Marsh, scored.', 'Leon Marsh')?.role).toBe('club’s captain');
  });

  it('keeps "Mrs. Bennet" apart from "Miss Lydia Bennet", whichever comes first', () => {
    const names = (text: string) => analyze(text).people.map((p) => p.name);
    expect(names('"It was in the papers: Lately, to Miss Lydia Bennet," said Mrs. Bennet.')).toEqual([
      'Lydia Bennet',
      'Mrs. Bennet',
    ]);
    expect(names('"Mrs. Bennet is here," said Tom. Miss Lydia Bennet smiled.')).toEqual(
      expect.arrayContaining(['Lydia Bennet', 'Mrs. Bennet']),
    );
  });

  it('reads courtesy titles of other languages as titles ("Dona Lurdes", "Señora Ruiz", "Herr Vogel")', () => {
    const people = analyze(
      'Dona Lurdes made a small noise. Señora Ruiz laughed, and Herr Vogel said nothing at all.',
    ).people.map((p) => [p.name, p.gender]);
    expect(people).toEqual([
      ['Dona Lurdes', 'female'],
      ['Señora Ruiz', 'female'],
      ['Herr Vogel', 'male'],
    ]);
  });

  it('takes the name someone is called by for theirs ("Hasan Demir ... Everyone called him Kaptan")', () => {
    const text = [
      'The ferry was half empty, and Hasan Demir had his usual place on the deck. Everyone on the line called him Kaptan, although he had never commanded a boat.',
      '"You will catch your death out here," Emre said.',
      '"I have been catching it for forty years," said Hasan.',
    ].join('\n\n');
    const people = analyze(text).people;
    expect(people.map((p) => p.name)).toEqual(['Hasan Demir', 'Emre']);
    expect(people[0]?.aliases).toContain('Kaptan');
  });

  it('makes a person of a name someone is called by, with nobody before it to own it', () => {
    const text = [
      'Everybody at the boxing club called him Sparrow, because he had been the smallest boy there.',
      '"Kwabena." Frank Dunmore was sitting on the ring apron with a letter. "Come here a minute."',
      'Sparrow came over, still unwinding his wraps. "That is the selection letter."',
    ].join('\n\n');
    const analysis = analyze(text);
    expect(analysis.people.map((p) => p.name)).toContain('Sparrow');
    expect(analysis.quotes.at(-1)?.speaker).toBe('Sparrow');
  });

  it('knows more English pet forms ("Dot Bell" is Dorothy Bell, "Biddy" is Bridget)', () => {
    const names = (text: string) => analyze(text).people.map((p) => p.name);
    expect(names('Dorothy Bell chaired the meeting. "Order, please," said Dot Bell.')).toEqual([
      'Dorothy Bell',
    ]);
    expect(
      names('Bridget Halloran came in from the yard. "Biddy, the kettle," said her mother.'),
    ).not.toContain('Biddy');
  });

  it('does not read a list of people as the first one’s role', () => {
    const text =
      'Incumbent Rosa Iglesias, businessman Thomas Kessler and organiser Keisha Holloway took questions.';
    expect(person(text, 'Rosa Iglesias')?.role ?? '').not.toContain('Kessler');
    expect(person(text, 'Thomas Kessler')?.role).toBe('businessman');
  });

  it('keeps the words before an apposition’s determiner out of its role', () => {
    const role = (text: string) => person(text, 'Jane Doe')?.role;
    expect(role('On Tuesday the mayor, Jane Doe, spoke to residents.')).toBe('mayor');
    expect(role('Crowds gathered at town hall the mayor, Jane Doe, said.')).toBe('mayor');
    expect(role('@everyone The mayor, Jane Doe, spoke to residents.')).toBe('mayor');
    expect(role('@everyone chief executive, Jane Doe, resigned.')).toBe('chief executive');
    expect(role('On Friday Acme Corp’s chief executive, Jane Doe, resigned.')).toBe(
      'Acme Corp’s chief executive',
    );
  });

  it('keeps honorifics, infers gender and links surnames back to the full name', () => {
    const found = people('Dr. Anya Petrov met Mr. Okoro. Petrov said she was pleased. Okoro agreed.');
    const petrov = found.find((p) => p.name === 'Anya Petrov');
    expect(petrov?.aliases).toEqual(expect.arrayContaining(['Dr. Anya Petrov', 'Petrov']));
    expect(petrov?.gender).toBe('female');
    expect(found.find((p) => p.name === 'Mr. Okoro')?.gender).toBe('male');
  });

  it('does not take organisations, places, months or sentence-initial words for people', () => {
    const a = analyze('Officials at Harlow District Council met in Brennan on Monday. Shares fell in March.');
    const names = a.people.map((p) => p.name);
    expect(names).toEqual([]);
    expect(a.organisations.map((o) => o.name)).toContain('Harlow District Council');
    expect(a.places.map((p) => p.name)).toContain('Brennan');
  });

  it('links a later role reference to the holder', () => {
    const text = 'Governor Ruth Abney signed the bill.\n\n"It is done," the governor said.';
    const abney = person(text, 'Ruth Abney');
    expect(abney?.aliases).toContain('the governor');
  });
  it('keeps names with letters outside the basic Latin alphabet whole', () => {
    const text = '"Not yet," said Jarosław Wierzbicki. Later Łucja Dąbrowska and Çağla Öztürk spoke.';
    const names = people(text).map((p) => p.name);
    expect(names).toContain('Jarosław Wierzbicki');
    expect(analyze(text).quotes[0]?.speaker).toBe('Jarosław Wierzbicki');
  });

  it('learns a gender from the pronouns after several mentions, not from a name in a pair', () => {
    const text = [
      'Neither Oyelaran Tade nor Ilse Brandt could say how it started. She blamed the weather.',
      'Later Tade came back in. He was soaked. Tade sat down, and he laughed.',
    ].join('\n\n');
    expect(person(text, 'Oyelaran Tade')?.gender).toBe('male');
  });

  it('reads a company named short of its suffix as the company, not a person', () => {
    const text =
      'The trial of Brennick Civil Ltd continued. Outside court, Brennick Civil said it "continues to cooperate fully".';
    const a = analyze(text);
    expect(a.people).toEqual([]);
    expect(a.quotes[0]?.speaker).toBe('Brennick Civil Ltd');
  });

  it('knows a family name of two words or put first, and "Mr"/"Ms" before it, as one person', () => {
    const court =
      'He was cross-examined by the prosecutor, Siobhán Ní Bhriain. "How many?" Ms Ní Bhriain asked. A former manager, Callum Ferreira, answered. "Some," Mr Ferreira said.';
    expect(
      people(court)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Callum Ferreira', 'Siobhán Ní Bhriain']);
    const match = 'Nguyễn Thu Hà scored twice. "We never stopped," Nguyễn said.';
    expect(people(match).map((p) => p.name)).toEqual(['Nguyễn Thu Hà']);
    expect(analyze(match).quotes[0]?.speaker).toBe('Nguyễn Thu Hà');
  });

  it('knows a father and a son of one family apart: "Mr. Edmund" is the son, "Mr. Thornbury" the father', () => {
    const text = [
      'The library was the room which Josiah Thornbury loved. Into it came Edmund Thornbury, having been sent for.',
      '"Sit down, Edmund," said his father.',
      '"And so I should have done, Mr. Edmund," replied Mr. Wray.',
      'Mr. Thornbury struck the table. "Let us have no quarrelling."',
    ].join('\n\n');
    expect(people(text).map((p) => p.name)).toEqual(['Josiah Thornbury', 'Edmund Thornbury', 'Mr. Wray']);
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual([
      'Josiah Thornbury',
      'Mr. Wray',
      'Josiah Thornbury',
    ]);
  });

  it('reads a man from "called him Kwabena", so "Mrs. Mensah-Ford" is someone else (his mother)', () => {
    const text = [
      'Only two people still called him Kwabena: his mother, and Frank.',
      '"Kwabena Mensah-Ford," said his mother. "You were supposed to meet me."',
      'Mrs. Mensah-Ford looked at her son. "Oh. Oh, baby."',
    ].join('\n\n');
    const found = people(text);
    expect(found.find((p) => p.name === 'Kwabena Mensah-Ford')?.gender).toBe('male');
    expect(found.map((p) => p.name)).toContain('Mrs. Mensah-Ford');
  });

  it('does not take "in Nan\'s kitchen" for a place called Nan', () => {
    const text =
      'By half past the whole family was in Nan’s kitchen, because Nan had the woodstove.\n\n“That roof has been on since before your father was born,” said Nan.';
    expect(people(text).map((p) => p.name)).toEqual(['Nan']);
    expect(analyze(text).places.map((p) => p.name)).toEqual([]);
  });

  it('reads a single unknown name followed by ", who" as a person ("Odile, who had been photographing")', () => {
    const text =
      'Ruth grabbed the rail. "Tell me that is normal," she said.\n\nOdile, who had been photographing the glacier, lowered her phone. "It is normal," she said.';
    expect(people(text).map((p) => p.name)).toContain('Odile');
    expect(analyze(text).quotes.map((q) => q.speaker)).toEqual(['Ruth', 'Odile']);
  });

  it('joins a short form said to someone\'s face ("..., Jas,") to the one given name it begins', () => {
    const text =
      'Maren Holt was in the kitchen. Jasmin came in from the garden. "Nobody is selling this," Jasmin said.\n\n"Nobody wants to buy it, Jas," Maren said.';
    expect(people(text).find((p) => p.name === 'Jasmin')?.aliases).toContain('Jas');
  });

  it('does not take a town for a person for its given-name look ("grew up in Harlan", "Kelsey City")', () => {
    const text = 'Dr. Samuel Ade grew up in Harlan. He moved to Kelsey City in 2010. "It is home," he said.';
    expect(people(text).map((p) => p.name)).toEqual(['Samuel Ade']);
  });

  it('keeps an Irish particle ("Ó Dálaigh") inside the family name the full name ends in', () => {
    const text = 'Ciarán Ó Dálaigh kicked a penalty at the end. "It was training," Ó Dálaigh said.';
    expect(people(text).map((p) => p.name)).toEqual(['Ciarán Ó Dálaigh']);
  });

  it('keeps a capitalised particle ("Fatima El Amrani" ... "El Amrani told parliament") inside the family name', () => {
    const text =
      'The minister, Fatima El Amrani, said investigators were at the port. "There is no indication of more," El Amrani told parliament.';
    expect(people(text).map((p) => p.name)).toEqual(['Fatima El Amrani']);
    expect(analyze(text).quotes[0]?.speaker).toBe('Fatima El Amrani');
  });

  it('reads four-word names: a Spanish first family name alone, a Vietnamese given name after "Ms"', () => {
    const union =
      'María del Carmen Ortega Ruiz, secretary general of the smallholders’ union, was angry. "A family cannot move anything," Ortega said.';
    expect(people(union).map((p) => p.name)).toEqual(['María del Carmen Ortega Ruiz']);
    expect(analyze(union).quotes[0]?.speaker).toBe('María del Carmen Ortega Ruiz');
    const summit =
      '"They will learn it from a telephone," Vietnam’s deputy prime minister, Nguyễn Thị Thanh Hà, said. Ms Hà led the delegation.';
    expect(people(summit).map((p) => p.name)).toEqual(['Nguyễn Thị Thanh Hà']);
    expect(analyze(summit).quotes[0]?.speaker).toBe('Nguyễn Thị Thanh Hà');
  });

  it('takes a gender from the pronoun that opens the next sentence over one inside the name’s own', () => {
    const text =
      'The apprentice, Aroha Ngata, answered an advertisement he placed. She had never opened a clock. Ngata stayed.';
    expect(person(text, 'Aroha Ngata')?.gender).toBe('female');
  });

  it('keeps a hyphenated family name whole', () => {
    const text =
      'Prosecutor Daniel Osei-Bonsu rose. "No further questions," Osei-Bonsu said. Ana Ruiz-Lund-Moore left.';
    expect(people(text).map((p) => p.name)).toEqual(['Daniel Osei-Bonsu', 'Ana Ruiz-Lund-Moore']);
    expect(analyze(text).quotes[0]?.speaker).toBe('Daniel Osei-Bonsu');
  });

  it('reads a courtesy title that opens a sentence as a title, not the verb "miss"', () => {
    expect(people('Miss Harlow arrived first. Mrs Pell followed.').map((p) => p.name)).toEqual([
      'Miss Harlow',
      'Mrs Pell',
    ]);
  });

  it('does not make a family name of the given name after Lady or Sir', () => {
    const text = [
      'Lady Catherine had not spoken to her father in a year.',
      '"You will come," said Lady Catherine. "He is ill."',
      '"I shall think about it," said her father.',
    ].join('\n\n');
    expect(people(text).map((p) => p.name)).not.toContain('Mr. Catherine');
  });

  describe('one person under two names, whichever comes first', () => {
    const names = (text: string) => people(text).map((p) => p.name);

    it('joins "Miss Elizabeth" to Elizabeth and "Miss Harlow" to the one woman named in full as Harlow', () => {
      expect(names('"Come, Miss Elizabeth," said he. Elizabeth did not move.')).toEqual(['Elizabeth']);
      expect(names('Miss Harlow arrived first. Later Caroline Harlow sat by the window.')).toEqual([
        'Caroline Harlow',
      ]);
    });

    it('joins "Ms Marchetti" and "Mrs Koval" to the woman named in full, even when her first name is unusual', () => {
      expect(
        names('Leonie Marchetti, 44, gave evidence. Under cross-examination, Ms Marchetti paused.'),
      ).toEqual(['Leonie Marchetti']);
      expect(names('Margit Koval, 78, takes the bus. Mrs Koval intends to be on the last one.')).toEqual([
        'Margit Koval',
      ]);
      // "Mrs Dale" may be the mother of "Ana Dale" when the text has another Dale.
      expect(names('"Not today," said Mrs Dale. Later Ana Dale and Tom Dale arrived.').sort()).toEqual([
        'Ana Dale',
        'Mrs Dale',
        'Tom Dale',
      ]);
    });

    it('joins a pet form with the family name to the given name it stands for', () => {
      expect(names('Eliza Bennet walked in. Elizabeth sat down beside Mr. Bennet.').sort()).toEqual([
        'Elizabeth',
        'Mr. Bennet',
      ]);
    });

    it('keeps apart people a newsroom would: a relative, a given name that is a family name, a pet form alone', () => {
      const sorted = (text: string) => names(text).sort();
      expect(sorted('Bill Gates met Prince William on Monday. "It went well," Gates said.')).toEqual([
        'Bill Gates',
        'William',
      ]);
      expect(
        sorted('"We lost everything," Ms. Reyes said. Her daughter, Maria Reyes, 12, stayed with friends.'),
      ).toEqual(['Maria Reyes', 'Ms. Reyes']);
      expect(
        sorted('Senator Kelly Loeffler spoke first. Her spokeswoman, Ms. Kelly, declined to comment.'),
      ).toEqual(['Kelly Loeffler', 'Ms. Kelly']);
    });

    it('joins a clipped given name to the one full name it is cut from', () => {
      expect(names('Rafael Moreno checked the probes. "Two left," said Rafa.')).toEqual(['Rafael Moreno']);
      expect(names('Henrietta Lindgren sighed. "Fine," said Etta.')).toEqual(['Henrietta Lindgren']);
      expect(names('Hiroshi Sato packed. "Ready?" asked Uncle Hiro.')).toEqual(['Hiroshi Sato']);
      // Two people it could be cut from: left alone.
      expect(names('Daniel Berg and Danielle Lund waited. "Hello," said Dani.').sort()).toEqual([
        'Dani',
        'Daniel Berg',
        'Danielle Lund',
      ]);
    });

    it('keeps them apart when two people could be meant, or the name is a family name', () => {
      expect(
        names(
          '"Good morning," said Miss Harlow. Caroline Harlow and Louisa Harlow sat by the window.',
        ).sort(),
      ).toEqual(['Caroline Harlow', 'Louisa Harlow', 'Miss Harlow']);
      expect(names('Miss Bingley laughed. "Nonsense," said Bingley to his friend.').sort()).toEqual([
        'Bingley',
        'Miss Bingley',
      ]);
    });
  });

  it('knows common given names beyond the English core, so a person named once with no other cue is found', () => {
    const text =
      'Joanne Tully, whose son’s school moved its start last year, said mornings had become "almost civilised". Siobhan Kerr and Kwame Asante agreed.';
    expect(
      people(text)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Joanne Tully', 'Kwame Asante', 'Siobhan Kerr']);
  });
});

describe('name shapes', () => {
  const names = (text: string) => people(text).map((p) => p.name);
  const attributed = (text: string) =>
    analyze(text).quotes.map((q) => [q.speaker, q.speakerMention?.text ?? null]);

  it('leaves post-nominal letters out of the name', () => {
    const text =
      'Fiona Adair KC questioned him. Ms Adair showed him the letter. "This letter is yours," she said.';
    expect(names(text)).toEqual(['Fiona Adair']);
    expect(attributed(text)).toEqual([['Fiona Adair', 'she']]);
    expect(names('Sam Okafor OBE opened the hall. "It is ours," Okafor said.')).toEqual(['Sam Okafor']);
    expect(names('Robert Keane Jr. spoke first. "We begin," Keane said.')).toEqual(['Robert Keane']);
  });

  it('never takes a nationality or a plural noun for a person', () => {
    const text = 'The Portuguese coach Rui Esteves was happy. "We were afraid," the Portuguese said.';
    expect(names(text)).toEqual(['Rui Esteves']);
    expect(attributed(text)).not.toContainEqual(['Portuguese', expect.anything()]);
    expect(attributed('Residents said the noise was "like a train".')).toEqual([[null, 'Residents']]);
    expect(attributed('"It is a disgrace," Kenyans said.')).toEqual([[null, 'Kenyans']]);
  });

  it('reads organisation names with "of" and with a plural possessive, and "the federation" as them', () => {
    const orgs = (text: string) => analyze(text).organisations.map((o) => o.name);
    const of =
      'The Confederation of Free Trade Unions said it was angry. "Workers were not heard," the confederation said.';
    expect(orgs(of)).toEqual(['Confederation of Free Trade Unions']);
    expect(attributed(of)).toEqual([['Confederation of Free Trade Unions', 'the confederation']]);
    const possessive =
      'The Transport and Logistics Workers’ Federation called a strike. "We were not told," the federation said.';
    expect(orgs(possessive)).toEqual(['Transport and Logistics Workers’ Federation']);
    expect(attributed(possessive)).toEqual([
      ['Transport and Logistics Workers’ Federation', 'the federation'],
    ]);
  });

  it('keeps lower-case particles inside a name and links the family name back', () => {
    const text =
      'Khalid bin Saeed Al-Harthy, the minister, spoke. "We are asked to police the sea," Al-Harthy said.';
    expect(names(text)).toEqual(['Khalid bin Saeed Al-Harthy']);
    expect(attributed(text)).toEqual([['Khalid bin Saeed Al-Harthy', 'Al-Harthy']]);
    const leyen = 'Ursula von der Leyen, the president, spoke. "We will act," said von der Leyen.';
    expect(attributed(leyen)).toEqual([['Ursula von der Leyen', 'von der Leyen']]);
    expect(names('María de la Cruz, a teacher, spoke. "Enough," de la Cruz said.')).toEqual([
      'María de la Cruz',
    ]);
    expect(attributed('Ludwig van Beethoven wrote it. "Again," Beethoven said.')).toEqual([
      ['Ludwig van Beethoven', 'Beethoven'],
    ]);
    expect(attributed('Bashar al-Assad, the president, spoke. "No," said Assad.')).toEqual([
      ['Bashar al-Assad', 'Assad'],
    ]);
  });

  it('reads a hyphenated given name with a lower-case half, family name first', () => {
    const text = 'Park Seo-yeon, the chief negotiator, spoke. "We have a text," Park said. Ms Park left.';
    expect(names(text)).toEqual(['Park Seo-yeon']);
    expect(attributed(text)).toEqual([['Park Seo-yeon', 'Park']]);
    expect(attributed('Kim Min-jun, the spokesman, spoke. "We are ready," Kim said.')).toEqual([
      ['Kim Min-jun', 'Kim'],
    ]);
    expect(names('Nguyễn Thị Minh-khai, the poet, spoke. "We write," Nguyễn said.')).toEqual([
      'Nguyễn Thị Minh-khai',
    ]);
    // Capitalised English compounds stay as they were.
    expect(names('The Kremlin-backed group met Covid-era rules. "No," said Tom Reyes.')).toEqual([
      'Tom Reyes',
    ]);
  });

  it('gives a relative named by given name only the family name of the one they belong to', () => {
    const died = 'Wilf Antrobus, who ran the shop for sixty years, has died.';
    const daughter = `${died} His daughter, Carys, said he died peacefully. "He never retired," she said.`;
    expect(names(daughter)).toEqual(['Wilf Antrobus', 'Carys Antrobus']);
    expect(attributed(daughter)).toEqual([['Carys Antrobus', 'she']]);
    expect(names(`${died} His son, Owen, said he was proud.`)).toContain('Owen Antrobus');
    // "His" cannot point back to a woman: no family name is given.
    expect(names('Mary Antrobus has died. His son, Owen, said she was kind.')).not.toContain('Owen Antrobus');
    // The sentences of a quote in between do not put the one she belongs to out of reach.
    const patient =
      'Margaret Oyelaran, 71, was referred for a hip. "I was told nine months. Then twelve. Then nothing," she said.\n\n"I sleep in the armchair now. My world is four rooms."\n\nHer daughter, Funmi, said the family had been quoted £14,000. "We do not have that," she said.';
    expect(attributed(patient).at(-1)).toEqual(['Funmi Oyelaran', 'she']);
  });

  it('does not take a club named before "His son, Owen," for the family', () => {
    const text =
      'Wilf Antrobus, who ran the shop, has died. In 1978 he founded the Castlebridge Wheelers, a club.\n\nHis son, Owen, said his father could fix anything.';
    expect(people(text).map((p) => p.name)).toEqual(['Wilf Antrobus', 'Owen Antrobus']);
  });

  it('reads "The conference chair, Park Seo-yeon of ..." as one person that "Park" and "Ms Park" join', () => {
    const text =
      'The conference chair, Park Seo-yeon of South Korea’s oceans ministry, said it. "We have a text," Park told reporters. Ms Park left.';
    expect(people(text).map((p) => p.name)).toEqual(['Park Seo-yeon']);
  });

  it('keeps two given names with accents whole ("João Pedro Magalhães")', () => {
    const text = '"We speak Portuguese here," said João Pedro Magalhães, the secretary of state.';
    expect(people(text).map((p) => p.name)).toEqual(['João Pedro Magalhães']);
  });

  it('does not take the gender of a name from a her that is the object of its verb', () => {
    const text =
      'Theodora Vance works alone. Her gallerist, Miles Kettering, who has represented her since 2004, describes her as difficult.';
    expect(people(text).find((p) => p.name === 'Miles Kettering')?.gender).not.toBe('female');
  });

  it('keeps a given-name syllable ending in -ing ("Lin Wei-ting") in the name', () => {
    const text = '"That is not possible at this depth," Lin Wei-ting said. Dr. Lin folded her arms.';
    expect(people(text).map((p) => p.name)).toEqual(['Lin Wei-ting']);
  });

  it('does not take "Kitty" for "Lady Catherine" (a titled lady is not called by a pet name)', () => {
    const text = 'Lady Catherine sat down. Kitty was too afraid to talk. "Yes," said Kitty.';
    expect(
      people(text)
        .map((p) => p.name)
        .sort(),
    ).toEqual(['Kitty', 'Lady Catherine']);
  });
});
