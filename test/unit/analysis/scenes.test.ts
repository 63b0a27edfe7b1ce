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

  it('takes the person a tag’s participle acts on ("said, kissing Anna") as the one spoken to', () => {
    const text = [
      'Tom Webb was at the table already. Anna Webb came in late, and Tom looked up. Tom had eaten half the bread.',
      '"You look tired," Aunt Ruth said, kissing Anna on both cheeks. "Are you eating?"',
      '"I\'m eating, Auntie."',
      '"Sandwiches, I expect."',
      '"Sometimes soup."',
      '"Soup is not food."',
    ].join('\n\n');
    expect(speakers(text).slice(2)).toEqual(['Anna Webb', 'Aunt Ruth', 'Anna Webb', 'Aunt Ruth']);
  });

  it('gives two lines around a beat ("Her mother set down her cup.") to the beat’s subject', () => {
    const text = [
      'Mrs. Ashworth sat by the fire with her daughters, Eleanor and Kitty.',
      '"Is he handsome?" asked Kitty.',
      '"He is very brown," said Eleanor.',
      '"Brown!"',
      '"Only a little."',
      '"Nonsense!" Her mother set down her cup. "Brown is the fashion this year."',
    ].join('\n\n');
    expect(speakers(text).slice(-2)).toEqual(['Mrs. Ashworth', 'Mrs. Ashworth']);
  });

  it('gives an untagged line to the subject of the narration that opens its paragraph', () => {
    const text = [
      'The engine died a little after eleven. Declan Furey and Tomás Quill sat in the dark.',
      '"Don\'t say it," Tomás said.',
      '"I wasn\'t going to say anything."',
      '"You were going to say you told me so, weren\'t you?"',
      'Tomás pulled the cover off the engine housing and shone the torch inside. "Fuel filter, maybe."',
      '"We changed the fuel filter in March."',
    ].join('\n\n');
    expect(speakers(text).slice(-2)).toEqual(['Tomás Quill', 'Declan Furey']);
  });

  it('does not seat a relative named in a comparison ("older than her father") in the scene', () => {
    const text = [
      'By a quarter to midnight Ilse Vandermeer was the only person on platform two.',
      '"Of course it is," Ilse said to nobody.',
      '"It always is, on Thursdays," said a man\'s voice from the far end of the bench.',
      'She had not noticed him. He was old, or at least older than her father, in a long dark coat.',
      '"Why Thursdays?" she asked.',
      '"They do the maintenance on Thursdays."',
      '"And it\'s always cancelled?"',
      '"Not always. About one Thursday in three."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      'Ilse Vandermeer',
      null,
      'Ilse Vandermeer',
      null,
      'Ilse Vandermeer',
      null,
    ]);
    // A word in capitals on a sign is nobody.
    const sign = `${text}\n\nThe coach had a sign that says TREIN in the window. "Utrecht?" asked the driver.`;
    expect(analyze(sign).people.map((p) => p.name)).toEqual(['Ilse Vandermeer']);
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
    // Named by the family name when the text gives one, else after the person he belongs to.
    const farrow = 'Mr. Farrow';
    expect(speakers(scene('Mary Farrow'))).toEqual([
      farrow,
      farrow,
      'Mary Farrow',
      farrow,
      'Mary Farrow',
      farrow,
    ]);
    const father = "Mary's father";
    expect(speakers(scene('Mary'))).toEqual([father, father, 'Mary', father, 'Mary', father]);
  });

  it('keeps the pair an address started through a long run of bare replies, over more prominent people', () => {
    // Tom Webb and Ruth Ames are the story's main people; the exchange is between Ruth and Mr. Grey.
    const text = [
      'Tom Webb walked home. Tom Webb was tired. Ruth Ames met Tom Webb at the gate, and Tom Webb smiled.',
      '"You are late," said Tom Webb. "I am," said Ruth Ames.',
      'Mr. Grey came in with the post, and Ruth Ames took it from him.',
      '"Is there anything from London, Mr. Grey?" asked Ruth Ames.',
      '"Nothing today," he replied, "though the coach was late."',
      '"Then tomorrow, perhaps."',
      '"Perhaps. The roads are bad."',
      '"They are always bad in March."',
      '"Worse this year than most."',
      '"You say that every year."',
      '"And every year it is true."',
    ].join('\n\n');
    expect(speakers(text).slice(2)).toEqual([
      'Ruth Ames',
      'Mr. Grey',
      'Mr. Grey',
      'Ruth Ames',
      'Mr. Grey',
      'Ruth Ames',
      'Mr. Grey',
      'Ruth Ames',
      'Mr. Grey',
    ]);
  });

  it('gives the answer to "..., sir?" to a man', () => {
    const text = [
      'Mrs. Hale and her daughter Alice Hale sat with Mr. Crane by the fire.',
      '"The roads were very bad," said Alice Hale.',
      '"They were worse last winter," said Mrs. Hale.',
      '"Were they? I do not remember it."',
      '"You were away, my love."',
      '"So I was. Did you come by the north road, sir?"',
      '"I did, and I shall not do it again."',
    ].join('\n\n');
    expect(speakers(text).slice(4)).toEqual(['Alice Hale', 'Mr. Crane']);
  });

  it('keeps giving an interviewer’s questions to nobody once "I ask" has shown there is one', () => {
    const text = [
      'For twenty years, Maria Hart has tuned pianos in the valley. Hart, 61, still works every day.',
      '"Where did you learn?" I ask.',
      '"From my uncle," she says. "He was deaf in one ear, so I had to be his other ear."',
      '"Did he pay you?"',
      '"In biscuits. Every Saturday."',
      'She trained later in Vienna, and she calls those years "the cold ones".',
      '"And the valley? Why come back?"',
      '"Because nobody else would tune these old uprights."',
    ].join('\n\n');
    expect(speakers(text)).toEqual([
      null,
      'Maria Hart',
      'Maria Hart',
      null,
      'Maria Hart',
      'Maria Hart',
      null,
      'Maria Hart',
    ]);
  });

  it('keeps a person the report names only after an interview out of its turns', () => {
    const text = [
      'Health Minister Teresa Ortiz was pressed over the closures.',
      '"Minister, will any unit close?" the presenter asked.',
      '"No decision has been taken," Ms Ortiz replied.',
      '"But you are not ruling it out."',
      '"I am ruling out deciding on the radio."',
      '"Have you read the draft?"',
      '"I have seen a great many drafts."',
      'Yusuf Demir, of the midwives’ union, said the interview had left his members anxious.',
    ].join('\n\n');
    expect(speakers(text)).toEqual([null, 'Teresa Ortiz', null, 'Teresa Ortiz', null, 'Teresa Ortiz']);
  });

  it('treats a description no role matched ("the witness said") as a hint the exchange can overrule', () => {
    const text = [
      'Paul Grant, a former manager, was questioned by Ruth Dale, counsel to the inquiry.',
      '"Did you read the report, Mr Grant?" asked Ruth Dale.',
      '"I have no memory of it," he replied.',
      '"That is not what I asked."',
      '"Then no."',
      'The chairman, Sir Alan Hurst, then intervened. "Are you telling us nobody read it?"',
      '"No, sir. I am telling you I cannot say who read it," the witness said.',
      '"Who opened your post?"',
      '"My assistant, usually."',
    ].join('\n\n');
    expect(speakers(text).slice(4, 6)).toEqual(['Alan Hurst', 'Paul Grant']);
  });

  it('names a relative the text never names after the person they belong to ("Justine\'s mother")', () => {
    const text = [
      'Justine stood at the check-in desk with her mother.',
      '"Have you got your passport?" said her mother.',
      '"Yes."',
      '"Check again."',
      '"I checked at the house, Mum."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(["Justine's mother", 'Justine', "Justine's mother", 'Justine']);
  });

  it('finds whose relative it is when the text opens on "Her grandfather ..." and names her later', () => {
    const text = [
      'Her grandfather had always planted the beans on the first of May, and this year he was going to do it anyway.',
      '"Hold the pole straight, Maisie," he said.',
      '"It is straight. The ground is wonky."',
      '"The ground was here before you were."',
      '"Why are we doing this?" Maisie said.',
      '"Because it is May."',
    ].join('\n\n');
    const grandfather = "Maisie's grandfather";
    expect(speakers(text)).toEqual([grandfather, 'Maisie', grandfather, 'Maisie', grandfather]);
  });

  it('knows a name that opens a sentence ("... Mr Finch?" Abara said.) from its later use as a person', () => {
    const text = [
      'Gerald Finch sat with his hands folded.',
      '"Where were you on the ninth, Mr Finch?" Abara said.',
      '"At home."',
      '"Which friends?" said Abara.',
    ].join('\n\n');
    const abara = analyze(text).people.find((p) => p.name === 'Abara');
    expect(abara?.mentions.map((m) => m.text)).toEqual(['Abara', 'Abara']);
  });

  it('knows "his gran" as a relative, named after the boy by his given name ("Kieran\'s gran")', () => {
    const text = [
      'His gran’s washing machine had been making the noise for a week before she mentioned it, which Kieran Walsh later realised was the point.',
      '“It does it on the spin,” she said.',
      '“I don’t know anything about washing machines, Nan.”',
      '“You know about phones.”',
      '“That’s not the same,” said Kieran.',
      '“It’s all electrics,” said his gran.',
    ].join('\n\n');
    const gran = "Kieran's gran";
    const said = speakers(text);
    expect([said[0], ...said.slice(2)]).toEqual([gran, gran, 'Kieran Walsh', gran]);
  });

  it('does not make "Aunt Kamala" the one whose father "her father" is', () => {
    const text = [
      'Aunt Kamala arrived late, as always. “Hello,” said Leela Raman at the door.',
      '“You’ve lost weight,” Kamala said, kissing Leela on both cheeks.',
      '“I’m eating, Athai.”',
      'From the kitchen her father called: “Leave her alone, Kamala.”',
    ].join('\n\n');
    expect(speakers(text)[3]).toBe('Mr. Raman');
  });

  it('gives a line that introduces its speaker ("I\'m ...", a name given for the tape) to that person', () => {
    const text = [
      'Okonjo pressed the button on the recorder. "This interview is being recorded. I\'m Detective Sergeant Ben Okonjo."',
      '"Detective Inspector Ruth Calloway."',
      '"Hannah Farrant, solicitor, for Mr Pennick," said the woman in the grey jacket.',
      '"And you are?"',
      '"Stuart Pennick."',
    ].join('\n\n');
    const said = speakers(text);
    expect([...said.slice(0, 3), said[4]]).toEqual([
      'Ben Okonjo',
      'Ruth Calloway',
      'Hannah Farrant',
      'Stuart Pennick',
    ]);
  });

  it('gives "the woman said" to the name she introduces herself by in the same line', () => {
    const text = [
      'Teodor Baciu had been sitting in the room for forty minutes. When the door opened, it was a woman with a folder.',
      "'Mr Baciu,' the woman said. 'I'm Detective Inspector Pascoe. You're not under arrest, you understand that?'",
      "'Then I would like to leave.'",
      "'I'd rather you didn't. Not yet.'",
      "'Why not?'",
    ].join('\n\n');
    expect(speakers(text).slice(0, 2)).toEqual(['Pascoe', 'Pascoe']);
  });

  it('never guesses "the woman in the grey jacket" onto a man', () => {
    const text = 'Tom Hale sat down. "Good morning," said the woman in the grey jacket.';
    expect(speakers(text)).not.toContain('Tom Hale');
  });

  it('lets a speaker the scene already knows speak twice across narration', () => {
    const text = [
      'Mary Ross listened to Tom Grant, and thought him kinder than ever as he spoke.',
      '"But why," said she after a pause, "did he treat you so?"',
      '"Jealousy, I believe. His father liked me too well."',
      '"I had not thought him so bad as this."',
      '"Few people do."',
      '"Then I am one of the few."',
      'Mary was silent for some time, turning the thought over; at last she went on.',
      '"And his own sister," she said, "does she know of it?"',
      '"She knows nothing," said Grant. "Nobody does."',
    ].join('\n\n');
    const mary = 'Mary Ross';
    const tom = 'Tom Grant';
    expect(speakers(text)).toEqual([mary, mary, tom, mary, tom, mary, mary, mary, tom, tom]);
  });

  it('survives a missing closing mark: the scene is still decoded, nobody gets a line against their tag', () => {
    const scene = [
      'Anna Price came into the kitchen, where Ben Holt was reading.',
      '"You\'re late," said Ben.',
      '"The bus broke down."',
      '"Again?"',
      '"Again. Do you want tea?"',
      '"Please."',
      '"Fine," said Anna. "It\'s on the stove."',
      '"Thanks," he said.',
      '"You look tired."',
      '"I am."',
    ].join('\n\n');
    const broken = scene.replace('"It\'s on the stove."', '"It\'s on the stove.');
    const expected = [
      'Ben Holt',
      'Anna Price',
      'Ben Holt',
      'Anna Price',
      'Ben Holt',
      'Anna Price',
      'Anna Price',
    ];
    expect(speakers(scene)).toEqual([...expected, 'Ben Holt', 'Anna Price', 'Ben Holt']);
    expect(speakers(broken)).toEqual([...expected, 'Ben Holt', 'Anna Price', 'Ben Holt']);
  });

  it('does not give a witness’s answers to a judge the report names only afterwards', () => {
    const text = [
      'Prosecutor Diane Kerr questioned the defendant’s former partner, Samuel Ortiz.',
      '"Mr Ortiz, when did you last see the defendant?" Kerr asked.',
      '"In March, at the warehouse."',
      '"Was anyone else there?"',
      '"No. Just the two of us."',
      '"Did he say anything about the money?"',
      '"He said it was gone."',
      'Judge Helen Marsh called a recess shortly after noon.',
      '"We will resume at two," Marsh said.',
    ].join('\n\n');
    const [kerr, ortiz] = ['Diane Kerr', 'Samuel Ortiz'];
    expect(speakers(text)).toEqual([kerr, ortiz, kerr, ortiz, kerr, ortiz, 'Helen Marsh']);
  });

  it('keeps a news source’s quote that runs over several paragraphs with its source', () => {
    const text = [
      'The harbour master, Ruth Okafor, has spent thirty years watching the water rise.',
      '"When I started, the high tide stopped at the second step," Okafor said.',
      '"Now it reaches the door of the customs house twice a month."',
      '"We have sandbags in every office. We have pumps on every jetty."',
      '"None of it is enough."',
      'Her deputy, Tom Barrow, agreed. "We asked for a sea wall in 2015," he said.',
    ].join('\n\n');
    const okafor = 'Ruth Okafor';
    expect(speakers(text)).toEqual([okafor, okafor, okafor, okafor, 'Tom Barrow']);
  });

  it('leaves an unnamed interviewer’s questions unattributed and gives the answers to the interviewee', () => {
    const text = [
      'For twelve years Dr. Sina Tauiliili has counted corals on one kilometre of reef. She spoke to us by video link.',
      '"Why one kilometre? Why not the whole reef?"',
      '"Because the whole reef is an average," Tauiliili said. "Averages hide everything interesting."',
      '"Recover from what, exactly?"',
      '"From bleaching, mostly."',
      '"Do you know why?"',
      '"We have a theory, and honestly I would rather call it a hunch."',
      '"That sounds like good news."',
      '"It is conditionally good news."',
    ].join('\n\n');
    const sina = 'Sina Tauiliili';
    expect(speakers(text)).toEqual([null, sina, sina, null, sina, null, sina, null, sina]);
  });

  it('reads "She told the court that ..." between a witness’s answers as her turn', () => {
    const text = [
      'Prosecutor Daniel Osei-Bonsu questioned the engineer, Leonie Marchetti.',
      '"You signed the certificate?" Mr Osei-Bonsu asked.',
      '"I did."',
      '"And the bridge fell a week later."',
      '"Yes."',
      'Ms Marchetti paused. She told the court that she had asked for new photographs.',
      '"Did those photographs show the underside?"',
      '"They showed the north side."',
    ].join('\n\n');
    const [dan, leonie] = ['Daniel Osei-Bonsu', 'Leonie Marchetti'];
    expect(speakers(text)).toEqual([dan, leonie, dan, leonie, dan, leonie]);
  });

  it('treats "the girl said" as a guess the exchange can overrule', () => {
    const text = [
      'Nora Dunne stood at the window while her daughter, Bridget Dunne, laid the table.',
      '"He will not come before the thaw," said Nora.',
      '"He might," the girl said.',
      '"Then why has he not written since Michaelmas?"',
      '"Then he is on his way."',
      '"Or he has forgotten us."',
    ].join('\n\n');
    const [nora, bridget] = ['Nora Dunne', 'Bridget Dunne'];
    expect(speakers(text)).toEqual([nora, bridget, nora, bridget, nora]);
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

  it('reads "the former continued ... by saying" as a tag, and skips a speech that did not happen', () => {
    const text =
      'Anne Lee asked many things, and Mary Cole could not answer them all, so the former continued the subject by saying, "Tell me everything."';
    expect(speakers(text)).toEqual(['Anne Lee']);
  });

  it('gives an infinitive speech verb to its clause’s subject, not to the person spoken to', () => {
    const text =
      'As for Agnes Pole, she was calm enough to whisper to Hannah Reed, soon after they sat down, "This is a sad business."';
    const [quote] = analyze(text).quotes;
    expect([quote?.speaker, quote?.speakerMention?.text]).toEqual(['Agnes Pole', 'she']);
  });

  it('gives "grateful to her uncle for saying" to the one thanked', () => {
    const text = 'Anne Ross thanked Tom Webb for saying, "We will help."';
    expect(speakers(text)).toEqual(['Tom Webb']);
  });

  it('reads "said her ladyship" as a tag naming the one Lady the text names', () => {
    const text =
      'Lady Agatha Crewe sat with Mary Hale, and listened to Mary Hale play. "You play well," said her ladyship.';
    const [quote] = analyze(text).quotes;
    expect([quote?.speaker, quote?.speakerMention?.text]).toEqual(['Agatha Crewe', 'her ladyship']);
  });

  it('gives "he continued" to the man who spoke last, across narration naming another man', () => {
    const text = [
      '"The bridge will be finished by spring," said Tom Webb.',
      'Anne Ross thought of her brother Paul Ross, and of what he had said about the river.',
      '"There is also the question of cost," he continued after a pause.',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Webb', 'Tom Webb']);
  });

  it('names both of "Mr. and Mrs. Gardiner"', () => {
    const people = analyze('On Mr. and Mrs. Gardiner’s coming up, they went in.').people;
    expect(people.map((p) => p.name).sort()).toEqual(['Mr. Gardiner', 'Mrs. Gardiner']);
  });

  it('takes a run of sentences after a long lead-in clause as speech, not a scare quote', () => {
    const text =
      'As for Agnes Pole, she leaned across to whisper to her cousin, soon after they sat down, "This is a sad business; and it will be talked of. We must bear it together."';
    const quotes = analyze(text).quotes;
    expect(quotes.map((q) => q.kind)).toEqual(['direct']);
  });

  it('starts a new scene where the narration moves on in time ("In the afternoon, ...")', () => {
    const text = [
      'At breakfast they were joined by Harriet, who had been up since six with her sermons.',
      '"This is a sad business," said Harriet. "We must all bear it with patience."',
      'Clara made no answer, and Harriet went on reading to herself for the rest of the meal.',
      'In the afternoon, the two elder sisters were able to be alone for an hour; and Clara at once asked all the questions she had, which Ruth was glad to answer. Clara began by saying, "Tell me everything the colonel said. Did he suspect anything before?"',
      '"He said he had sometimes wondered, but never enough to be alarmed."',
      '"And did the servants know?"',
      '"Only the cook, and she told nobody until Tuesday."',
      '"Oh, Ruth, we should have spoken sooner."',
    ].join('\n\n');
    expect(speakers(text).slice(2)).toEqual(['Clara', 'Ruth', 'Clara', 'Ruth', 'Clara']);
  });

  it('lets "she added" after narration go on with the one who spoke last', () => {
    const text = [
      'In the dining-room they were joined by Harriet and Rose, who had been busy upstairs.',
      'As for Harriet, she leaned across to whisper to Clara, "This is a sad business, and the whole town will talk of it."',
      'Then, finding in Clara no wish to reply, she added, "We must bear it with patience, as we bear every trial."',
      'Clara lifted her eyes, but said nothing. Harriet went on with her soup.',
      'At breakfast they were joined by Harriet, who had been up since six with her sermons.',
      '"This is a sad business," said Harriet. "We must all bear it with patience."',
      'Clara made no answer, and Harriet went on reading to herself for the rest of the meal.',
      'In the afternoon, the two elder sisters were able to be alone for an hour; and Clara at once asked all the questions she had, which Ruth was glad to answer. Clara began by saying, "Tell me everything the colonel said. Did he suspect anything before?"',
      '"He said he had sometimes wondered, but never enough to be alarmed."',
      '"And did the servants know?"',
      '"Only the cook, and she told nobody until Tuesday."',
      '"Then how did the news reach the village so fast?"',
      '"I cannot think. Perhaps the carrier heard it in town."',
      '"Oh, Ruth, we should have spoken sooner."',
    ].join('\n\n');
    expect(speakers(text).slice(0, 2)).toEqual(['Harriet', 'Harriet']);
  });

  it('reads "impossible for Tom to ... refrain from saying" as Tom speaking', () => {
    const text = [
      '"Good God! What is the matter?" cried Tom Avery, with more feeling than politeness.',
      'Nell sat down, unable to stand, and looking so ill that it was impossible for Tom to leave her, or to refrain from saying, in a gentle tone, "Let me call your maid. You are very ill."',
      '"No, I thank you," she replied. "There is nothing the matter with me."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom Avery', 'Tom Avery', 'Nell', 'Nell']);
  });

  it('reads "X walked over and, with a smile, said" as X speaking', () => {
    const text =
      'Tom looked up from his paper. Mary walked to the window and, with a quiet smile, said, "It is late."';
    expect(speakers(text)).toEqual(['Mary']);
  });

  it('takes a "Miss X" only ever said to someone\'s face for the one woman known by her given name', () => {
    const text = [
      '"Would Mr. Hale then call it obstinacy?" asked Nora.',
      '"Upon my word, I cannot say; Hale must speak for himself," said Mr. Carver.',
      '"You expect me to account for opinions I never held. You must remember, Miss Lindqvist, that my friend only asked."',
      '"To yield without a reason is no compliment to either of you."',
    ].join('\n\n');
    const analysis = analyze(text);
    expect(analysis.people.map((p) => p.name)).not.toContain('Miss Lindqvist');
    expect(speakers(text).slice(2)).not.toContain('Miss Lindqvist');
    expect(speakers(text)[2]).not.toBe('Nora');
    expect(speakers(text)[3]).toBe('Nora');
  });

  it('keeps "Miss X" apart from a girl the narration just named ("Lucy put up her hand.")', () => {
    const text = 'Lucy put up her hand.\n\n"Please, Miss Thornbury, may I go?"';
    expect(analyze(text).people.map((p) => p.name)).toEqual(['Miss Thornbury', 'Lucy']);
    expect(speakers(text)).toEqual(['Lucy']);
  });

  it('keeps the woman an object pronoun refers to in focus ("asking her how Mr. and Mrs. Prior did")', () => {
    const text = [
      'Nora sat at her work by the window, and Tom Hale came in with his hat in his hand.',
      'Tom, after asking her how Mr. and Mrs. Prior did, a question which she could hardly answer, said nothing more. She was vexed, and angry with herself for being so.',
      '"Could I expect anything else?" said she. "Why did he come at all?"',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Nora', 'Nora']);
  });

  it('does not make a "Mr." only talked about in the quotes the father of the girl in the room', () => {
    const text = [
      'Nell came down to breakfast late, and sat by the window.',
      '"You have missed the post," said her father. "There is a letter from Mr. Fenwick for you."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(["Nell's father", "Nell's father"]);
  });

  it('takes "her father" for the man the next sentence introduces by name ("... Walter Brennan was at the table")', () => {
    const text = [
      'The porch light was still on when Nell let herself in, which meant her father had waited up. Walter Brennan was at the table with the newspaper and a cold cup of tea.',
      '"You didn\'t have to wait up," said Nell.',
      '"I know your number," said her father. "I rang it nine times."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Nell', 'Walter Brennan', 'Walter Brennan']);
  });

  it('decodes a conversation with no question in it when its lines call each other by name', () => {
    const text = [
      'Anna came in after one, and her brother Tom was still up in the kitchen.',
      '"You could have rung," said Tom.',
      '"My phone died."',
      '"Then you borrow one. Anyone would have lent you one."',
      '"Nobody knows anyone\'s number any more, Tom."',
      'Anna looked at the cold tea on the table. She said she was sorry, and found, a little to her surprise, that she meant it.',
      '"I was worried, that is all."',
      '"I know."',
    ].join('\n\n');
    expect(speakers(text)).toEqual(['Tom', 'Anna', 'Tom', 'Anna', 'Tom', 'Anna']);
  });

  it('takes "She said she was sorry" in the narration for her turn: the next line is the other\'s', () => {
    const text = [
      'Anna came in after one, and her brother Tom was still up in the kitchen.',
      '"You could have rung," said Tom.',
      '"My phone died."',
      '"Then you borrow one. Anyone would have lent you one, Anna."',
      'Anna looked at the cold tea on the table. She said she was sorry, and found, a little to her surprise, that she meant it.',
      '"I was worried, that is all."',
      '"I know."',
    ].join('\n\n');
    expect(speakers(text).slice(3)).toEqual(['Tom', 'Anna']);
  });

  it("reads ',\" was her answer' and ',\" was Ann's reply' as tags", () => {
    expect(
      speakers('Ann sat by the fire. Tom asked whether she was cold. "Not at all," was her answer.'),
    ).toEqual(['Ann']);
    expect(speakers('Tom asked Ann whether she was well. "Quite well," was Ann\'s reply.')).toEqual(['Ann']);
  });

  it('keeps "his uncle" the person a tag with those words was found to be', () => {
    const text = [
      'The ferry was half empty, and Hasan Demir had his usual place on the open deck.',
      '"You\'ll catch your death out here," Emre said, sitting down beside him anyway.',
      '"I\'ve been catching it for forty years," his uncle said. "It never catches me."',
      '"Amca," he said, "I have to tell you something."',
      'Hasan said, without looking round, "You got the job."',
      'Emre stared at him. "Who told you?"',
      '"Nobody told me. Where is it? Ankara?"',
      '"Berlin."',
      'His uncle said nothing. A gull hung beside the rail, level with their faces.',
      '"It\'s two years," he said. "And then we\'ll see."',
    ].join('\n\n');
    const said = speakers(text);
    expect(said[1]).toBe('Hasan Demir');
    expect(said).not.toContain("Emre's uncle");
  });

  it('takes "he complimented Mrs. Hale ..., said he had heard" for his turn, not hers', () => {
    const text = [
      '"At four o\'clock we may expect this peacemaking gentleman," said Mr. Hale, as he folded up the letter. "He seems a most polite young man."',
      '"There is some sense in what he says about the girls."',
      '"He must be an oddity, I think," said Nora. "Can he be a sensible man, sir?"',
      '"No, my dear; I think not. I am impatient to see him."',
      'Mr. Crane was punctual to his time, and was received with great politeness by the whole family. Mr. Hale, indeed, said little; but Mr. Crane seemed inclined to talk. He was a tall young man of five and twenty. He had not been long seated before he complimented Mrs. Hale on having so fine a family of daughters, said he had heard much of their beauty, but that fame had fallen short of the truth.',
      '"You are very kind, sir, I am sure," answered Mrs. Hale.',
      '"You allude, perhaps, to the entail of this estate."',
      '"Ah! sir, I do indeed. It is a grievous affair to my poor girls."',
      '"I am very sensible, madam, of the hardship to my fair cousins."',
    ].join('\n\n');
    const said = speakers(text);
    expect(said.slice(-3)).toEqual(['Mr. Crane', 'Mrs. Hale', 'Mr. Crane']);
  });
});
